"""Issue 13: a group that became a government, and outlet names inside people's names.

The Taliban took Kabul on 2021-08-15 (``groups.csv`` has one row per period). Without a
publication date the name alone is the armed movement (CAMEO/Phoenix ``AFGREB``); only a
governing noun ("the Taliban government", "the Taliban's education ministry") makes it the
government. An outlet name that ends a person's name ("Mayor Lena Guardian") or follows a title
("Councillor Fox") is the person, not the outlet. Sentences written for these tests.
"""

from __future__ import annotations

from .conftest import Resolver, find


def test_taliban_without_date_is_the_insurgency(resolve: Resolver) -> None:
    actors = resolve("The Taliban ambushed an army convoy near Lashkar Gah on Sunday.", None)
    assert find(actors, "Taliban").code == "AFGREB"


def test_taliban_before_august_2021_is_the_insurgency(resolve: Resolver) -> None:
    actors = resolve("The Taliban ambushed an army convoy near Lashkar Gah on Sunday.",
                     "2018-06-03")
    assert find(actors, "Taliban").code == "AFGREB"


def test_taliban_after_august_2021_is_the_government(resolve: Resolver) -> None:
    actors = resolve("The Taliban closed beauty salons across the country.", "2023-07-05")
    assert find(actors, "Taliban").code == "AFGGOV"


def test_taliban_government_without_date_is_the_government(resolve: Resolver) -> None:
    actors = resolve("The Taliban government ordered aid groups to stop hiring women.", None)
    assert find(actors, "Taliban").code == "AFGGOV"
    actors = resolve("The Taliban's education ministry shut the girls' schools again.", None)
    assert find(actors, "Taliban").code == "AFGGOV"


def test_one_governing_noun_decides_the_whole_undated_article(resolve: Resolver) -> None:
    text = "Life under Taliban rule is hard for widows. The Taliban closed the bakeries."
    assert find(resolve(text, None), "The Taliban").code == "AFGGOV"


def test_taliban_spokesman_is_no_governing_context(resolve: Resolver) -> None:
    actors = resolve("A Taliban spokesman said the fighters had seized two districts.", None)
    assert find(actors, "A Taliban spokesman").code == "AFGREB"
    actors = resolve("Taliban spokesman Omar Zaki said the fighters had seized two districts.",
                     None)
    assert find(actors, "Taliban").code == "AFGREB"


def test_outlet_name_ending_a_person_name_is_the_person(resolve: Resolver) -> None:
    actors = resolve("Harbour Town Mayor Lena Guardian said the ferry would resume service.",
                     "2019-04-10")
    assert not [a for a in actors if a.kind == "media"]
    assert find(actors, "Lena Guardian").kind == "person"


def test_outlet_name_after_a_title_is_the_person(resolve: Resolver) -> None:
    actors = resolve("Councillor Fox said the library would stay open.", "2019-04-10")
    assert not [a for a in actors if a.kind == "media"]


def test_outlet_told_is_still_the_outlet(resolve: Resolver) -> None:
    actors = resolve("The mayor told the Guardian that the ferry would resume service.",
                     "2019-04-10")
    assert find(actors, "the Guardian").kind == "media"
    actors = resolve("Councillor Brandt told Fox the library would stay open.", "2019-04-10")
    assert find(actors, "Fox").kind == "media"

"""A person named again with or without a middle name keeps the better-informed mention's code;
a name the NER model missed is still a person when a title stands in apposition to it; clerical
titles before a name ("cleric Mufti X") make the person a religious leader.

Sentences written for these tests (in no gold set), through the real model, except where the
parse is the premise (hand-built Doc).
"""

from __future__ import annotations

from spacy.tokens import Doc

from newsevents.actors.name_variants import same_name
from newsevents.actors.people import title_head
from newsevents.actors.untagged_names import name_root, untagged_titled_names

from .conftest import Resolver, find


def test_a_middle_initial_dropped_keeps_the_title_read_in_the_text(resolve: Resolver) -> None:
    # the dictionary knows a "John Bolton" whose office ended in 2006; the text's title is newer
    text = ("President Donald Trump fired national security adviser John R. Bolton on Tuesday. "
            "John Bolton said he had offered to resign the night before.")
    bolton = find(resolve(text, "2019-09-11"), "John Bolton")
    assert bolton.code == "USAGOV" and bolton.resolution.method == "coreference"


def test_a_middle_name_added_is_the_leader_named_before(resolve: Resolver) -> None:
    text = ("Zimbabwe's President Emmerson Mnangagwa opened parliament on Tuesday. Emmerson "
            "Dambudzo Mnangagwa took office in 2017 after the army intervened.")
    full = find(resolve(text, "2019-10-01"), "Emmerson Dambudzo Mnangagwa")
    assert full.code == "ZWEGOV"


def test_two_people_the_dictionary_tells_apart_are_not_merged(resolve: Resolver) -> None:
    text = ("Former President George H. W. Bush met George W. Bush in Houston on Friday. "
            "George Bush thanked the crowd.")
    actors = resolve(text, "2015-06-01")
    father, son = find(actors, "George H. W. Bush"), find(actors, "George W. Bush")
    assert father.entity != son.entity
    assert find(actors, "George Bush").entity not in (father.entity, son.entity)


def test_same_name_reads_middle_words_only() -> None:
    assert same_name("John R. Bolton", "John Bolton")
    assert same_name("Robert Mugabe", "Robert Gabriel Mugabe")
    assert not same_name("John Bolton", "John Kerry")
    assert not same_name("Robert Mugabe", "Robert Mugabe Jr.")  # a son, not a middle name
    assert not same_name("George H. W. Bush", "George Bush W.")


def test_a_cleric_with_an_honorific_title_is_a_religious_leader(resolve: Resolver) -> None:
    # the model tags "Mufti" apart (an ORG) and the name alone PERSON: a civilian before
    text = ("Five men, including senior cleric Mufti Tariq Jameel, were charged in Multan on "
            "Monday. Jameel denied the charges.")
    actors = resolve(text, "2019-05-03")
    assert find(actors, "Tariq Jameel").code == "PAKREL"
    assert find(actors, "Jameel", 2).code == "PAKREL"


def test_an_ayatollah_is_a_religious_leader(resolve: Resolver) -> None:
    text = "The court in Najaf summoned Grand Ayatollah Hussein Bashir on Monday."
    assert find(resolve(text, "2019-05-03"), "Hussein Bashir").code == "IRQREL"


def test_a_name_the_model_mislabels_takes_the_title_in_apposition(resolve: Resolver) -> None:
    # the small model calls the name WORK_OF_ART: no person, and the surname later a civilian
    text = ("Peru minister resigns after protests\n\nLucía Alvarado Ferrer, Peru's economy "
            "minister, announced her resignation on Tuesday. Alvarado said she would leave next "
            "week.")
    actors = resolve(text, "2019-07-01")
    assert find(actors, "Lucía Alvarado Ferrer").code == "PERGOV"
    assert find(actors, "Alvarado").code == "PERGOV"


def _cut_parse(nlp) -> Doc:  # type: ignore[no-untyped-def]
    """The parse the model gives a story's first name after its dateline is cut away: no
    entity, and the given name a root of its own."""
    words = ["Ana", "Ruiz", "Vidal", ",", "Chile", "'s", "governor", ",", "resigned", "."]
    heads = [0, 2, 8, 2, 6, 4, 2, 2, 8, 8]
    deps = ["ROOT", "compound", "nsubj", "punct", "poss", "case", "appos", "punct", "ROOT",
            "punct"]
    pos = ["PROPN", "PROPN", "PROPN", "PUNCT", "PROPN", "PART", "NOUN", "PUNCT", "VERB", "PUNCT"]
    return Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos)


def test_an_untagged_name_with_a_title_in_apposition_is_found(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = _cut_parse(nlp)
    titles = frozenset({"governor"})
    spans = untagged_titled_names(doc, titles, set(), title_head)
    assert [s.text for s in spans] == ["Ana Ruiz Vidal"]
    assert name_root(spans[0]).text == "Vidal"  # not the cut-off given name
    assert untagged_titled_names(doc, frozenset(), set(), title_head) == []


def test_a_united_states_attorney_is_a_federal_prosecutor(resolve: Resolver) -> None:
    # before: the title a JUD mention of its own and the name a civilian (USACVL)
    text = ("U.S. Attorney Geoffrey Lang charged three men with fraud on Monday. Lang said more "
            "charges would follow.")
    actors = resolve(text, "2019-05-03")
    assert find(actors, "Geoffrey Lang").code == "USAJUD"
    assert find(actors, "Lang", 2).code == "USAJUD"


def test_a_sector_noun_before_a_surname_keeps_the_person_named_before(resolve: Resolver) -> None:
    # the model takes "Sheriff" into the name: "Sheriff Kerr" is still Dana Kerr
    text = ("Dana Kerr, the county sheriff, spoke on Friday. Later, Sheriff Kerr said two men "
            "were held.")
    kerr = find(resolve(text, "2019-05-03"), "Sheriff Kerr")
    assert kerr.code == "COP" and kerr.resolution.method == "coreference"


def test_they_reported_by_an_official_is_the_officials_body(resolve: Resolver) -> None:
    text = ("Thousands gathered outside the air base in Nevada on Friday. Tom Reyes, the county "
            "sheriff, said the crowd was calm. No one tried to storm the military base. Sheriff "
            "Reyes said they arrested two people for trespassing.")
    they = find(resolve(text, "2019-05-03"), "they")
    assert they.code == "USACOP"

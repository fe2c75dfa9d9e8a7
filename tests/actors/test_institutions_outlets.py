"""Named universities and outlets carry their own country, not the story's (round 14): a
university whose name shows no country (institutions.csv), an academic working in it (directly
or through a faculty), a regional outlet (media.csv), an outlet the text describes with a
nationality, and the US justice officials of leaders.csv. The sentences are written for these
tests and are in no gold set."""

from __future__ import annotations

from .conftest import Resolver, find

QUOTED_EXPERT = (
    "Floods swept through the North Island of New Zealand on Tuesday, and the mayor ordered an "
    "evacuation. Police closed two bridges. Associate Professor Dana Hill, a lecturer in the "
    "School of Earth Sciences at Monash University, said the rain was the heaviest in a century. "
    "Dr Tom Reyes of Griffith University agreed, and Professor Lee Wong of Macquarie University "
    "said more storms would follow.")


def test_a_university_keeps_its_own_country(resolve: Resolver) -> None:
    actors = resolve(QUOTED_EXPERT, "2023-02-14")
    assert find(actors, "Monash University").code == "AUSEDU"
    assert find(actors, "Griffith University").code == "AUSEDU"


def test_an_academic_takes_the_country_of_their_university(resolve: Resolver) -> None:
    actors = resolve(QUOTED_EXPERT, "2023-02-14")
    assert find(actors, "Tom Reyes").code == "AUSEDU"
    # through the unit of the university the title is in ("in the School of … at …")
    assert find(actors, "Dana Hill").code == "AUSEDU"


def test_foreign_academics_do_not_move_the_story(resolve: Resolver) -> None:
    actors = resolve(QUOTED_EXPERT, "2023-02-14")
    assert find(actors, "the mayor").code == "NZLGOV"
    assert find(actors, "Police").code == "NZLCOP"


def test_a_short_name_inside_a_longer_one_is_not_the_university(resolve: Resolver) -> None:
    text = ("\"The signal is weak,\" said Maria Lopez of the Harvard–Smithsonian Center for "
            "Astrophysics, who did not take part in the study.")
    actors = resolve(text, "2023-02-14")
    # the longer body is no Harvard University (the NER pass keeps the name, uncoded)
    assert not any(a.code == "USAEDU" for a in actors)


def test_a_regional_outlet_has_its_country(resolve: Resolver) -> None:
    text = ("Kurdistan 24 reported that two rockets struck near the airport. Fontanka said "
            "police in Saint Petersburg detained three men on Friday.")
    actors = resolve(text, "2023-02-14")
    assert find(actors, "Kurdistan 24").code == "IRQMED"
    assert find(actors, "Fontanka").code == "RUSMED"


def test_a_described_outlet_takes_the_nationality_of_its_description(resolve: Resolver) -> None:
    text = "The Peruvian news website Ojo Publico reported that the mine had been closed."
    actors = resolve(text, "2023-02-14")
    assert find(actors, "Ojo Publico").code == "PERMED"


def test_an_outlet_name_that_is_a_province_needs_outlet_context(resolve: Resolver) -> None:
    text = "Heavy rain flooded farms across Granma on Monday, the provincial governor said."
    actors = resolve(text, "2023-02-14")
    assert not any(a.kind == "media" for a in actors)


def test_a_special_counsel_is_judicial_in_office_and_police_before(resolve: Resolver) -> None:
    text = "Robert Mueller questioned the witnesses."
    assert find(resolve(text, "2018-06-01"), "Robert Mueller").code == "USAJUD"
    assert find(resolve(text, "2010-06-01"), "Robert Mueller").code == "USACOP"


def test_according_to_the_outlet_is_outlet_context(resolve: Resolver) -> None:
    text = "According to The Guardian, the talks in Geneva ended without a deal on Friday."
    assert find(resolve(text, "2023-02-14"), "Guardian").code == "GBRMED"


def test_a_prosecutors_title_is_judicial_in_every_later_mention(resolve: Resolver) -> None:
    text = ("Special Counsel Jack Smithers filed new charges in Washington on Monday. Smithers "
            "said the evidence was strong. District Attorney Maria Lopez said the case would go "
            "to trial.")
    actors = resolve(text, "2023-02-14")
    assert find(actors, "Special Counsel Jack Smithers").code == "USAJUD"
    assert find(actors, "Smithers", 2).code == "USAJUD"
    assert find(actors, "Maria Lopez").code == "USAJUD"


def test_the_european_space_agency_is_intergovernmental(resolve: Resolver) -> None:
    text = "The European Space Agency said the probe had reached orbit."
    assert find(resolve(text, "2023-02-14"), "European Space Agency").code == "IGO"


COMPANY_STORY = (
    "Police in Vancouver arrested Huawei chief financial officer Lin Mei on Saturday. Gazprom "
    "officials said supplies to Moldova would fall. The video was first posted on Facebook, and "
    "millions of Facebook profiles were later copied. Facebook said it had removed the accounts.")


def test_a_company_and_its_executive_are_business_of_its_home_country(resolve: Resolver) -> None:
    actors = resolve(COMPANY_STORY, "2023-02-14")
    assert find(actors, "Huawei").code == "CHNBUS"
    assert find(actors, "Lin Mei").code == "CHNBUS"  # no police officer


def test_a_companys_staff_are_business_not_government(resolve: Resolver) -> None:
    assert find(resolve(COMPANY_STORY, "2023-02-14"), "Gazprom officials").code == "RUSBUS"


def test_a_platform_as_channel_or_product_is_no_actor(resolve: Resolver) -> None:
    actors = resolve(COMPANY_STORY, "2023-02-14")
    facebook = [a for a in actors if a.mention.endswith("Facebook")]
    assert len(facebook) == 1  # "posted on Facebook", "Facebook profiles" are no actors
    assert facebook[0].code == "USABUS"


def test_an_official_abroad_keeps_the_story_country_not_the_host(resolve: Resolver) -> None:
    text = ("Defence Minister Kofi Mensah visited troops in Mali on Tuesday. Mensah said Ghana "
            "would keep its soldiers there. Police in Accra arrested two men.")
    actors = resolve(text, "2023-02-14")
    assert find(actors, "Defence Minister Kofi Mensah").code == "GHAGOV"  # not the host's MLIGOV


def test_a_resident_is_still_placed_by_the_sentence(resolve: Resolver) -> None:
    text = "Farmer Kofi Mensah said floods had destroyed crops near Tamale."
    actors = resolve(text, "2023-02-14")
    assert find(actors, "Kofi Mensah").code.startswith("GHA")

"""Generic actors ("police", "a gunman") coded by sector and by the country their context shows,
plus the issue-13 mechanisms (posting titles, other countries' institutions, named non-state
forces, outlets inside longer names, cities as teams, companies).

Rule logic is tested on hand-built Docs where the parse is the premise; behaviour through the
real model on sentences written for these tests.
"""

from __future__ import annotations

import datetime as dt
import subprocess
import sys

import pytest
from spacy.tokens import Doc

from newsevents.actors import resolve_doc
from newsevents.actors.senses import destination as _destination
from newsevents.actors.vocab import load, read_csv
from tests.conftest import shared_path

from .conftest import REPO, Resolver, find

# --------------------------------------------------------------------------- data


def test_phoenix_agents_converted_and_loaded() -> None:
    rows = read_csv("agents.csv")
    assert len(rows) > 3000
    vocab = load()
    assert vocab.sources["agents.csv"].startswith("Phoenix agents dictionary")
    assert vocab.sector_phrases["riot police"] == "COP"
    assert vocab.sector_phrases["prosecuting attorney"] == "JUD"
    assert vocab.sector_nouns["gunman"] == "UAF"
    # the project's own lists win over Phoenix (Phoenix codes protesters OPP)
    assert vocab.sector_nouns["protesters"] == "CVL"
    # skipped Phoenix words: vehicles and everyday words are no actors
    assert "airliner" not in vocab.sector_nouns and "customer" not in vocab.sector_nouns
    # ... but the project's own people nouns stand: "the man" is a private person (CVL)
    assert vocab.sector_nouns["man"] == "CVL" and vocab.noun_kinds["man"] == "person"


def test_converter_is_reproducible(tmp_path) -> None:  # type: ignore[no-untyped-def]
    source = shared_path("data", "vocab", "phoenix", "Phoenix.agents.txt")
    out = tmp_path / "agents.csv"
    subprocess.run([sys.executable, str(REPO / "tools" / "convert_phoenix_agents.py"),
                    str(source), str(out)], check=True, capture_output=True)
    shipped = (REPO / "newsevents" / "data" / "actors" / "agents.csv").read_text("utf-8")
    assert out.read_text("utf-8") == shipped


# --------------------------------------------------------------------------- rule logic


def _doc(words: list[str], heads: list[int], deps: list[str], pos: list[str]) -> Doc:
    from newsevents import nlp

    return Doc(nlp.load().vocab, words=words, heads=heads, deps=deps, pos=pos)


def test_destination_of_a_posting_title_is_not_the_officials_country() -> None:
    # "envoy to Ukraine": Ukraine is where the envoy is sent
    doc = _doc(["envoy", "to", "Ukraine"], [0, 0, 1], ["ROOT", "prep", "pobj"],
               ["NOUN", "ADP", "PROPN"])
    assert _destination(doc[2])
    # "adviser to Poland": not a posting title, so Poland is the employer
    doc = _doc(["adviser", "to", "Poland"], [0, 0, 1], ["ROOT", "prep", "pobj"],
               ["NOUN", "ADP", "PROPN"])
    assert not _destination(doc[2])


def test_sentence_place_needs_a_locative_preposition() -> None:
    # "Police arrested protesters in Kenya" (parse given): Kenya places the event
    words = ["Police", "arrested", "protesters", "in", "Kenya", "."]
    doc = _doc(words, [1, 1, 1, 1, 3, 1], ["nsubj", "ROOT", "dobj", "prep", "pobj", "punct"],
               ["NOUN", "VERB", "NOUN", "ADP", "PROPN", "PUNCT"])
    doc[1].lemma_ = "arrest"
    for tok, tag in zip(doc, ["NNS", "VBD", "NNS", "IN", "NNP", "."], strict=True):
        tok.tag_ = tag
    actors = resolve_doc(doc, dt.date(2019, 6, 1))
    codes = {a.mention: a.code for a in actors}
    assert codes["Police"] == "KENCOP" and codes["protesters"] == "KENCVL"
    # "Police arrested protesters from Kenya": "from" is no place of the event
    words[3] = "from"
    doc = _doc(words, [1, 1, 1, 2, 3, 1], ["nsubj", "ROOT", "dobj", "prep", "pobj", "punct"],
               ["NOUN", "VERB", "NOUN", "ADP", "PROPN", "PUNCT"])
    actors = resolve_doc(doc, dt.date(2019, 6, 1))
    police = next(a for a in actors if a.mention == "Police")
    assert police.code == "KENCOP"  # the article is only about Kenya (step 5)
    assert "mainly about KEN" in police.resolution.reason


# --------------------------------------------------------------------------- behaviour


def test_gunmen_take_the_country_of_the_place(resolve: Resolver) -> None:
    actors = resolve("Gunmen stormed a hotel in Kabul on Monday, killing four guests.",
                     "2019-05-02")
    gunmen = find(actors, "Gunmen")
    assert gunmen.code == "AFGUAF" and gunmen.resolution.method == "context"
    assert "Kabul" in gunmen.resolution.reason


def test_suicide_bomber_is_an_unidentified_armed_actor(resolve: Resolver) -> None:
    actors = resolve("A suicide bomber blew himself up near a checkpoint.", "2019-05-02")
    bomber = find(actors, "suicide bomber")
    assert bomber.code == "UAF" and bomber.country is None
    assert "no country found" in bomber.resolution.reason


def test_demonym_and_antecedent(resolve: Resolver) -> None:
    text = "Iraqi troops entered the town at dawn. Hours later the soldiers withdrew."
    actors = resolve(text, "2019-05-02")
    assert find(actors, "Iraqi troops").code == "IRQMIL"
    soldiers = find(actors, "the soldiers")
    assert soldiers.code == "IRQMIL" and "named before" in soldiers.resolution.reason


def test_generic_sectors(resolve: Resolver) -> None:
    text = ("Students and journalists marched to the court, where prosecutors and lawmakers "
            "waited.")
    actors = resolve(text, "2019-05-02")
    assert find(actors, "Students").code == "EDU"
    assert find(actors, "journalists").code == "MED"
    assert find(actors, "prosecutors").code == "JUD"
    assert find(actors, "lawmakers").code == "LEG"


def test_journalists_do_not_take_the_article_country(resolve: Resolver) -> None:
    text = "A Russian court jailed a reporter for six years on Tuesday."
    assert find(resolve(text, "2019-05-02"), "reporter").code == "MED"


def test_posting_title_keeps_the_officials_country(resolve: Resolver) -> None:
    actors = resolve("Kurt Volker, the U.S. special envoy to Ukraine, resigned on Friday.",
                     "2019-09-28")
    assert find(actors, "Kurt Volker").code == "USAGOV"
    actors = resolve("The special envoy to Ukraine resigned on Friday.", "2019-09-28")
    assert find(actors, "special envoy").code != "UKRGOV"


def test_another_countrys_legislature(resolve: Resolver) -> None:
    actors = resolve("The Nigerian Senate passed the budget on Thursday.", "2019-05-02")
    assert find(actors, "The Nigerian Senate").code == "NGALEG"


def test_named_non_state_force_is_rebel(resolve: Resolver) -> None:
    actors = resolve("The Free Syrian Army shelled government positions near Idlib.",
                     "2019-05-02")
    fsa = find(actors, "The Free Syrian Army")
    assert fsa.code == "SYRREB" and fsa.kind == "group"


def test_outlet_name_inside_a_longer_name(resolve: Resolver) -> None:
    actors = resolve("The Independent National Electoral Commission delayed the vote in Nigeria.",
                     "2019-02-16")
    commission = find(actors, "Independent National Electoral Commission")
    assert commission.kind != "media" and commission.code == "NGAGOV"


def test_city_as_a_sports_team_is_no_government(resolve: Resolver) -> None:
    actors = resolve("Washington beat Boston 4-2 on Saturday night.", "2019-05-02")
    assert all(a.code != "USAGOV" for a in actors)


def test_company_is_business(resolve: Resolver) -> None:
    actors = resolve("Ethiopian Airlines grounded its fleet on Monday.", "2019-03-11")
    airline = find(actors, "Ethiopian Airlines")
    assert airline.code == "ETHBUS"


def test_border_agents_are_police(resolve: Resolver) -> None:
    actors = resolve("U.S. border agents detained a group of migrants in Arizona.", "2019-05-02")
    assert find(actors, "U.S. border agents").code == "USACOP"


def test_bare_jet_is_no_military(resolve: Resolver) -> None:
    actors = resolve("The jet crashed shortly after take-off.", "2019-03-11")
    assert all(a.sector != "MIL" for a in actors)


def test_a_companys_aircraft_and_president_are_business(resolve: Resolver) -> None:
    text = ("A Kenya Airways jet landed safely in Mombasa. The airline's president praised "
            "the crew.")
    actors = resolve(text, "2019-03-11")
    assert all(a.sector != "MIL" for a in actors)
    president = find(actors, "president")
    assert president.sector == "BUS" and president.code != "KENGOV"


def test_president_of_a_university_is_education(resolve: Resolver) -> None:
    actors = resolve("The president of the university resigned in Nairobi.", "2019-03-11")
    assert find(actors, "The president").code == "KENEDU"


def test_former_adviser_is_not_the_government(resolve: Resolver) -> None:
    text = "Professor Amina Odhiambo, a former adviser to the Kenyan government, criticised it."
    actor = find(resolve(text, "2019-03-11"), "Amina Odhiambo")
    assert actor.code == "KEN" and actor.sector == "ELI"


def test_the_senate_of_the_country_the_story_is_about(resolve: Resolver) -> None:
    text = "Nigeria's election was delayed by a week. The Senate met in Abuja on Monday."
    senate = find(resolve(text, "2019-02-16"), "The Senate")
    assert senate.code == "NGALEG" and senate.resolution.method == "context"
    text = "The Senate voted on the border wall on Monday."
    assert find(resolve(text, "2019-02-16"), "The Senate").code == "USALEG"


def test_a_title_of_the_senate_follows_the_senate_to_the_storys_country(resolve: Resolver) -> None:
    # "Senate Speaker X" took the US default reading of "Senate" in pass 2; the context then
    # made the bare "Senate" Kenya's, and the speaker moves with it
    text = ("Kenya's lawmakers debated the tax bill in Nairobi. Senate Speaker Ken Lusaka "
            "adjourned the session. The Senate will vote on Tuesday.")
    actors = resolve(text, "2019-02-16")
    assert find(actors, "The Senate").code == "KENLEG"
    speaker = find(actors, "Ken Lusaka")
    assert speaker.code == "KENLEG" and "not USALEG" in speaker.resolution.reason
    # with no other country the default reading stands for both
    text = "Senate Speaker Ken Lusaka adjourned the session. The Senate will vote on Tuesday."
    assert find(resolve(text, "2019-02-16"), "Ken Lusaka").code == "USALEG"


def test_a_capital_travelled_to_is_a_place(resolve: Resolver) -> None:
    text = "The injured boy was flown to Moscow, and the mayor of London sent flowers."
    actors = resolve(text, "2019-01-04")
    assert all(a.mention not in ("Moscow", "London") for a in actors)
    text = "Moscow rejected the plan and held talks with Beijing."
    actors = resolve(text, "2019-01-04")
    assert find(actors, "Moscow").code == "RUSGOV" and find(actors, "Beijing").code == "CHNGOV"


def test_common_word_outlet_needs_outlet_context(resolve: Resolver) -> None:
    actors = resolve("The storm strengthened over the Atlantic on Monday.", "2019-09-14")
    assert all(a.kind != "media" for a in actors)
    actors = resolve("The minister told the Guardian he would not resign.", "2019-09-14")
    assert find(actors, "the Guardian").kind == "media"


def test_counted_people_are_civilians(resolve: Resolver) -> None:
    actors = resolve("Thousands of Serbians marched through the city.", "2019-03-11")
    assert find(actors, "Serbians").code == "SRBCVL"
    actors = resolve("The Israelis rejected the proposal.", "2019-03-11")
    assert find(actors, "Israelis").code == "ISR"


def test_capital_receiving_something_acts(resolve: Resolver) -> None:
    actors = resolve("Germany will send tanks to Kyiv.", "2023-01-25")
    assert find(actors, "Kyiv").code == "UKRGOV"


def test_seat_of_government_as_a_place(resolve: Resolver) -> None:
    actors = resolve("A car bomb in Kiev killed two men on Tuesday.", "2019-03-11")
    assert all(a.code != "UKRGOV" for a in actors)
    actors = resolve("Kiev rejected the offer on Tuesday.", "2019-03-11")
    assert find(actors, "Kiev").code == "UKRGOV"


def test_its_president_is_the_institutions(resolve: Resolver) -> None:
    text = ("The Ghanaian Parliament approved the loan on Friday. Its speaker, Kwame Mensah, "
            "welcomed the vote.")
    assert find(resolve(text, "2019-03-11"), "Kwame Mensah").code == "GHALEG"
    text = "Russia said its army would withdraw from the border."
    assert find(resolve(text, "2019-03-11"), "army").code == "RUSMIL"


def test_one_individual_is_a_person_of_the_story_country(resolve: Resolver) -> None:
    text = ("A lorry overturned on a motorway near Leeds in England on Sunday. "
            "The driver was taken to hospital, and a federal judge was not involved.")
    actors = resolve(text)
    driver = find(actors, "driver")
    assert driver.code == "GBRCVL" and driver.kind == "person"
    judge = find(actors, "judge")
    assert judge.sector == "JUD" and judge.kind == "person"


def test_rescuers_are_the_government(resolve: Resolver) -> None:
    text = "An avalanche buried a ski lodge in Norway on Monday. Rescuers pulled out six people."
    assert find(resolve(text), "Rescuers").code == "NORGOV"


def test_short_name_shares_the_context_country(resolve: Resolver) -> None:
    text = ("A ferry sank off the coast of Greece on Monday. "
            "Coast official Nikos Papadakis said divers were searching. "
            "Papadakis said the weather was bad.")
    actors = resolve(text)
    later = [a for a in actors if a.mention == "Papadakis"]
    assert later and later[0].code == find(actors, "Nikos Papadakis").code
    assert later[0].code is not None and later[0].code.startswith("GRC")


def test_unknown_body_coded_by_its_head_noun(resolve: Resolver) -> None:
    text = ("Heavy snow closed roads across Ohio in the United States on Monday. "
            "The Ohio Highway Patrol said two drivers died.")
    assert find(resolve(text), "Ohio Highway Patrol").code == "USACOP"


def test_person_speaks_for_the_body_named_after_them(resolve: Resolver) -> None:
    text = ("Floods hit the north of Chile on Monday. "
            "Carla Rojas, a member of the Chilean Senate, said aid was late.")
    assert find(resolve(text), "Carla Rojas").code == "CHLLEG"


def test_defined_abbreviation_is_the_same_actor(resolve: Resolver) -> None:
    text = ("The Chilean Air Force (FACH) flew supplies to Arica on Monday. "
            "Later the FACH said two planes had landed.")
    actors = resolve(text)
    later = [a for a in actors if a.mention == "FACH" and a.start > 60]
    assert later and later[0].code == find(actors, "Chilean Air Force").code == "CHLMIL"


def test_specific_word_of_a_name_beats_its_head(resolve: Resolver) -> None:
    text = ("A gas leak forced evacuations in Texas in the United States on Monday. "
            "The Harris County Police Department said no one was hurt.")
    assert find(resolve(text), "Harris County Police Department").code == "USACOP"


def test_private_person_keeps_the_nationality_of_the_apposition(resolve: Resolver) -> None:
    text = "A Brazilian, Joao Silva, aged 41, appeared in a Lisbon court in Portugal on Monday."
    assert find(resolve(text), "Joao Silva").code == "BRACVL"
    text = "Police in Portugal arrested Pedro Alves, a Brazilian tourist, on Monday."
    assert find(resolve(text), "Pedro Alves").code == "BRACVL"


@pytest.mark.timeout(20)
def test_about_only_stops_at_a_name_that_is_the_sentence_root() -> None:
    """A headline that is only an organisation's name: the climb from a place inside it reaches
    the root, whose head is itself (spaCy makes a new Token per access, so identity never
    holds: the climb must compare indices or it never ends)."""
    import spacy

    from newsevents.actors.generic import about_only

    vocab = spacy.blank("en").vocab
    doc = Doc(vocab, words=["Bank", "of", "England"], heads=[0, 0, 1],
              deps=["ROOT", "prep", "pobj"])
    assert about_only(doc[2], doc[0:3]) is False
    doc = Doc(vocab, words=["Committee", "for", "Somalia"], heads=[0, 0, 1],
              deps=["ROOT", "prep", "pobj"])
    assert about_only(doc[2], doc[0:3]) is True


# --------------------------------------------------------------------------- issue 13, round 5


def test_criminals_are_private_people_as_the_guide_codes_them(resolve: Resolver) -> None:
    """The guide's sector table has no criminal sector: smugglers and thieves are CVL."""
    text = "Two cattle rustlers and a gang of smugglers were jailed in Peru on Friday."
    actors = resolve(text)
    assert find(actors, "smugglers").code == "PERCVL"
    text = "A thief robbed a jeweller in Lima, Peru, and the thief fled on foot."
    thief = find(resolve(text), "thief")
    assert (thief.code, thief.kind) == ("PERCVL", "person")


def test_fire_services_are_government(resolve: Resolver) -> None:
    text = ("A blaze gutted a warehouse in Lagos, Nigeria, on Sunday. A fire officer said the "
            "exits were chained shut.")
    officer = find(resolve(text), "fire officer")
    assert (officer.code, officer.kind) == ("NGAGOV", "person")


def test_a_professor_without_a_country_takes_the_storys(resolve: Resolver) -> None:
    text = ("Floods swept through Porto Alegre in Brazil on Monday. Professor Ana Lima said "
            "the levees had not been maintained.")
    prof = find(resolve(text), "Professor Ana Lima")
    assert (prof.code, prof.kind) == ("BRAEDU", "person")


def test_sources_take_the_sector_of_the_body_that_modifies_them(resolve: Resolver) -> None:
    text = ("A French government source said the talks had stalled. Military sources in Bamako, "
            "Mali, said a convoy was ambushed.")
    actors = resolve(text)
    source = find(actors, "French government source")
    assert (source.code, source.kind) == ("FRAGOV", "person")
    assert find(actors, "Military sources").code == "MLIMIL"


def test_a_bodys_spokesman_speaks_for_that_body(resolve: Resolver) -> None:
    text = ("Three men were arrested in Oslo, Norway, on Friday. A police spokesman said they "
            "were armed. A court spokeswoman said the hearing was delayed.")
    actors = resolve(text)
    assert find(actors, "A police spokesman").code == "NORCOP"
    assert find(actors, "A court spokeswoman").code == "NORJUD"


def test_the_accused_and_the_injured_are_people(resolve: Resolver) -> None:
    """The parser tags "accused" and "injured" as participles even when they head the phrase."""
    text = ("A bomb went off at a bus stop in Quetta, Pakistan. A magistrate ordered the "
            "accused held for a week. The injured were treated at the scene. A suspect fled.")
    actors = resolve(text)
    accused = find(actors, "the accused")
    assert (accused.code, accused.kind) == ("PAKCVL", "person")
    assert find(actors, "The injured").kind == "group"
    assert find(actors, "suspect").code == "PAKCVL"


def test_a_person_the_model_labels_org_is_a_private_person(resolve: Resolver, nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("The film by Nimal Jayasinghe was released in Sri Lanka. I was moved by "
            "Ruwan Jayasinghe's film.")  # a relative: another given name, the same surname
    ents = [(e.text, e.label_) for e in nlp(text).ents]
    if ("Ruwan Jayasinghe's", "ORG") not in ents:
        pytest.skip(f"the model labels the name differently here ({ents}): nothing to correct")
    ruwan = find(resolve(text), "Ruwan Jayasinghe")
    # a person, of the story's country; a film's maker is a film-maker (MED, test_people_nouns)
    assert (ruwan.code, ruwan.kind) == ("LKAMED", "person")


def test_an_unknown_two_word_organisation_stays_an_organisation(resolve: Resolver) -> None:
    text = "Harbor Logistics said the ship left Perth in Australia on Monday."
    assert all(a.kind != "person" for a in resolve(text) if a.mention.endswith("Logistics"))


def test_an_office_of_a_named_place_is_that_places_countrys(resolve: Resolver) -> None:
    text = ("The mayor of Marseille resigned on Monday. The governor of Kano State said the "
            "schools would reopen.")
    actors = resolve(text, "2019-05-01")
    mayor = find(actors, "The mayor")
    assert (mayor.code, mayor.kind) == ("FRAGOV", "person")
    assert find(actors, "The governor").code == "NGAGOV"


def test_international_ngos_are_ngo_and_never_a_country(resolve: Resolver) -> None:
    """The guide codes an NGO as NGO; its parent code is no country the story is about."""
    text = ("Amnesty International and the Red Cross criticised the raid. Human Rights Watch "
            "said the army fired on protesters in Mandalay, Myanmar.")
    actors = resolve(text)
    assert find(actors, "Amnesty International").code == "NGO"
    assert find(actors, "Human Rights Watch").code == "NGO"
    assert find(actors, "the army").code == "MMRMIL"


def test_candidates_are_opposition_as_the_guide_codes_them(resolve: Resolver) -> None:
    text = ("Opposition candidate Amadou Diallo rejected the count in Senegal on Monday. "
            "Presidential candidate Awa Ndiaye called for calm.")
    actors = resolve(text, "2019-02-25")
    first = find(actors, "Amadou Diallo")
    assert (first.code, first.kind) == ("SENOPP", "person")
    assert find(actors, "Awa Ndiaye").code == "SENOPP"


def test_an_executive_with_a_nationality_on_the_title_is_business(resolve: Resolver) -> None:
    text = ("Brazilian CEO Paulo Souza said the plant would close. Nigerian professor Ada Okafor "
            "criticised the plan. Lukas Weber, an analyst at a Berlin think tank, disagreed.")
    actors = resolve(text, "2019-04-04")
    ceo = find(actors, "Paulo Souza")
    assert (ceo.code, ceo.kind) == ("BRABUS", "person")
    assert find(actors, "Ada Okafor").code == "NGAEDU"
    assert find(actors, "Lukas Weber").code in (None, "")


def test_the_judge_follows_its_antecedent_into_the_storys_country(resolve: Resolver) -> None:
    text = ("Two bankers were jailed on Monday in Denver, Colorado. Their lawyers had appealed, "
            "but another federal judge refused to hear them. Months later, the judge retired.")
    actors = resolve(text, "2019-03-15")
    judge = find(actors, "the judge")
    assert (judge.code, judge.kind) == ("USAJUD", "person")


def test_a_subnational_unit_that_acts_is_its_government(resolve: Resolver, nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Kaduna State announced a curfew on Sunday. Schools in Kaduna State were closed."
    if not any(e.text == "Kaduna State" and e.label_ == "ORG" for e in nlp(text).ents):
        pytest.skip("the model does not label the name ORG here: nothing to code")
    actors = resolve(text, "2019-03-15")
    unit = find(actors, "Kaduna State")
    assert (unit.code, unit.kind) == ("NGAGOV", "organisation")
    assert len([a for a in actors if a.mention.endswith("Kaduna State")]) == 1  # the place: none


def test_people_at_a_coded_body_take_its_country(resolve: Resolver) -> None:
    text = ("Cholera spread through Kinshasa in March. Scientists at the University of "
            "Edinburgh published a study of the outbreak.")
    scientists = find(resolve(text, "2019-03-15"), "Scientists")
    assert scientists.code == "GBREDU"


def test_the_same_words_labelled_person_elsewhere_do_not_make_a_person(nlp) -> None:  # type: ignore[no-untyped-def]
    """The small model labels one storm PERSON in one sentence and ORG in the next: only a
    relative (another given name, same surname) is evidence that an ORG is a person."""
    from spacy.tokens import Span

    doc = nlp("Typhoon Hagibis struck Japan. Officials said Typhoon Hagibis killed 70 people.")
    second = [t.i for t in doc if t.text == "Typhoon"][1]
    doc.ents = [Span(doc, 0, 2, label="PERSON"), Span(doc, second, second + 2, label="ORG")]
    actors = resolve_doc(doc, dt.date(2019, 10, 14))
    assert all(a.kind != "person" for a in actors if a.start == doc[second].idx)


def test_a_country_with_a_small_share_of_the_votes_is_no_main_country(
        resolve: Resolver) -> None:
    """Three of eight country mentions lead, by 1.5 times the next, yet the story is about no
    one country: a generic actor with no other clue keeps the sector alone."""
    spread = ("The talks opened on Monday. Turkey hosted them in Ankara and Istanbul. Greece, "
              "Italy, Spain, Malta and Cyprus sent ministers. Smugglers were blamed for the "
              "deaths.")
    assert find(resolve(spread, "2019-03-01"), "Smugglers").code == "CVL"
    mostly = ("The talks opened on Monday. Turkey hosted them in Ankara and Istanbul. Greece and "
              "Italy sent ministers. Smugglers were blamed for the deaths.")
    assert find(resolve(mostly, "2019-03-01"), "Smugglers").code == "TURCVL"

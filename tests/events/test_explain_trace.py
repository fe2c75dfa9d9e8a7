"""What became of each event candidate (issue 12, ev-recall7): the ``--explain`` trace, and two
kinds of candidate the trace showed lost after a pattern matched.

- ``newsevents.events.explain``: while a trace is active the coder and the events stage note
  every candidate with the step that dropped it (or ``kept``); outside one nothing is recorded.
- An intransitive pattern of force posture or of reducing relations whose slot named the doer's
  own means ("put *its* air defences on high alert", "recalled *its* ambassador") stands with no
  target; it was dropped as an act on oneself (``arguments.yaml own_means_roots``).
- An event noun under a light verb reads its subject as the verbs do: a pronoun of reported
  speech is the reporting verb's speaker ("after its chief prosecutor announced *she* would
  launch an investigation": the prosecutor's investigation, not Netanyahu's).

The sentences are invented, in no gold set.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from typer.testing import CliRunner

from newsevents import extract_text
from newsevents.cli import app
from newsevents.events.explain import current, tracing

PUBLISHED = "2024-05-02"


def _events(text: str) -> list[tuple[str, str | None, str | None, str]]:
    doc = extract_text(text, published=PUBLISHED)
    return [(e.cameo, e.source.code if e.source else None, e.target.code if e.target else None,
             e.trigger.text) for e in doc.events]


def test_the_trace_names_the_sense_veto_that_dropped_a_candidate(nlp: Any) -> None:
    with tracing() as trace:
        extract_text("The police seized three tonnes of cocaine in the port.",
                     published=PUBLISHED)
    fates = [(s.trigger, s.fate) for s in trace.steps]
    assert ("seized", "dropped: sense veto (seize-contraband)") in fates, fates


def test_kept_events_and_matched_words_without_candidates_are_traced(nlp: Any) -> None:
    text = ("The army attacked rebel positions near the border on Monday. "
            "The company threatened to sue the newspaper.")
    with tracing() as trace:
        doc = extract_text(text, published=PUBLISHED)
    kept = [s for s in trace.steps if s.fate == "kept"]
    assert len(kept) == len(doc.events) and any(s.trigger == "attacked" for s in kept)
    assert any(s.trigger == "sue" and s.fate.startswith("matched; no candidate")
               for s in trace.steps), [s.line() for s in trace.steps]
    rendered = trace.render(doc.text)
    assert "The company threatened to sue the newspaper." in rendered


def test_nothing_is_recorded_outside_a_trace(nlp: Any) -> None:
    with tracing() as trace:
        pass
    extract_text("The army attacked rebel positions near the border.", published=PUBLISHED)
    assert current() is None and trace.steps == []


def test_extract_explain_prints_the_trace(nlp: Any, tmp_path: Path) -> None:
    article = tmp_path / "note.txt"
    article.write_text("The police seized three tonnes of cocaine in the port.\n\n"
                       "The army attacked rebel positions near the border on Monday.\n",
                       encoding="utf-8")
    result = CliRunner().invoke(app, ["extract", str(article), "--published", PUBLISHED,
                                      "--explain"])
    assert result.exit_code == 0, result.output
    assert "sense veto (seize-contraband)" in result.output
    assert "'attacked'" in result.output and ": kept" in result.output
    assert '"events"' not in result.output  # the trace, not the records


def test_a_posture_with_the_doers_own_forces_stands_without_target(nlp: Any) -> None:
    assert ("152", "POLMIL", None, "put") in _events(
        "Poland put its air defences on high alert after a missile entered its airspace.")


def test_recalling_ones_own_ambassador_stands_without_target(nlp: Any) -> None:
    found = _events("Chile recalled its ambassador for consultations on Tuesday.")
    assert [e for e in found if e[0] == "161"] == [("161", "CHLGOV", None, "recalled")], found


def test_a_named_host_country_stays_the_target_of_a_recall(nlp: Any) -> None:
    found = _events("Israel recalled its ambassador from Spain on Tuesday.")
    assert ("161", "ISRGOV", "ESPGOV", "recalled") in found, found


def test_violence_on_oneself_is_still_dropped(nlp: Any) -> None:
    # the doer's own people in the slot of a force verb is a misreading, not a targetless act
    found = _events("Mali's army shelled its own positions near Gao by mistake.")
    assert not any(e[0].startswith(("18", "19", "20")) and e[2] is None for e in found), found


def test_a_noun_under_a_light_verb_is_done_by_the_reported_speaker(nlp: Any) -> None:
    found = _events("Netanyahu criticised the court after its chief prosecutor announced she "
                    "would launch an investigation into Israel.")
    probes = [e for e in found if e[3] == "investigation"]
    assert probes and all(e[1] != "ISRGOV" for e in probes), found


def test_perform_carries_its_event_noun(nlp: Any) -> None:
    found = _events("The state prosecutor's office was performing a criminal investigation "
                    "of Siemens over the contracts, the company said.")
    probes = [e for e in found if e[3] == "investigation"]
    assert probes and probes[0][1] is not None and probes[0][1].endswith("JUD"), found


def test_violence_in_an_attack_on_a_city_of_its_own_hits_the_people_there(nlp: Any) -> None:
    # the attack noun of the trigger's own in-phrase is no participant; its on-phrase names
    # the city, and a government's violence on a city of its own hits the civilians there
    found = _events("Syria's government used chlorine gas in an attack on the city of Aleppo "
                    "in 2016, the watchdog said.")
    assert ("2041", "SYRGOV", "SYRCVL", "used") in found, found


def test_an_attack_on_another_countrys_city_keeps_that_country(nlp: Any) -> None:
    found = _events("Russia's government used cluster bombs in an attack on the city of "
                    "Kharkiv in May.")
    assert not any(e[2] is not None and e[2].startswith("RUS") for e in found), found


def test_the_traced_filters_keep_an_event_redated_by_its_later_mention(nlp: Any) -> None:
    # the trace rewrote the stage's last filters: an undated act still borrows the date of its
    # dated mention (when_where.date_repeats), with or without a trace
    text = ("President William Ruto urged Ethiopia to release the detained journalists.\n\n"
            "President William Ruto urged Ethiopia on Wednesday to free the journalists, "
            "his office said.")
    for traced in (False, True):
        if traced:
            with tracing():
                doc = extract_text(text, published="2025-03-14")
        else:
            doc = extract_text(text, published="2025-03-14")
        urged = [e for e in doc.events if e.trigger.text == "urged"]
        assert urged and urged[0].date is not None and urged[0].date.value == "2025-03-12"

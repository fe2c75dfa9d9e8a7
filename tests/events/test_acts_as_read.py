"""Acts a reader would see coded wrong (issue 12): an acquittal coded as a conviction, the
content of a refuted accusation asserted, a demand in the imperative coded as the deed. Sentences
written for these tests; in no gold set."""

from __future__ import annotations

from .coding import events_of


def _coded(text: str, root: str) -> list[tuple[str, str]]:
    return [(e.cameo, e.modality) for e in events_of(text, root)]


def test_a_verdict_of_not_guilty_is_an_acquittal() -> None:
    assert _coded("A jury found the harbour master not guilty of bribery.", "11") == [
        ("116", "negated")]


def test_declared_not_liable_is_no_finding_of_liability() -> None:
    assert _coded("The tribunal declared the province not liable for the flood damage.",
                  "11") == [("116", "negated")]


def test_found_innocent_is_an_acquittal() -> None:
    found = _coded("Judges in Accra found the customs chief innocent of smuggling.", "11")
    assert found and set(found) == {("116", "negated")}, found


def test_a_guilty_verdict_stays_a_conviction() -> None:
    assert _coded("A jury found the harbour master guilty of bribery.", "11") == [
        ("116", "asserted")]


def test_a_refuted_attack_is_not_asserted() -> None:
    assert [m for _, m in _coded("The militia refuted that its fighters had attacked the "
                                 "ferry.", "19")] == ["negated"]


def test_an_imperative_demand_is_requested() -> None:
    assert [m for _, m in _coded("Halt the Turkish military action in Syria, the Kurdish "
                                 "envoy told Washington.", "08")] == ["requested"]


def test_an_imperative_opened_by_please_is_requested() -> None:
    assert [m for _, m in _coded("Please halt the Turkish military action in Syria, the Kurdish "
                                 "envoy told Washington.", "08")] == ["requested"]


def test_an_imperative_after_a_colon_is_requested() -> None:
    found = _coded("The Kurdish envoy told Washington: halt the Turkish military action in "
                   "Syria.", "08")
    assert found and all(m == "requested" for _, m in found), found


def test_a_stated_halt_stays_asserted() -> None:
    assert [m for _, m in _coded("Turkey stopped its military action in Syria on Friday.",
                                 "08")] == ["asserted"]


def test_face_criticism_is_one_act() -> None:
    found = events_of("The governor could face criticism from farmers' unions over the dam.",
                      "11")
    assert [(e.cameo, e.modality) for e in found] == [("111", "hypothetical")]

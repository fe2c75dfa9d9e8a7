"""A jury is the court's (JUD, WordNet jury.n.01; issue 12: "indicted by a federal grand jury"):
its verdicts and indictments keep their source and so are not dropped as uncoded. Sentences
written for these tests; in no gold set."""

from __future__ import annotations

from .coding import events_of


def _pairs(text: str, root: str) -> list[tuple[str, str | None, str | None]]:
    return [(e.cameo, e.source.code if e.source else None, e.target.code if e.target else None)
            for e in events_of(text, root)]


def test_a_jury_finding_a_man_guilty() -> None:
    assert _pairs("A jury found the man guilty of murder.", "11") == [("116", "JUD", "CVL")]


def test_a_grand_jury_indicting() -> None:
    assert _pairs("Four men were indicted by a federal grand jury in Ohio.", "17") == [
        ("173", "USAJUD", "USACVL")]


def test_a_jury_convicting_a_senator() -> None:
    assert _pairs("A jury in Nairobi convicted the Kenyan senator of fraud.", "11") == [
        ("116", "KENJUD", "KENLEG")]

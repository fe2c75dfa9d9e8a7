"""An attack whose doer the text first leaves unnamed ("gunmen", "a suicide bomber") takes the
group a later phrase names as its doer: a claim of responsibility, "blamed the attack on X",
"another attack attributed to X", "the attack was carried out by X" (issue 12)."""

from __future__ import annotations

from newsevents import extract_text


def _pairs(text: str) -> list[tuple[str, str | None, str | None]]:
    doc = extract_text(text, published="2024-05-02")
    return [(e.cameo, e.source.code if e.source else None, e.target.code if e.target else None)
            for e in doc.events]


def _violent_sources(text: str) -> set[str | None]:
    return {s for code, s, _ in _pairs(text) if code[:2] in ("18", "19", "20")}


def test_a_claim_of_responsibility_names_the_doer() -> None:
    text = ("Gunmen killed three Nigerian soldiers in Maiduguri on Monday. "
            "Boko Haram claimed responsibility.")
    sources = _violent_sources(text)
    assert sources and "NGAUAF" not in sources
    assert sources == {next(s for c, s, _ in _pairs(text) if c == "015")}


def test_blamed_the_attack_on_names_the_doer() -> None:
    text = ("Masked gunmen stormed a police station in Peshawar on Friday. "
            "Pakistani officials blamed the attack on the Pakistani Taliban.")
    assert ("190", "PAKREB", "PAKCOP") in _pairs(text)


def test_an_apposition_attributing_the_attack_names_the_doer() -> None:
    text = ("Last week a car bombing killed four people in Mogadishu, another attack "
            "attributed to al-Shabaab.")
    sources = _violent_sources(text)
    assert sources and "SOMUAF" not in sources


def test_a_phrase_about_something_else_leaves_the_doer_unnamed() -> None:
    text = ("Gunmen killed three Nigerian soldiers in Maiduguri on Monday. "
            "Police blamed the delay on the rain.")
    assert _violent_sources(text) == {"NGAUAF"}


def test_a_named_doer_is_never_replaced() -> None:
    text = ("Israeli soldiers killed two Palestinian men in Hebron on Monday. "
            "Officials blamed the attack on Hamas.")
    assert "ISRMIL" in _violent_sources(text)
    assert "PSEREB" not in _violent_sources(text)


def test_carried_out_by_names_the_doer_of_the_attack_before() -> None:
    text = ("A suicide bomber killed nine Somali policemen in Mogadishu on Monday. "
            "The attack was carried out by al-Shabaab, officials said.")
    assert ("1823", "SOMREB", "SOMCOP") in _pairs(text)

"""A light verb names the doer of one act: its own event-noun object (issue 12, ev-prec5).

"Prosecutors opened an investigation into the killing of the journalist": the parser hangs
"into the killing" on the verb, and the coder read the killing as the prosecutors' own act
(1823 prosecutors → journalist). When the light verb already has an event noun as its direct
object, an event noun in a phrase on the verb is what that act is about
(:func:`newsevents.events.noun_coder._own_act_noun`). Checked through the real model, with the
mechanism switched off for the premise.
"""

from __future__ import annotations

from typing import Any

import pytest

from newsevents import extract_text
from newsevents.events import coder, noun_coder


def _coded(text: str) -> list[tuple[str, str | None]]:
    return [(e.cameo, e.source.mention if e.source else None)
            for e in extract_text(text, published="2024-05-02").events]


@pytest.mark.parametrize("text, root, doer", [
    ("Prosecutors opened an investigation into the killing of the journalist.", "18",
     "Prosecutors"),
    ("Police opened an inquiry into the attack on the mosque.", "19", "Police"),
    ("Police launched a probe into the shooting of the activist.", "18", "Police"),
])
def test_the_inquiry_s_doer_did_not_do_what_it_inquires_into(
        text: str, root: str, doer: str, monkeypatch: pytest.MonkeyPatch, nlp: Any) -> None:
    with monkeypatch.context() as m:
        m.setattr(noun_coder, "_own_act_noun", lambda light, tok, book: False)
        before = _coded(text)
    assert (root, doer) in [(c[:2], s) for c, s in before], before  # the premise
    after = _coded(text)
    assert not any(c.startswith(root) and s == doer for c, s in after), after
    assert any(c.startswith("09") for c, _ in after), after  # the inquiry itself stays


@pytest.mark.parametrize("text, code", [
    ("Russia held talks with Ukraine in Minsk.", "04"),
    ("The army launched an offensive against the rebels.", "19"),
    ("Kokesh has been involved in demonstrations against the Iraqi government.", "14"),
])
def test_a_light_verb_s_own_act_is_kept(text: str, code: str, nlp: Any) -> None:
    assert any(c.startswith(code) for c, _ in _coded(text)), _coded(text)


@pytest.mark.parametrize("text", [
    "Britain will provide whatever help France can to Greece.",
])
def test_a_measuring_clause_is_no_elided_act(text: str, monkeypatch: pytest.MonkeyPatch,
                                             nlp: Any) -> None:
    """"provide whatever help France can": the bare "can" measures the help; it repeats no act
    of France's (:func:`newsevents.events.coder._elided`)."""
    with monkeypatch.context() as m:
        m.setattr(coder, "_MEASURED_HEADS", frozenset())
        before = _coded(text)
    assert ("070", "France") in before, before  # the premise
    assert not any(s == "France" for _, s in _coded(text)), _coded(text)


def test_an_elided_conjunct_is_still_an_act(nlp: Any) -> None:
    assert ("070", "France") in _coded("Britain will send aid to Greece, and France will too.")

"""Who says what to whom: first person inside a direct quote is the quote's speaker
(``ActorFinder.speaker``), not the last institution named before the quote; a demand made "in a
letter to X" is addressed to X (``participants.channel_addressee``). Sentences written for these
tests (in no gold set)."""

from __future__ import annotations

from newsevents import extract_text


def test_we_in_a_quote_is_the_speakers_side() -> None:
    text = ("The Peruvian government closed the copper mines on Monday. Peruvian opposition "
            'leader Maria Lopez said on Tuesday: "We made a plea to the Peruvian president to '
            'reopen the mines."')
    [plea] = [e for e in extract_text(text, published="2019-01-07").events
              if e.cameo_root == "02"]
    assert plea.source is not None and plea.source.code == "PEROPP"
    assert plea.target is not None and plea.target.code == "PERGOV"


def test_i_in_a_quote_is_its_speaker() -> None:
    text = ("The Kenyan army shelled the border town on Monday. Kenyan opposition leader James "
            'Otieno said: "I condemn the Kenyan army for this attack."')
    [condemn] = [e for e in extract_text(text, published="2019-01-07").events
                 if e.cameo_root == "11"]
    assert condemn.source is not None and condemn.source.code == "KENOPP"
    assert condemn.target is not None and condemn.target.code == "KENMIL"


def test_a_demand_made_in_a_letter_to_a_government_is_on_that_government() -> None:
    text = ("In a letter to the Kenyan government, Ugandan President Yoweri Museveni demanded "
            "the release of the fishermen.")
    [demand] = [e for e in extract_text(text, published="2019-01-07").events
                if e.cameo_root == "10"]
    assert demand.target is not None and demand.target.code == "KENGOV"

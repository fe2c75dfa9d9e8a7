"""The pattern files load, name only real CAMEO codes and cover every root."""

from __future__ import annotations

from newsevents.events.codebook import is_code
from newsevents.events.patterns import FAMILIES, pattern_book


def test_patterns_cover_every_root() -> None:
    book = pattern_book()
    roots = {p.code[:2] for p in book.patterns if p.code}
    for topic in book.topics:
        roots |= {code[:2] for code in topic.codes.values()}
    assert roots == {f"{r:02d}" for r in range(1, 21)}


def test_codes_ids_and_families_are_valid() -> None:
    book = pattern_book()
    ids = [p.id for p in book.patterns]
    assert len(ids) == len(set(ids)), "pattern ids must be unique"
    for p in book.patterns:
        assert p.lemmas, p.id
        assert p.pos in ("verb", "noun", "adj"), p.id
        assert p.code is None or is_code(p.code), p.id
        assert p.code is not None or p.family is not None, p.id
        assert p.family is None or p.family in FAMILIES
    for topic in book.topics:
        assert all(is_code(c) for c in topic.codes.values()), topic.id
        assert set(topic.codes) <= set(FAMILIES), topic.id


def test_yaml_words_stay_words() -> None:
    """YAML 1.1 would read on/no as booleans; the loader keeps them as words."""
    book = pattern_book()
    call_on = next(p for p in book.patterns if p.id == "appeal.call-on")
    assert "on" in call_on.prep
    no_comment = next(p for p in book.patterns if p.id == "statement.no-comment")
    assert "no" in no_comment.objects


def test_topic_lookup_prefers_specific_topics() -> None:
    book = pattern_book()
    assert book.topic_code("appeal", {"lift", "sanction"}) == ("ease-sanctions", "0254")
    assert book.topic_code("appeal", {"sanction"}) == ("sanction", "020")
    assert book.topic_code("intent", {"ceasefire"}) == ("ceasefire", "0356")
    assert book.topic_code("reject", {"talk"}) == ("meet", "125")
    assert book.topic_code("intent", {"strike", "deal"}) == ("agreement", "030")
    assert book.topic_code("provide", {"weather"}) is None


def test_fronted_preposition_is_no_particle_of_the_verb() -> None:
    # "On 4 March, …, called X": the sentence's opening phrase is no "call on"
    from newsevents import extract_text

    def call_on(text: str) -> list[str]:
        return [e.cameo for e in extract_text(text, published="2024-05-02").events
                if "appeal.call-on" in e.evidence.method]

    assert not call_on("On 4 Mar . , the Kenyan president called the Ugandan leader to "
                       "discuss trade .")
    assert call_on("On Monday the Kenyan president called on Uganda to reopen the border.")

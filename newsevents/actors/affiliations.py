"""Whose actor a person without an office of their own is: the body an apposition, an "of"/"at"
phrase or a role noun before the name ties them to ("Sharif Hotak, of the provincial council",
"X, a UN rapporteur", "Amnesty International researcher X"), or, for a private person, the
nationality the apposition gives ("An Australian, X").

Split from ``generic.py`` (which gives generic mentions their country): this pass reads a
person's own phrase, not the article's context.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from ..nlp.shared import children_of, head_of
from .mentions import DocState, Mention

#: Prepositions that tie a person to the body they speak for ("Doug Miller of Milltech Marine",
#: "a spokeswoman for the charity", "a researcher at University College London").
_AFFILIATION = frozenset({"of", "for", "at", "from", "with"})


def affiliations(state: DocState) -> None:
    """A person with no office of their own takes the code of the organisation an "of"/"at"
    phrase or an apposition ties them to ("Sharif Hotak, of the provincial council", "the
    president of the Tunisian League for Human Rights, Jamel Msallem", "X, a member of
    Parliament"): they speak for it, so they are its actor, not a private person."""
    doc = state.doc
    for m in state.mentions:
        if m.kind != "person" or m.person is None:
            continue
        generic_title = (m.sector == "GOV" and m.method in ("apposition", "unresolved", "context")
                         and (m.role or "").lower() in _GENERIC_ROLES)
        if not generic_title and (m.sector not in (None, "CVL")
                                  or m.method not in ("unresolved", "context")):
            continue
        name = doc[m.head]
        nouns = [name, *(c for c in children_of(name) if c.dep_ == "appos")]
        if name.dep_ == "appos":
            # "the president of X, Jamel Msallem" (or both read as appositions of one noun)
            nouns.append(name.head)
            nouns += [c for c in children_of(name.head) if c.dep_ == "appos" and c.i < name.i]
            if name.head.dep_ == "pobj" and name.head.head.dep_ == "prep" \
                    and name.head.head.head.pos_ == "NOUN":
                # "the head of the Kenya Red Cross, Asha Mohammed": the parser hangs the name
                # on the body; the noun whose "of" phrase the body is, is the name's role
                nouns.append(name.head.head.head)
        fronted = _fronted_apposition(state, m)
        if fronted is not None:
            nouns.append(fronted)
        # "Amnesty International researcher X", "UCL astronomer X": a role noun before the
        # name, which a body's name modifies, ties the person to that body as an apposition
        # would ("X, an Amnesty International researcher")
        roles = [c for c in children_of(name)
                 if c.dep_ == "compound" and c.pos_ == "NOUN" and c.i < name.i]
        org = _affiliated(state, nouns, m)
        pre_name_org: Mention | None = None
        if org is None and roles:
            pre_name_org = _affiliated(state, [name, *roles], m, pre_name=True)
        if pre_name_org is not None:
            org = pre_name_org
        role_noun = None
        if org is None and not generic_title:
            org = role_noun = _role_person(state, roles, nouns[1:], m)
        org = org or _shared_affiliation(state, name, m)
        led = _led_body(state, name, m) if org is None else None
        org = org or led
        if generic_title and (org is None or org.sector in ("GOV", "IGO", None)):
            continue  # "Polish leader X": stays the government unless "of the … Party"
        if org is None:
            if m.sector == "CVL":
                _nationality(state, nouns, m)
            continue
        if role_noun is not None and role_noun.country is None and m.country is not None:
            # "X, owner of a lodge near Pretoria": the context placed the person; the role
            # noun (a company's people take no story country by themselves) says the sector
            m.sector, m.code = org.sector, None
        else:
            m.country, m.sector, m.code = org.country, org.sector, org.code
        m.method, m.entity = "apposition", None
        how = ("its own role noun" if role_noun is not None
               else "the role noun before the name" if pre_name_org
               else "a relative clause on the name" if led
               else "an apposition" if len(nouns) > 1 else "a preposition")
        m.reason = (f"no office of their own, but tied to '{org.name}' by {how} → "
                    f"{m.actor_code() or org.actor_code() or org.sector}")
    own_institutions(state)


#: Job sectors whose people the story's country places only for want of better: an academic, a
#: doctor, a journalist or an executive works for a body that has a country of its own.
_JOB_SECTORS = frozenset({"EDU", "HLH", "MED", "BUS"})
#: Prepositions from a person or their role to the body (or its unit) they work in: "Professor
#: X of Monash University", "a chair in the Faculty of Arts at Deakin University".
_WORKS_IN = _AFFILIATION | {"in"}


def own_institutions(state: DocState) -> None:
    """"Professor Greg Barton, Chair in Global Islamic Politics in the Faculty of Arts at Deakin
    University": a person whose job title gave a sector (EDU, HLH, MED, BUS) but whose country
    came only from the story's main country takes the country of the body of that sector their
    phrase names, directly or through one unit of it ("the Faculty of Arts at …", "the
    cardiology department of …"): the guide's academics are their university's, wherever the
    story happens."""
    doc = state.doc
    for m in state.mentions:
        if (m.kind != "person" or m.person is None or m.sector not in _JOB_SECTORS
                or m.method != "context"):
            continue
        name = doc[m.head]
        nouns = [name, *(c for c in children_of(name) if c.dep_ == "appos")]
        org = _institution_of(state, nouns, m.sector, depth=2)
        if org is None or org.country is None or org.country == m.country:
            continue
        m.country, m.code, m.entity, m.method = org.country, None, None, "apposition"
        m.reason = (f"'{m.role or m.sector}' ({m.sector}) working in '{org.name}', named in "
                    f"their own phrase → {org.country}{m.sector}")


def _institution_of(state: DocState, nouns: list[Token], sector: str, depth: int
                    ) -> Mention | None:
    """The coded body of ``sector`` a "of/at/in/for …" phrase on one of ``nouns`` names; an
    uncoded noun in between (a faculty, a department) is followed ``depth`` - 1 more steps."""
    for noun in nouns:
        for obj in _prep_objects(noun, _WORKS_IN):
            org = state.owner.get(obj.i)
            if org is not None and org.kind == "organisation" and org.sector == sector \
                    and org.country is not None:
                return org
            if depth > 1 and (org is None or org.actor_code() is None):
                inner = _institution_of(state, [obj], sector, depth - 1)
                if inner is not None:
                    return inner
    return None


def _fronted_apposition(state: DocState, person: Mention) -> Token | None:
    """"A member of the Tunisian Parliament, Samir Dilou, said …": a noun phrase with an
    article opens the sentence, a comma, then the name. The small model makes the phrase the
    sentence's root and the name the subject of a parataxis, yet the phrase describes the
    person as an apposition after the name would ("Samir Dilou, a member of …"). Only a phrase
    that is the whole stretch from the sentence start to the comma, with no verb in it, counts:
    "After the vote in Parliament, X said" opens with a preposition, not a noun phrase."""
    doc = state.doc
    if person.start < 2 or doc[person.start - 1].text != ",":
        return None
    sent = state.sents[state.sent_index[person.start]]
    first = next((t for t in sent if not (t.is_punct or t.is_space)), None)
    if first is None or first.dep_ != "det" or first.i >= person.start - 2:
        return None
    noun = first.head
    if noun.pos_ != "NOUN" or noun.dep_ not in ("ROOT", "nsubj", "dep", "npadvmod"):
        return None
    left, right = noun.left_edge.i, noun.right_edge.i
    # the phrase's subtree may take in the name (the parser hangs "said" on it): cut at the
    # comma and ask that nothing before it lies outside the phrase or is a verb
    stop = person.start - 1
    if left != first.i or right < stop - 1:
        return None
    if any(doc[i].pos_ in ("VERB", "AUX") for i in range(first.i, stop)):
        return None
    return noun


#: Titles that say only that someone leads or speaks for a body: "of the Law and Justice Party"
#: or "of the Senate" after the name says which body, and so which sector.
_GENERIC_ROLES = frozenset({"leader", "chairman", "chairwoman", "chair", "director", "head",
                            "spokesperson", "president", "vice president"})


def _nationality(state: DocState, nouns: list[Token], person: Mention) -> None:
    """"An Australian, Brenton Tarrant", "Alan Kurdi, a Syrian child": the apposition says
    whose citizen the private person is, which beats where the story happens."""
    for noun in nouns:
        for tok in (noun, *(c for c in children_of(noun) if c.dep_ in ("amod", "compound"))):
            found = state.nation.get(tok.i)
            if found is not None and len(found[0]) == 3 and found[1] == "demonym":
                person.country, person.code, person.entity = found[0], None, None
                person.method = "context"
                person.reason = (f"private person (CVL), '{tok.text}' in apposition → "
                                 f"{found[0]}CVL")
                return


def _affiliated(state: DocState, nouns: list[Token], person: Mention, pre_name: bool = False
                ) -> Mention | None:
    name = nouns[0] if nouns else None
    # before the name the small model hangs some bodies as adjectives ("Greenpeace campaigner")
    modifiers = _BODY_MODIFIERS | {"amod"} if pre_name else _BODY_MODIFIERS
    for noun in nouns:
        if noun is not name and noun.pos_ == "NOUN":
            # "X, a UN rapporteur", "X, an Amnesty researcher": the organisation that
            # modifies the role noun of the apposition is whose role it is
            for mod in children_of(noun):
                if mod.dep_ not in modifiers or mod.i > noun.i:
                    continue
                org = state.owner.get(mod.i)
                if pre_name and org is not None and state.owner.get(noun.i) is org:
                    continue  # "German student X": a nationality on the noun, no body
                if _an_organisation(org, person):
                    return org
        for obj in _prep_objects(noun, _AFFILIATION):
            org = state.owner.get(obj.i)
            if _an_organisation(org, person):
                return org
    return None


#: Sectors whose people nouns before a name say what the named person is ("Police officer X").
_ROLE_SECTORS = frozenset({"COP", "MIL", "JUD", "SPY", "HLH", "REL", "BUS", "UAF", "OPP"})


def _role_person(state: DocState, roles: list[Token], appositions: list[Token],
                 person: Mention) -> Mention | None:
    """"Police officer James Kariuki", "Kenyan doctor Mary Wanjiru", "X, owner of the lodge":
    a people noun of a sector (``persons`` in sectors.yaml) right before the name or in
    apposition to it is the named person's own role, so its generic mention's code is theirs;
    a private lawyer ("Defence lawyer X") is no judiciary."""
    nouns = [n for n in appositions if n.pos_ == "NOUN"]
    if roles and roles[-1].i == person.start - 1:
        nouns.insert(0, roles[-1])  # the role noun touching the name
    for noun in nouns:
        if noun.tag_ != "NN" or noun.lower_ in state.vocab.private_counsel:
            continue  # one individual's role noun
        m = state.owner.get(noun.i)
        if (m is not None and m is not person and m.kind in ("person", "organisation")
                and m.head == noun.i and m.person is None and m.sector in _ROLE_SECTORS):
            return m
    return None


def _shared_affiliation(state: DocState, name: Token, person: Mention) -> Mention | None:
    """"X and Y from the Perm Medical Academy": a phrase after the last of two joined names is
    both people's, wherever the parser hung it."""
    partners = [c for c in children_of(name) if c.dep_ == "conj" and c.pos_ == "PROPN"]
    if name.dep_ == "conj" and head_of(name).pos_ == "PROPN":
        partners.append(head_of(name))
    for partner in partners:
        last = max(name.i, partner.i)
        for prep in children_of(partner):
            if prep.dep_ != "prep" or prep.i < last or prep.lower_ not in _AFFILIATION:
                continue
            for obj in children_of(prep):
                org = state.owner.get(obj.i) if obj.dep_ == "pobj" else None
                if _an_organisation(org, person):
                    return org
    return None


def _led_body(state: DocState, name: Token, person: Mention) -> Mention | None:
    """"X, who heads the Brazilian environment agency", "X, who works for Amnesty
    International": a relative clause on the name whose verb (``leading_verbs``) has the body as
    its object or in its "for/at/of" phrase says whose actor the person is."""
    for verb in children_of(name):
        if verb.dep_ != "relcl" or verb.lemma_ not in state.vocab.leading_verbs:
            continue
        if not any(c.dep_ == "nsubj" and c.lower_ in ("who", "that") for c in children_of(verb)):
            continue
        objects = [c for c in children_of(verb) if c.dep_ in ("dobj", "attr")]
        for prep in children_of(verb):
            if prep.dep_ == "prep" and prep.lower_ in _EMPLOYED_BY:
                objects += [c for c in children_of(prep) if c.dep_ == "pobj"]
        for obj in objects:
            org = state.owner.get(obj.i)
            if org is None:
                org = next((state.owner[c.i] for c in children_of(obj)
                            if c.dep_ == "appos" and c.i in state.owner), None)
            if _an_organisation(org, person):
                return org
    return None


#: Prepositions after a leading verb that name the body one works in: "works for Amnesty",
#: "serves in the army"; not "with" ("worked with the police" is no member of it).
_EMPLOYED_BY = frozenset({"for", "at", "in"})


#: How a body's name modifies a role noun: "a UN rapporteur", "the agency's spokesman".
_BODY_MODIFIERS = frozenset({"compound", "nmod", "poss"})


def _an_organisation(org: Mention | None, person: Mention) -> bool:
    """Is ``org`` a coded organisation (not a person, not a state) someone can speak for?"""
    return (org is not None and org is not person and org.kind != "person"
            and org.kind != "state" and bool(org.sector) and org.actor_code() is not None)


def later_titles(state: DocState) -> None:
    """A person named first with no office ("Ahmed Karim said …") whose later mention has a
    title in apposition ("Karim, Egypt's interior minister, said …") holds that office in every
    mention: the apposition's title (read by itself as a title with no name) gives the person's
    code and role, so "Ahmed Karim" is EGYGOV, not a private EGYCVL. A surname read with a title
    before it ("Governor Pierluisi", a headline's way of naming) does the same for the full name
    the text gives later ("Pedro Pierluisi … Pierluisi" is the governor, not a civilian)."""
    doc = state.doc
    for title in list(state.mentions):
        if title.kind != "person" or not title.sector or title.sector == "CVL" \
                or title.method == "unresolved" or title.role is None:
            continue
        if title.person is not None:
            # "Ahmed Karim, Egypt's interior minister" named again in full with the title; or a
            # surname under a title ("Governor Pierluisi" in a headline) before the full name
            if title.method != "apposition" and " " in title.person:
                continue
            named = title
        else:
            noun = doc[title.head]
            if noun.dep_ != "appos":
                continue
            owner = state.owner.get(noun.head.i)
            if owner is None or owner.kind != "person" or owner.person is None \
                    or owner.role is not None or owner.sector not in (None, "CVL"):
                continue
            named = owner
        same = [m for m in state.mentions if m.kind == "person" and m.role is None
                and m is not title and m.sector in (None, "CVL") and _same_person(m, named)]
        for m in same:
            if title.country is None:
                # a title not yet placed ("Governor Pierluisi" before the countries of generic
                # mentions are shared): the office, in the country the name already has; a
                # mention of no country yet takes its person's code when countries are shared
                if m.country is None:
                    continue
                m.sector, m.code = title.sector, None
            else:
                m.country, m.sector, m.code = title.country, title.sector, title.code
            m.role, m.method, m.entity, m.generic = title.role, "apposition", None, False
            label = doc[title.start:title.end].text if title.person is None else title.role
            how = "a later apposition calls them" if title.person is None or " " in (
                title.person) else f"'{doc[title.start:title.end].text}' names them"
            m.reason = (f"no office where first named, but {how} "
                        f"'{label}' → {m.country or ''}{title.sector}")


def _same_person(m: Mention, named: Mention) -> bool:
    """The same person: the same canonical name, or one name the last word of the other."""
    if m.person is None or named.person is None:
        return False
    a, b = m.person.lower().split(), named.person.lower().split()
    return a == b or (len(a) == 1 and a[0] == b[-1]) or (len(b) == 1 and b[0] == a[-1])


def _prep_objects(noun: Token, preps: frozenset[str]) -> Iterator[Token]:
    """The objects of ``noun``'s prepositions among ``preps`` ("professor *at* Deakin")."""
    for prep in children_of(noun):
        if prep.dep_ == "prep" and prep.lower_ in preps:
            yield from (obj for obj in children_of(prep) if obj.dep_ == "pobj")

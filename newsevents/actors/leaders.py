"""Leaders and office holders, resolved by the article's publication date.

``leaders.csv`` has one row per person and office with term dates. A person mentioned in an
article is coded by the office they held on the publication date: "President Duda" in a 2025
story is POLGOV, in a 2030 story he is a former president (POLELI, role "former President of
Poland"). Without a publication date the latest office is used and the reason says so, because
an undated readout about "Secretary Blinken" is far more likely contemporary than not.
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass, field
from functools import lru_cache

from .tables import data_text, read_csv, source_line, split


@dataclass(frozen=True, slots=True)
class Term:
    """One office held by one person from ``start`` up to (not including) ``end``."""

    country: str
    sector: str
    office: str
    start: dt.date
    end: dt.date | None
    source: str = ""

    def covers(self, day: dt.date) -> bool:
        return self.start <= day and (self.end is None or day < self.end)


@dataclass
class Person:
    name: str
    names: list[str] = field(default_factory=list)  # full name first, then aliases
    terms: list[Term] = field(default_factory=list)
    #: from Phoenix's 2014 office holders (``phoenix_people.csv``), not the curated
    #: ``leaders.csv``: known by name, but no surname of theirs names an administration
    phoenix: bool = False


@dataclass(frozen=True, slots=True)
class Status:
    """What a person is on a given day: the CAMEO parts, the role and why."""

    country: str | None
    sector: str | None
    role: str | None
    reason: str
    in_office: bool

    @property
    def code(self) -> str | None:
        if self.country is None:
            return None
        if self.sector == "ELI":
            return self.country  # a former official: the country alone (annotation guide)
        return self.country + (self.sector or "")


@dataclass
class LeaderTable:
    people: dict[str, Person] = field(default_factory=dict)
    source: str = ""


def parse_date(value: str, *, end: bool = False) -> dt.date | None:
    """``YYYY-MM-DD`` or ``YYYY-MM`` (first day for a start, last day + 1 for an end)."""
    value = value.strip()
    if not value:
        return None
    parts = value.split("-")
    year, month = int(parts[0]), int(parts[1])
    if len(parts) >= 3:
        return dt.date(year, month, int(parts[2]))
    if not end:
        return dt.date(year, month, 1)
    last = calendar.monthrange(year, month)[1]
    return dt.date(year, month, last) + dt.timedelta(days=1)


@lru_cache(maxsize=1)
def load() -> LeaderTable:
    """The leader table, read once per process."""
    table = LeaderTable(source=source_line(data_text("leaders.csv")))
    for row in read_csv("leaders.csv"):
        name = row["name"]
        person = table.people.setdefault(name, Person(name=name, names=[name]))
        for alias in split(row["aliases"]):
            if alias not in person.names:
                person.names.append(alias)
        start = parse_date(row["start"])
        if start is None:
            raise ValueError(f"leaders.csv: {name} has no start date")
        person.terms.append(
            Term(row["country"], row["sector"], row["office"], start,
                 parse_date(row["end"], end=True), row.get("source", ""))
        )
    _add_phoenix_people(table)
    return table


#: How a Phoenix office holder's sector reads as an office ("former government office holder").
_PHOENIX_OFFICES = {"GOV": "government office holder", "ELI": "political figure",
                    "MIL": "military officer", "SPY": "intelligence officer"}


def _add_phoenix_people(table: LeaderTable) -> None:
    """Phoenix's office holders of 2014 (``phoenix_people.csv``, converted by
    ``tools/convert_phoenix_people.py``): the curated table wins, so a person any of whose
    names it already lists is left out. Their offices end at the 2014 snapshot, so in a later
    article they are former officials, coded by the country alone (the annotation guide), which
    a title in the text still overrides ("Opposition leader X")."""
    source = source_line(data_text("phoenix_people.csv"))
    known = {n.lower() for person in table.people.values() for n in person.names}
    added: dict[str, Person] = {}
    for row in read_csv("phoenix_people.csv"):
        name = row["name"]
        person = added.get(name)
        if person is None:
            names = [name, *split(row["aliases"])]
            if any(n.lower() in known for n in names):
                continue
            person = added[name] = Person(name=name, names=names, phoenix=True)
        start = parse_date(row["start"])
        if start is None:
            raise ValueError(f"phoenix_people.csv: {name} has no start date")
        office = _PHOENIX_OFFICES.get(row["sector"], f"{row['sector']} office holder")
        person.terms.append(Term(row["country"], row["sector"], office, start,
                                 parse_date(row["end"], end=True), source))
    for name, person in added.items():
        table.people.setdefault(name, person)


def status(person: Person, day: dt.date | None, *, former: bool = False) -> Status:
    """The person's standing on ``day`` (``former``: the text calls them "former"/"ex-")."""
    terms = person.terms
    if day is None:
        current = [t for t in terms if t.end is None]
        if current and not former:
            main = current[0]
            role = "; ".join(dict.fromkeys(t.office for t in current))
            return Status(main.country, main.sector, role,
                          f"{person.name}: no publication date, coded by the current office "
                          f"({role}, from {main.start.isoformat()})", in_office=True)
        latest = max(terms, key=lambda t: t.start)
        if former:
            return Status(latest.country, "ELI", f"former {latest.office}",
                          f"{person.name}: text says former; no publication date, so the "
                          f"latest office ({latest.office}) is taken as the past one",
                          in_office=False)
        until = f" until {latest.end.isoformat()}" if latest.end else ""
        return Status(latest.country, latest.sector, latest.office,
                      f"{person.name}: no publication date, coded by the latest office "
                      f"({latest.office}, from {latest.start.isoformat()}{until})",
                      in_office=True)
    covering = [t for t in terms if t.covers(day)]
    if covering:
        main = covering[0]  # the data file lists a person's main office first
        role = "; ".join(dict.fromkeys(t.office for t in covering))
        note = " (the text says former, but the person is in office)" if former else ""
        return Status(main.country, main.sector, role,
                      f"{person.name}: in office as {main.office} since "
                      f"{main.start.isoformat()} on {day.isoformat()}{note}",
                      in_office=True)
    ended = [t for t in terms if t.end is not None and t.end <= day]
    if ended:
        last = max(ended, key=lambda t: t.end or t.start)
        assert last.end is not None
        said = "the text says former; " if former else ""
        return Status(last.country, "ELI", f"former {last.office}",
                      f"{person.name}: {said}term as {last.office} ended "
                      f"{last.end.isoformat()}, before {day.isoformat()}",
                      in_office=False)
    first = min(terms, key=lambda t: t.start)
    return Status(first.country, None, None,
                  f"{person.name}: not yet in office on {day.isoformat()} ({first.office} from "
                  f"{first.start.isoformat()}); coded by country only",
                  in_office=False)

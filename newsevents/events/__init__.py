"""Stage 'events' (being built: see its issue)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..records import Event

if TYPE_CHECKING:
    from ..pipeline import Context


def code_events(ctx: Context) -> list[Event]:
    return []

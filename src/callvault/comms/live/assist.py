"""Live assist (ADR 0029): assist cards and a running sentiment per party, from each final
redacted transcript segment of a live call.

The live transcript calls `on_final_segment(workspace_id, call_id, speaker, text, spans)`
for every final segment, with the *redacted* text (nothing here ever sees raw speech). This
module finds the cards the segment triggers (intelligence/assist/matcher.py), drops a card
already shown on this call within `DEDUP_SECONDS`, updates the speaker's running sentiment,
and sends `call.card` and `call.sentiment` to

- the agent side: the callee's answering device. In a call between two workspace users the
  one who answered is the agent and the caller the customer (the support-line case: someone
  calls a user or ring group for help); a caller from outside (the SIP trunk, later) is
  always the customer;
- the supervisors of either party's groups (group supervisors whose role reads their teams'
  calls, and admins flagged supervisor), on every device they have signed in.

Per-call state (shown cards, sentiment windows) is in this process's memory: one process
transcribes a call. It is dropped after `IDLE_SECONDS` without segments."""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from callvault.comms.live import repository as repo
from callvault.comms.live.assist_events import CARD, SENTIMENT
from callvault.core.permissions import Permission, allows
from callvault.crypto.keyring import Keyring
from callvault.db.engine import Database
from callvault.identity import repository as identity_repo
from callvault.intelligence.assist import service as cards_service
from callvault.intelligence.assist.matcher import AssistCard, CardHit, Role, Segment, match
from callvault.intelligence.sentiment.running import RunningSentiment
from callvault.realtime.bus import Bus, Event

log = logging.getLogger("callvault.live")

DEDUP_SECONDS = 300.0  # a card shown on a call is not shown again on it for this long
CARDS_TTL = 5.0  # an edited card shows on live calls within this long
CALL_TTL = 10.0  # parties and supervisors of a call are looked up again after this long
IDLE_SECONDS = 3600.0
_SUPERVISING_ROLES = (Permission.CALLS_READ_TEAM, Permission.CALLS_READ_ALL)


@dataclass(frozen=True, slots=True)
class _CallView:
    caller_user_id: str
    callee_user_id: str | None
    agent_device_id: str | None
    supervisors: tuple[str, ...]


@dataclass
class _CallState:
    view: _CallView
    looked_up: float
    touched: float
    shown: dict[str, float] = field(default_factory=dict)  # card id -> when
    sentiment: RunningSentiment = field(default_factory=RunningSentiment)


@dataclass(frozen=True, slots=True)
class _Cards:
    cards: list[AssistCard]
    aliases: dict[str, Sequence[str]]
    loaded: float


class LiveAssist:
    def __init__(
        self,
        *,
        db: Database,
        keyring: Keyring,
        bus: Bus,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.db, self.keyring, self.bus, self.clock = db, keyring, bus, clock
        self._calls: dict[str, _CallState] = {}
        self._cards: dict[str, _Cards] = {}

    async def on_final_segment(
        self,
        workspace_id: str,
        call_id: str,
        speaker: str,
        text: str,
        spans: Sequence[Any] = (),
        *,
        segment_id: str | None = None,
    ) -> list[CardHit]:
        """Act on one final redacted segment; the cards it showed.

        speaker: the user id of the party who spoke, or "caller" / "callee". spans: the
        redacted ranges of `text` — (start, end) pairs, or objects or mappings with start
        and end — inside which no card triggers (a placeholder is not something said).
        Never raises: a failure here must not stop the live transcript (it is logged)."""
        try:
            return await self._on_segment(
                workspace_id, call_id, speaker, text, spans, segment_id=segment_id
            )
        except Exception as exc:  # a database hiccup: this segment shows no card
            log.error("live assist failed for a segment: %s", type(exc).__name__)
            return []

    async def _on_segment(
        self,
        workspace_id: str,
        call_id: str,
        speaker: str,
        text: str,
        spans: Sequence[Any],
        *,
        segment_id: str | None,
    ) -> list[CardHit]:
        state = await self._call(workspace_id, call_id)
        if state is None:
            return []
        view = state.view
        party = _party(view, speaker)
        if party is None:
            return []
        role: Role = "agent" if party == "callee" else "customer"
        cards = await self._cards_of(workspace_id)
        redacted = _ranges(spans)
        # Fuzzy phrase matching over many cards takes milliseconds: not on the event loop.
        found = await asyncio.to_thread(
            match, cards.cards, Segment(text, role, segment_id), aliases=cards.aliases
        )
        now = self.clock()
        hits = [h for h in found if not any(a < h.span[1] and h.span[0] < b for a, b in redacted)]
        fresh = [
            h for h in hits if now - state.shown.get(h.card_id, -DEDUP_SECONDS) >= DEDUP_SECONDS
        ]
        for hit in fresh:
            state.shown[hit.card_id] = now
            self._send(
                workspace_id,
                view,
                CARD,
                {
                    "call_id": call_id,
                    "card_id": hit.card_id,
                    "title": hit.title,
                    "body": hit.body,
                    "link": hit.link,
                    "segment_id": segment_id,
                    "span_start": str(hit.span[0]),
                    "span_end": str(hit.span[1]),
                    "speaker": party,
                },
            )
        mood = await asyncio.to_thread(state.sentiment.add, party, text)
        if mood is not None:
            self._send(
                workspace_id,
                view,
                SENTIMENT,
                {
                    "call_id": call_id,
                    "party": party,
                    "role": role,
                    "score": f"{mood.score:.4f}",
                    "label": mood.label,
                },
            )
        return fresh

    def forget(self, call_id: str) -> None:
        self._calls.pop(call_id, None)

    def _send(
        self, workspace_id: str, view: _CallView, kind: str, data: dict[str, str | None]
    ) -> None:
        if view.callee_user_id is not None and view.agent_device_id is not None:
            self.bus.publish(
                workspace_id,
                [view.callee_user_id],
                Event(kind, workspace_id, {**data, "device_id": view.agent_device_id}),
            )
        if view.supervisors:
            self.bus.publish(workspace_id, view.supervisors, Event(kind, workspace_id, data))

    async def _call(self, workspace_id: str, call_id: str) -> _CallState | None:
        now = self.clock()
        self._prune(now)
        state = self._calls.get(call_id)
        if state is not None and now - state.looked_up < CALL_TTL:
            state.touched = now
            return state
        view = await asyncio.to_thread(self._load_view, workspace_id, call_id)
        if view is None:
            self._calls.pop(call_id, None)
            return None
        if state is None:
            state = self._calls[call_id] = _CallState(view, now, now)
        else:
            state.view, state.looked_up, state.touched = view, now, now
        return state

    def _prune(self, now: float) -> None:
        for call_id in [c for c, s in self._calls.items() if now - s.touched > IDLE_SECONDS]:
            del self._calls[call_id]

    def _load_view(self, workspace_id: str, call_id: str) -> _CallView | None:
        with self.db.read() as s:
            call = repo.load(s, workspace_id, call_id)
            if call is None:
                return None
            parties = [u for u in (call.caller_user_id, call.callee_user_id) if u]
            supervisors: set[str] = set()
            for party in parties:
                for membership in identity_repo.memberships(s, workspace_id, party):
                    for m in identity_repo.group_members(s, workspace_id, membership.group_id):
                        if m.is_supervisor:
                            supervisors.add(m.user_id)
            allowed = []
            for user_id in sorted(supervisors - set(parties)):
                user = identity_repo.user(s, workspace_id, user_id)
                if (
                    user is not None
                    and user.status == "active"
                    and any(allows(user.role, p, None) for p in _SUPERVISING_ROLES)
                ):
                    allowed.append(user_id)
            return _CallView(
                caller_user_id=call.caller_user_id,
                callee_user_id=call.callee_user_id,
                agent_device_id=call.callee_device_id,
                supervisors=tuple(allowed),
            )

    async def _cards_of(self, workspace_id: str) -> _Cards:
        cached = self._cards.get(workspace_id)
        if cached is not None and self.clock() - cached.loaded < CARDS_TTL:
            return cached
        cards, aliases = await asyncio.to_thread(self._load_cards, workspace_id)
        fresh = _Cards(cards, aliases, self.clock())
        self._cards[workspace_id] = fresh
        return fresh

    def _load_cards(self, workspace_id: str) -> tuple[list[AssistCard], dict[str, Sequence[str]]]:
        with self.db.read() as s:
            return cards_service.live_cards(s, self.keyring, workspace_id)


def _party(view: _CallView, speaker: str) -> str | None:
    if speaker in ("caller", view.caller_user_id):
        return "caller"
    if speaker == "callee" or (view.callee_user_id is not None and speaker == view.callee_user_id):
        return "callee"
    return None


def _ranges(spans: Sequence[Any]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for span in spans:
        if isinstance(span, Mapping):
            start, end = span.get("start"), span.get("end")
        elif isinstance(span, (tuple, list)) and len(span) >= 2:
            start, end = span[0], span[1]
        else:
            start, end = getattr(span, "start", None), getattr(span, "end", None)
        if isinstance(start, int) and isinstance(end, int):
            out.append((start, end))
    return out

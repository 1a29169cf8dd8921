"""The alert rules: what in one workspace's audit log is worth telling its owners, admins
and auditors about, and the thresholds (each default says why that number).

Rules read audit entries only (`Observed`: the entry with its address already replaced by a
keyed hash), never the domains' tables: the log is the one record of what happened, and an
alert must rest on entries anyone allowed to read the log can open (its evidence).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from callvault.core.permissions import PERMISSIONS, Role

INFO, WARNING, CRITICAL = "info", "warning", "critical"

# Entries the alerts write themselves: never evidence of anything (an alert about alerts
# would feed itself).
OWN_ACTIONS = "alert."

DENIED = "access.denied"

# A guessed password or code, counted against the account it was for. Sign-in failures are
# audited only for accounts that exist (a made-up one has nobody to warn).
SIGN_IN_FAILURES = frozenset(
    {
        "sign_in.failure",
        "sign_in.second_step_failure",
        "mfa.replacement_code_failure",
        "mfa.enrolment_code_failure",
    }
)
# A wrong password re-entered before a protected change (identity/reauthentication.py): the
# acting user's own password is what is being guessed, from their (maybe hijacked) session.
REAUTHENTICATION_DENIALS = frozenset(
    {
        "workspace.mfa_policy_denied",
        "user.mfa_reset_denied",
        "user.password_reset_denied",
        "sso.configure_denied",
        "workspace.close_denied",
    }
)

# Reads that hand content out: recordings, voicemail (and greetings), transcripts and what
# is derived from them, chat attachments, playback links, and exports (each export counts
# as one item: it is a whole list at once).
CONTENT_READS = frozenset(
    {
        "recording.read",
        "recording.playback_link",
        "voicemail.get",
        "voicemail.read",
        "voicemail.playback_link",
        "voicemail_greeting.read",
        "voicemail_greeting.playback_link",
        "transcript.read.",
        "chat.attachment.read",
    }
)
EXPORTS = frozenset(
    {"call.export", "contact.export", "analytics.export", "audit.export", "training.exported"}
)

# Scopes only owners and admins hold: a token with any of them can change the workspace.
ADMIN_SCOPES = frozenset(
    p.value for p, roles in PERMISSIONS.items() if roles <= {Role.OWNER, Role.ADMIN}
)


@dataclass(frozen=True, slots=True)
class Observed:
    """One audit entry as the rules see it."""

    id: str
    seq: int
    at: datetime
    actor_type: str
    actor_id: str
    action: str
    object_type: str | None
    object_id: str | None
    address: str | None  # keyed hash of the sealed address, None when it had none
    details: Mapping[str, Any] = field(default_factory=dict)

    def is_action(self, actions: frozenset[str]) -> bool:
        return self.action in actions or any(
            a.endswith(".") and self.action.startswith(a) for a in actions
        )


@dataclass(frozen=True, slots=True)
class WindowRule:
    """Raised when one subject reaches `threshold` entries (or distinct items) within
    `window`; while the alert is open, the subject's further entries add to it."""

    name: str
    severity: str
    subject_type: str
    window: timedelta
    threshold: int
    actions: frozenset[str]  # what the lookback reads ("x." for a family)
    subject: Callable[[Observed], str | None]
    distinct: Callable[[Observed], str] | None = None
    # Narrows the audit log to the evidence (the page's link): filter fields by name.
    audit_filter: Callable[[str], dict[str, str]] = lambda _subject: {}

    def matches(self, entry: Observed) -> str | None:
        return self.subject(entry) if entry.is_action(self.actions) else None


@dataclass(frozen=True, slots=True)
class EventRule:
    """Raised once per matching entry: a change that lowers the workspace's protection."""

    name: str
    severity: str
    # The details the summary needs, or None when the entry is not one of these.
    check: Callable[[Observed], dict[str, Any] | None]


def _actor(entry: Observed) -> str | None:
    # A signed-in user or token; an anonymous caller has no identity to follow.
    return entry.actor_id if entry.actor_type in ("user", "api_token") else None


def _account(entry: Observed) -> str | None:
    if entry.action in SIGN_IN_FAILURES:
        return entry.object_id if entry.object_type == "user" else None
    if entry.details.get("reason") == "reauthentication_failed":
        return _actor(entry)
    return None


def _item(entry: Observed) -> str:
    if entry.action in EXPORTS:
        return f"export:{entry.id}"
    family = "transcript" if entry.action.startswith("transcript.read.") else "content"
    return f"{family}:{entry.object_type}:{entry.object_id}"


GUESSES = SIGN_IN_FAILURES | REAUTHENTICATION_DENIALS

WINDOW_RULES: tuple[WindowRule, ...] = (
    # Probing: the app never offers a member an admin page, so a few stray refusals come
    # from a stale tab or bookmark; ten in ten minutes is someone (or a script) trying
    # routes their role does not allow.
    WindowRule(
        name="repeated_denials",
        severity=WARNING,
        subject_type="actor",
        window=timedelta(minutes=10),
        threshold=10,
        actions=frozenset({DENIED}),
        subject=lambda e: _actor(e) if e.action == DENIED else None,
        audit_filter=lambda s: {"action": DENIED, "actor_id": s},
    ),
    # Guessing one account: the sign-in throttle lets 5 wrong guesses per account and
    # address through in its 15-minute window before it starts to slow them down; a person
    # who forgot their password rarely spends all of them, so 5 in 15 minutes (from any
    # addresses) means the account's free guesses are being used up on purpose.
    WindowRule(
        name="sign_in_attack",
        severity=WARNING,
        subject_type="account",
        window=timedelta(minutes=15),
        threshold=5,
        actions=GUESSES,
        subject=_account,
        audit_filter=lambda s: {"object_id": s},
    ),
    # Password spraying: one address failing against 4 different accounts in 15 minutes. A
    # shared office address sees a colleague or two mistype; four distinct accounts is a
    # list being worked through (each account staying under its own throttle).
    WindowRule(
        name="password_spraying",
        severity=CRITICAL,
        subject_type="address",
        window=timedelta(minutes=15),
        threshold=4,
        actions=GUESSES,
        subject=lambda e: e.address if _account(e) is not None else None,
        distinct=lambda e: _account(e) or "",
        audit_filter=lambda _s: {"action": "sign_in.failure"},
    ),
    # Data pulled out: 30 distinct recordings, voicemails, transcripts, attachments or
    # exports in an hour. A supervisor reviewing calls listens to a handful an hour (each
    # takes minutes); 30 different items is beyond anyone listening or reading them.
    WindowRule(
        name="mass_access",
        severity=WARNING,
        subject_type="actor",
        window=timedelta(hours=1),
        threshold=30,
        actions=CONTENT_READS | EXPORTS,
        subject=lambda e: _actor(e) if e.is_action(CONTENT_READS | EXPORTS) else None,
        distinct=_item,
        audit_filter=lambda s: {"actor_id": s},
    ),
)


def _mfa_lifted(e: Observed) -> dict[str, Any] | None:
    return {} if e.action == "workspace.mfa_policy" and e.details.get("required") is False else None


def _privileged_role(e: Observed) -> dict[str, Any] | None:
    role = e.details.get("to_role") if e.action == "user.update" else None
    if e.action == "user.create":
        role = e.details.get("role")
    return {"role": role} if role in (Role.OWNER, Role.ADMIN) else None


def _admin_token(e: Observed) -> dict[str, Any] | None:
    if e.action != "api_token.create":
        return None
    scopes = sorted(ADMIN_SCOPES & set(e.details.get("scopes") or ()))
    return {"scopes": scopes} if scopes else None


def _action(action: str) -> Callable[[Observed], dict[str, Any] | None]:
    return lambda e: {} if e.action == action else None


# Protections lowered: each one is worth a look even once, so each raises its own alert.
EVENT_RULES: tuple[EventRule, ...] = (
    EventRule("mfa_requirement_lifted", CRITICAL, _mfa_lifted),
    EventRule("sso_changed", WARNING, _action("sso.configure")),
    EventRule("factor_reset", WARNING, _action("user.mfa_reset")),
    EventRule("password_reset", WARNING, _action("user.password_reset")),
    EventRule("privileged_role_granted", WARNING, _privileged_role),
    EventRule("admin_token_created", WARNING, _admin_token),
    EventRule("closure_started", CRITICAL, _action("workspace.close_request")),
    # The scheduled rotation is the "scheduler" actor; anyone else rotating is unusual
    # (a suspected key compromise, or someone covering tracks): worth knowing, not alarming.
    EventRule(
        "keys_rotated",
        INFO,
        lambda e: {} if e.action == "keys.rotate" and e.actor_id != "scheduler" else None,
    ),
)

# Raised by a verification of the audit chain that finds it was tampered with.
CHAIN_TAMPERED = "audit_chain_tampered"

RULE_NAMES = frozenset(
    {r.name for r in WINDOW_RULES} | {r.name for r in EVENT_RULES} | {CHAIN_TAMPERED}
)

# How far back a run looks for the entries that came before the new ones (the widest window).
LOOKBACK = max(r.window for r in WINDOW_RULES)

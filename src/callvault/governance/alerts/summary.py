"""One sentence per alert, from its rule and stored fields (no names, no addresses: the web
app puts names to user ids for people allowed to see them)."""

from __future__ import annotations

from typing import Any

WINDOW_SENTENCES = {
    "repeated_denials": "{subject} was refused {count} requests their role does not allow "
    "(probing for access).",
    "sign_in_attack": "{count} wrong passwords or codes were tried against the account of "
    "{subject}.",
    "password_spraying": "One address (key {short}) failed to sign in to {distinct} "
    "different accounts ({count} attempts).",
    "mass_access": "{subject} read {distinct} different recordings, voicemails, transcripts "
    "or exports within an hour ({count} reads).",
}

EVENT_SENTENCES = {
    "mfa_requirement_lifted": "{actor} lifted the two-step sign-in requirement.",
    "sso_changed": "{actor} changed single sign-on.",
    "factor_reset": "{actor} reset the two-step factor of {subject}.",
    "password_reset": "{actor} reset the password of {subject}.",
    "privileged_role_granted": "{actor} made {subject} {role}.",
    "admin_token_created": "{actor} created an API token with admin scopes ({scopes}).",
    "closure_started": "{actor} started closing the workspace (its keys will be destroyed).",
    "keys_rotated": "{actor} rotated the workspace's keys outside the schedule.",
    "audit_chain_tampered": "The audit log failed verification: {problems}.",
}


def describe(rule: str, subject: str, count: int, details: dict[str, Any]) -> str:
    text = _sentence(rule, subject, count, details)
    return text[:1].upper() + text[1:]


def _sentence(rule: str, subject: str, count: int, details: dict[str, Any]) -> str:
    if rule in WINDOW_SENTENCES:
        return WINDOW_SENTENCES[rule].format(
            subject=_who(subject),
            short=subject[:12],
            count=count,
            distinct=details.get("distinct", count),
        )
    template = EVENT_SENTENCES.get(rule, rule)
    return template.format(
        actor=_who(str(details.get("actor_id") or "someone")),
        subject=_who(subject),
        role=details.get("role", ""),
        scopes=", ".join(details.get("scopes") or ()),
        problems=", ".join(details.get("problems") or ()) or "see the verification",
    )


def _who(actor_id: str) -> str:
    return {"cli": "The operator (CLI)", "scheduler": "The scheduler"}.get(
        actor_id, f"user {actor_id}"
    )

"""A workspace's voice-intelligence settings: on or off, language, which PII types are
redacted and how audio is redacted, and an optional OpenAI-compatible endpoint for notes.
An LLM endpoint only ever receives redacted text; its API key is sealed and never returned."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from callvault.audit.service import AuditLog
from callvault.core.clock import utcnow
from callvault.core.context import Actor
from callvault.core.permissions import Permission, require
from callvault.crypto.keyring import Keyring
from callvault.intelligence.errors import InvalidSettings
from callvault.intelligence.models import IntelligenceSettings
from callvault.intelligence.notes.destination import RefusedDestination, check_url
from callvault.intelligence.schemas import SettingsIn, SettingsOut

DEFAULT_ENTITIES = (
    "card_number",
    "card_expiry",
    "card_security_code",
    "bank_account",
    "routing_number",
    "ssn",
    "member_id",
    "phone",
    "email",
    "date_of_birth",
    "address",
)
_KEY_FIELD = "llm_api_key"


@dataclass(frozen=True, slots=True)
class Effective:
    """Settings as the pipeline uses them (with the API key opened)."""

    enabled: bool
    language: str
    entity_types: frozenset[str]
    audio_redaction: str
    fail_closed_digits: bool
    redact_party_names: bool
    hide_flagged: bool
    llm_base_url: str | None
    llm_model: str | None
    llm_api_key: str | None
    dictionary_version: int


def _row(session: Session, workspace_id: str) -> IntelligenceSettings | None:
    return session.get(IntelligenceSettings, workspace_id)


def _defaults(workspace_id: str) -> IntelligenceSettings:
    return IntelligenceSettings(
        workspace_id=workspace_id,
        enabled=False,
        language="en",
        entity_types=list(DEFAULT_ENTITIES),
        audio_redaction="tone",
        fail_closed_digits=True,
        redact_party_names=True,
        hide_flagged=True,
        dictionary_version=0,
    )


def _out(row: IntelligenceSettings) -> SettingsOut:
    return SettingsOut(
        enabled=row.enabled,
        language=row.language,
        entity_types=list(row.entity_types),
        audio_redaction=row.audio_redaction,
        fail_closed_digits=row.fail_closed_digits,
        redact_party_names=row.redact_party_names,
        hide_flagged=row.hide_flagged,
        llm_base_url=row.llm_base_url,
        llm_model=row.llm_model,
        llm_api_key_set=row.llm_api_key_sealed is not None,
        dictionary_version=row.dictionary_version,
    )


def effective(session: Session, keyring: Keyring, workspace_id: str) -> Effective:
    row = _row(session, workspace_id) or _defaults(workspace_id)
    key = None
    if row.llm_api_key_sealed is not None:
        key = keyring.cipher(session, workspace_id).open_text(
            row.llm_api_key_sealed, kind="vi_settings", object_id=workspace_id, field=_KEY_FIELD
        )
    return Effective(
        enabled=row.enabled,
        language=row.language,
        entity_types=frozenset(row.entity_types),
        audio_redaction=row.audio_redaction,
        fail_closed_digits=row.fail_closed_digits,
        redact_party_names=row.redact_party_names,
        hide_flagged=row.hide_flagged,
        llm_base_url=row.llm_base_url,
        llm_model=row.llm_model,
        llm_api_key=key,
        dictionary_version=row.dictionary_version,
    )


def get_settings(session: Session, *, actor: Actor) -> SettingsOut:
    require(actor.role, actor.scopes, Permission.INTELLIGENCE_MANAGE)
    return _out(_row(session, actor.workspace_id) or _defaults(actor.workspace_id))


def own_ports(server_port: int | None) -> frozenset[int]:
    return frozenset({server_port}) if server_port else frozenset()


def update_settings(
    session: Session,
    *,
    keyring: Keyring,
    audit: AuditLog,
    actor: Actor,
    data: SettingsIn,
    server_port: int | None = None,
) -> SettingsOut:
    """Change settings; the audit entry names what changed, never the API key. server_port:
    the API's own port, which the notes endpoint may not point at."""
    require(actor.role, actor.scopes, Permission.INTELLIGENCE_MANAGE)
    ws = actor.workspace_id
    row = _row(session, ws)
    if row is None:
        row = _defaults(ws)
        session.add(row)
    changed = data.model_dump(exclude_unset=True)
    if "enabled" in changed and data.enabled is not None:
        row.enabled = data.enabled
    if data.language is not None:
        row.language = data.language
    if data.entity_types is not None:
        row.entity_types = sorted(set(data.entity_types))
    if data.audio_redaction is not None:
        row.audio_redaction = data.audio_redaction
    if data.fail_closed_digits is not None:
        row.fail_closed_digits = data.fail_closed_digits
    if data.redact_party_names is not None:
        row.redact_party_names = data.redact_party_names
    if data.hide_flagged is not None:
        row.hide_flagged = data.hide_flagged
    if "llm_base_url" in changed:
        url = str(data.llm_base_url) if data.llm_base_url else None
        if url is not None:
            # https only (plain http would carry call text unencrypted) and never to an
            # internal address or service: see notes.destination. Checked again at connect.
            try:
                check_url(url, refused_ports=own_ports(server_port))
            except RefusedDestination as exc:
                raise InvalidSettings(
                    f"llm_base_url is refused: {exc}.", field="llm_base_url"
                ) from None
        row.llm_base_url = url.rstrip("/") if url else None
    if data.llm_model is not None:
        row.llm_model = data.llm_model
    if "llm_api_key" in changed:
        row.llm_api_key_sealed = (
            keyring.cipher(session, ws).seal_text(
                data.llm_api_key, kind="vi_settings", object_id=ws, field=_KEY_FIELD
            )
            if data.llm_api_key
            else None
        )
    if row.llm_base_url and not row.llm_model:
        raise InvalidSettings("Give llm_model with llm_base_url.", field="llm_model")
    row.updated_at = utcnow()
    session.flush()
    audit.record(
        session,
        workspace_id=ws,
        actor=actor,
        action="intelligence.settings.update",
        object_type="workspace",
        object_id=ws,
        details={"changed": sorted(changed)},
    )
    return _out(row)


def bump_dictionary_version(session: Session, workspace_id: str) -> int:
    row = _row(session, workspace_id)
    if row is None:
        row = _defaults(workspace_id)
        session.add(row)
    row.dictionary_version = (row.dictionary_version or 0) + 1
    row.updated_at = utcnow()
    session.flush()
    return row.dictionary_version

"""Voicemail: delivery from the telephony side (streamed, idempotent with an Idempotency-Key),
list (cursor-paginated) and unread count, read and mark, range playback (bearer or signed
link), deletion one by one or in bulk by filter; per-user greetings."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Header, Query, Request
from fastapi.responses import Response

from callvault.comms.audio.errors import InvalidPlaybackLink
from callvault.comms.audio.ranges import AudioBody
from callvault.comms.bulk import BulkDeleteOut, CountChanged
from callvault.comms.voicemail import bulk, greetings
from callvault.comms.voicemail import service as voicemail
from callvault.comms.voicemail.errors import (
    DeliveryConflict,
    DeliveryInProgress,
    MailboxNotFound,
)
from callvault.comms.voicemail.ingest import deliver_message
from callvault.comms.voicemail.schemas import (
    PAGE_DEFAULT,
    PAGE_MAX,
    GreetingOut,
    MarkIn,
    PlaybackLinkOut,
    UnreadCountOut,
    VoicemailBulkDeleteIn,
    VoicemailDeletionOut,
    VoicemailOut,
    VoicemailPageOut,
)
from callvault.core.instants import Instant
from callvault.core.permissions import Permission
from callvault.intelligence.errors import RedactionPending
from callvault.web.access import public, rule
from callvault.web.audio import AUDIO_UPLOAD, audio_response, audio_responses, stream_upload
from callvault.web.deps import ActorDep, ContainerDep
from callvault.web.model_response import ModelResponse, in_thread
from callvault.web.openapi_doc import CURSOR, documented
from callvault.web.query_params import TRUE_OR_FALSE

router = APIRouter(tags=["voicemail"])

UPLOAD_PATHS = (
    r"/api/v1/voicemail/mailboxes/[^/]+/messages",
    r"/api/v1/voicemail/mailboxes/[^/]+/greeting",
)

_UUID = r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"
MailboxQuery = Annotated[
    str | None,
    Query(pattern=_UUID, description="Only this mailbox (a user's id); default: all you may read."),
]


@router.post(
    "/voicemail/mailboxes/{mailbox_id}/messages",
    status_code=201,
    openapi_extra={**rule(Permission.VOICEMAIL_INGEST), **AUDIO_UPLOAD},
    responses={
        200: {"description": "A retry (same Idempotency-Key and audio): the stored message"},
        **documented(DeliveryConflict, DeliveryInProgress),
    },
)
async def deliver(
    mailbox_id: str,
    request: Request,
    response: Response,
    a: ActorDep,
    c: ContainerDep,
    caller_number: Annotated[
        str | None,
        Query(
            min_length=1,
            max_length=40,
            description="The caller's phone number, in international form.",
            examples=["+14155550100"],
        ),
    ] = None,
    caller_user_id: Annotated[
        str | None, Query(pattern=_UUID, description="The caller, when a workspace user.")
    ] = None,
    caller_contact_id: Annotated[
        str | None, Query(pattern=_UUID, description="The caller, when a known contact.")
    ] = None,
    received_at: Annotated[
        Instant | None,
        Query(description="When the message was left (ISO 8601 with a zone); default: now."),
    ] = None,
    idempotency_key: Annotated[
        str | None,
        Header(
            min_length=1,
            max_length=200,
            pattern=r"^[\x21-\x7e]+$",
            description="Any unique key (printable ASCII) per message: a retry with the same "
            "key and audio is stored once.",
        ),
    ] = None,
) -> VoicemailOut:
    """The body is the message's audio, streamed; the caller and time are query parameters.
    A retry with the same Idempotency-Key and bytes answers 200 with the stored message."""
    delivered = await stream_upload(
        request,
        lambda chunks: deliver_message(
            c.db,
            keyring=c.keyring,
            blobs=c.blobs,
            audit=c.audit,
            hooks=c.voicemail_hooks,
            actor=a,
            mailbox_id=mailbox_id,
            caller_number=caller_number,
            caller_user_id=caller_user_id,
            caller_contact_id=caller_contact_id,
            received_at=received_at,
            idempotency_key=idempotency_key,
            chunks=chunks,
        ),
    )
    if delivered.replayed:
        response.status_code = 200
    return delivered.message


@router.get(
    "/voicemail/messages",
    openapi_extra=rule(Permission.VOICEMAIL_READ),
    response_model=VoicemailPageOut,
)
async def list_messages(
    a: ActorDep,
    c: ContainerDep,
    mailbox_id: MailboxQuery = None,
    unread: Annotated[
        bool | None,
        TRUE_OR_FALSE,
        Query(description="true: unread only; false: read only; default: both."),
    ] = None,
    since: Annotated[
        Instant | None, Query(description="Messages left at or after this time (ISO 8601).")
    ] = None,
    until: Annotated[
        Instant | None, Query(description="Messages left before this time (ISO 8601).")
    ] = None,
    cursor: Annotated[str | None, Query(max_length=200, description=CURSOR)] = None,
    limit: Annotated[
        int, Query(ge=1, le=PAGE_MAX, description="Messages per page.")
    ] = PAGE_DEFAULT,
) -> ModelResponse:
    def run() -> VoicemailPageOut:  # the request's one hand-off to the thread pool
        with c.db.read() as s:  # the audited read is committed first (ADR 0015)
            return voicemail.list_messages(
                s,
                keyring=c.keyring,
                audit=c.audit,
                actor=a,
                mailbox_id=mailbox_id,
                unread=unread,
                since=since,
                until=until,
                cursor=cursor,
                limit=limit,
            )

    return await in_thread(run)


@router.post(
    "/voicemail/messages/bulk-delete",
    openapi_extra=rule(Permission.VOICEMAIL_DELETE_BULK),
    responses=documented(MailboxNotFound, CountChanged),
)
def bulk_delete(body: VoicemailBulkDeleteIn, a: ActorDep, c: ContainerDep) -> BulkDeleteOut:
    """Admins: count (dry run) or delete every message a filter matches, with its audio."""
    with c.db.write() as s:
        return bulk.bulk_delete_messages(
            s,
            blobs=c.blobs,
            audit=c.audit,
            actor=a,
            filters=body.filter,
            dry_run=body.dry_run,
            expected_count=body.expected_count,
        )


@router.get("/voicemail/unread-count", openapi_extra=rule(Permission.VOICEMAIL_READ))
def unread_count(a: ActorDep, c: ContainerDep, mailbox_id: MailboxQuery = None) -> UnreadCountOut:
    with c.db.read() as s:
        return voicemail.unread_count(s, actor=a, mailbox_id=mailbox_id)


@router.get(
    "/voicemail/playback/{token}",
    openapi_extra=public(),
    response_class=Response,
    responses={**audio_responses(RedactionPending), **documented(InvalidPlaybackLink)},
)
def play_link(token: str, request: Request, c: ContainerDep) -> Response:
    """A message's or greeting's audio through a playback link (no Authorization header)."""

    def body() -> AudioBody:
        with c.db.write() as s:
            return voicemail.play_link(
                s,
                keyring=c.keyring,
                blobs=c.blobs,
                audit=c.audit,
                token=token,
                range_header=request.headers.get("range"),
                renditions=c.renditions,
            )

    return audio_response(body)


@router.get("/voicemail/messages/{voicemail_id}", openapi_extra=rule(Permission.VOICEMAIL_READ))
def get_message(voicemail_id: str, a: ActorDep, c: ContainerDep) -> VoicemailOut:
    with c.db.read() as s:  # the audited read is committed first (ADR 0015)
        return voicemail.get_message(
            s, keyring=c.keyring, audit=c.audit, actor=a, message_id=voicemail_id
        )


@router.patch("/voicemail/messages/{voicemail_id}", openapi_extra=rule(Permission.VOICEMAIL_READ))
def mark_message(voicemail_id: str, body: MarkIn, a: ActorDep, c: ContainerDep) -> VoicemailOut:
    with c.db.write() as s:
        return voicemail.mark_message(
            s, keyring=c.keyring, audit=c.audit, actor=a, message_id=voicemail_id, read=body.read
        )


@router.get(
    "/voicemail/messages/{voicemail_id}/audio",
    openapi_extra=rule(Permission.VOICEMAIL_READ),
    response_class=Response,
    responses=audio_responses(RedactionPending),
)
def message_audio(voicemail_id: str, request: Request, a: ActorDep, c: ContainerDep) -> Response:
    def body() -> AudioBody:
        with c.db.read() as s:  # the audited read is committed first (ADR 0015)
            return voicemail.read_audio(
                s,
                blobs=c.blobs,
                audit=c.audit,
                actor=a,
                message_id=voicemail_id,
                range_header=request.headers.get("range"),
                renditions=c.renditions,
            )

    return audio_response(body)


@router.post(
    "/voicemail/messages/{voicemail_id}/playback", openapi_extra=rule(Permission.VOICEMAIL_READ)
)
def message_link(voicemail_id: str, a: ActorDep, c: ContainerDep) -> PlaybackLinkOut:
    with c.db.write() as s:
        url, expires = voicemail.playback_link(
            s, keyring=c.keyring, audit=c.audit, actor=a, message_id=voicemail_id
        )
    return PlaybackLinkOut(url=url, expires_at=expires)


@router.delete(
    "/voicemail/messages/{voicemail_id}", openapi_extra=rule(Permission.VOICEMAIL_DELETE)
)
def delete_message(voicemail_id: str, a: ActorDep, c: ContainerDep) -> VoicemailDeletionOut:
    with c.db.write() as s:
        return voicemail.delete_message(
            s, blobs=c.blobs, audit=c.audit, actor=a, message_id=voicemail_id
        )


@router.put(
    "/voicemail/mailboxes/{mailbox_id}/greeting",
    openapi_extra={**rule(Permission.VOICEMAIL_GREETING), **AUDIO_UPLOAD},
)
async def set_greeting(
    mailbox_id: str, request: Request, a: ActorDep, c: ContainerDep
) -> GreetingOut:
    """The body is the greeting's audio, streamed; it replaces any earlier greeting."""
    return await stream_upload(
        request,
        lambda chunks: greetings.upload_greeting(
            c.db, blobs=c.blobs, audit=c.audit, actor=a, mailbox_id=mailbox_id, chunks=chunks
        ),
    )


@router.get(
    "/voicemail/mailboxes/{mailbox_id}/greeting",
    openapi_extra=rule(Permission.VOICEMAIL_GREETING),
)
def get_greeting(mailbox_id: str, a: ActorDep, c: ContainerDep) -> GreetingOut:
    with c.db.read() as s:
        return greetings.get_greeting(s, actor=a, mailbox_id=mailbox_id)


@router.get(
    "/voicemail/mailboxes/{mailbox_id}/greeting/audio",
    openapi_extra=rule(Permission.VOICEMAIL_GREETING),
    response_class=Response,
    responses=audio_responses(),
)
def greeting_audio(mailbox_id: str, request: Request, a: ActorDep, c: ContainerDep) -> Response:
    def body() -> AudioBody:
        with c.db.write() as s:
            return greetings.read_audio(
                s,
                blobs=c.blobs,
                audit=c.audit,
                actor=a,
                mailbox_id=mailbox_id,
                range_header=request.headers.get("range"),
            )

    return audio_response(body)


@router.post(
    "/voicemail/mailboxes/{mailbox_id}/greeting/playback",
    openapi_extra=rule(Permission.VOICEMAIL_GREETING),
)
def greeting_link(mailbox_id: str, a: ActorDep, c: ContainerDep) -> PlaybackLinkOut:
    with c.db.write() as s:
        url, expires = greetings.playback_link(
            s, keyring=c.keyring, audit=c.audit, actor=a, mailbox_id=mailbox_id
        )
    return PlaybackLinkOut(url=url, expires_at=expires)


@router.delete(
    "/voicemail/mailboxes/{mailbox_id}/greeting",
    openapi_extra=rule(Permission.VOICEMAIL_GREETING),
)
def delete_greeting(mailbox_id: str, a: ActorDep, c: ContainerDep) -> VoicemailDeletionOut:
    with c.db.write() as s:
        return greetings.delete_greeting(
            s, blobs=c.blobs, audit=c.audit, actor=a, mailbox_id=mailbox_id
        )

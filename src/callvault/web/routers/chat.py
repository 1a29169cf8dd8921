"""Chat: conversations, messages, read markers, attachments, search, deletion. Real-time
events go out over the WebSocket (`web/ws.py`)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Annotated
from urllib.parse import quote, unquote

import anyio.from_thread
from fastapi import APIRouter, Header, Query, Request, Response
from fastapi.responses import StreamingResponse
from starlette.concurrency import run_in_threadpool
from starlette.requests import ClientDisconnect

from callvault.comms.bulk import BulkDeleteOut, CountChanged
from callvault.comms.chat import attachments, deletion, membership, messages, search
from callvault.comms.chat import service as chat
from callvault.comms.chat.errors import DirectConversationFixed, InvalidAttachment
from callvault.comms.chat.schemas import (
    PAGE_DEFAULT,
    PAGE_MAX,
    ConversationIn,
    ConversationListOut,
    ConversationOut,
    ConversationUpdateIn,
    DeletionReceiptOut,
    MemberRemovedOut,
    MembersIn,
    MessageBulkDeleteIn,
    MessageIn,
    MessageOut,
    MessagePageOut,
    ReadIn,
    ReadOut,
    Scope,
    SearchIn,
    SearchOut,
)
from callvault.core.permissions import Permission
from callvault.web.access import rule
from callvault.web.deps import ActorDep, ContainerDep
from callvault.web.model_response import ModelResponse, in_thread
from callvault.web.openapi_doc import CURSOR, documented, file_response, raw_body

router = APIRouter(tags=["chat"])

# The attachment upload route streams its body (see UPLOAD_PATHS in web/app.py).
UPLOAD_PATHS = (r"/api/v1/chat/conversations/[^/]+/attachments",)


@router.post(
    "/chat/conversations",
    openapi_extra=rule(Permission.CHAT_WRITE),
    status_code=201,
    responses={200: {"description": "The existing direct conversation with that person"}},
)
def create_conversation(
    body: ConversationIn, a: ActorDep, c: ContainerDep, response: Response
) -> ConversationOut:
    out, created = chat.create_conversation(
        c.db, keyring=c.keyring, audit=c.audit, bus=c.bus, actor=a, data=body
    )
    if not created:
        response.status_code = 200  # the existing 1:1
    return out


@router.get(
    "/chat/conversations",
    openapi_extra=rule(Permission.CHAT_READ),
    response_model=ConversationListOut,
)
async def list_conversations(
    a: ActorDep,
    c: ContainerDep,
    scope: Annotated[
        Scope,
        Query(
            description="`mine` (those you are in) or `visible` (also those your role lets "
            "you read: your teams' for supervisors, all for admins)."
        ),
    ] = "mine",
) -> ModelResponse:
    def run() -> ConversationListOut:  # the request's one hand-off to the thread pool
        with c.db.read() as s:
            return chat.list_conversations(s, keyring=c.keyring, actor=a, scope=scope)

    return await in_thread(run)


@router.get("/chat/conversations/{conversation_id}", openapi_extra=rule(Permission.CHAT_READ))
def get_conversation(conversation_id: str, a: ActorDep, c: ContainerDep) -> ConversationOut:
    with c.db.read() as s:  # the audited read is committed first (ADR 0015)
        return chat.get_conversation(
            s, keyring=c.keyring, audit=c.audit, actor=a, conversation_id=conversation_id
        )


@router.delete(
    "/chat/conversations/{conversation_id}", openapi_extra=rule(Permission.CHAT_DELETE_ANY)
)
def delete_conversation(conversation_id: str, a: ActorDep, c: ContainerDep) -> DeletionReceiptOut:
    return deletion.delete_conversation(
        c.db, audit=c.audit, blobs=c.blobs, bus=c.bus, actor=a, conversation_id=conversation_id
    )


@router.patch(
    "/chat/conversations/{conversation_id}",
    openapi_extra=rule(Permission.CHAT_WRITE),
    responses=documented(DirectConversationFixed),
)
def rename_conversation(
    conversation_id: str, body: ConversationUpdateIn, a: ActorDep, c: ContainerDep
) -> ConversationOut:
    return membership.rename_conversation(
        c.db,
        keyring=c.keyring,
        audit=c.audit,
        bus=c.bus,
        actor=a,
        conversation_id=conversation_id,
        title=body.title,
    )


@router.post(
    "/chat/conversations/{conversation_id}/members",
    openapi_extra=rule(Permission.CHAT_WRITE),
    responses=documented(DirectConversationFixed),
)
def add_members(
    conversation_id: str, body: MembersIn, a: ActorDep, c: ContainerDep
) -> ConversationOut:
    return membership.add_members(
        c.db,
        keyring=c.keyring,
        audit=c.audit,
        bus=c.bus,
        actor=a,
        conversation_id=conversation_id,
        user_ids=body.user_ids,
    )


@router.delete(
    "/chat/conversations/{conversation_id}/members/{user_id}",
    openapi_extra=rule(Permission.CHAT_WRITE),
    responses=documented(DirectConversationFixed),
)
def remove_member(
    conversation_id: str, user_id: str, a: ActorDep, c: ContainerDep
) -> MemberRemovedOut:
    """The group's creator or an admin removes anyone; a member may remove themselves."""
    return membership.remove_member(
        c.db, audit=c.audit, bus=c.bus, actor=a, conversation_id=conversation_id, user_id=user_id
    )


@router.post(
    "/chat/conversations/{conversation_id}/leave",
    openapi_extra=rule(Permission.CHAT_WRITE),
    responses=documented(DirectConversationFixed),
)
def leave_conversation(conversation_id: str, a: ActorDep, c: ContainerDep) -> MemberRemovedOut:
    return membership.remove_member(
        c.db,
        audit=c.audit,
        bus=c.bus,
        actor=a,
        conversation_id=conversation_id,
        user_id=a.user_id or "",
    )


@router.get(
    "/chat/conversations/{conversation_id}/messages", openapi_extra=rule(Permission.CHAT_READ)
)
def list_messages(
    conversation_id: str,
    a: ActorDep,
    c: ContainerDep,
    cursor: Annotated[str | None, Query(max_length=64, description=CURSOR)] = None,
    limit: Annotated[
        int, Query(ge=1, le=PAGE_MAX, description="Messages per page.")
    ] = PAGE_DEFAULT,
) -> MessagePageOut:
    return messages.list_messages(
        c.db,
        keyring=c.keyring,
        audit=c.audit,
        actor=a,
        conversation_id=conversation_id,
        cursor=cursor,
        limit=limit,
    )


@router.post(
    "/chat/conversations/{conversation_id}/messages",
    openapi_extra=rule(Permission.CHAT_WRITE),
    status_code=201,
)
def post_message(conversation_id: str, body: MessageIn, a: ActorDep, c: ContainerDep) -> MessageOut:
    return messages.post_message(
        c.db,
        keyring=c.keyring,
        bus=c.bus,
        actor=a,
        conversation_id=conversation_id,
        body=body.body,
    )


@router.post(
    "/chat/conversations/{conversation_id}/read", openapi_extra=rule(Permission.CHAT_WRITE)
)
def mark_read(
    conversation_id: str, a: ActorDep, c: ContainerDep, body: ReadIn | None = None
) -> ReadOut:
    return chat.mark_read(
        c.db,
        bus=c.bus,
        actor=a,
        conversation_id=conversation_id,
        message_id=body.message_id if body else None,
    )


def _body_chunks(request: Request) -> Iterator[bytes]:
    """The request body as a blocking iterator, for a worker thread that stores it."""
    stream = request.stream()

    async def next_chunk() -> bytes | None:
        try:
            return await stream.__anext__()
        except StopAsyncIteration:
            return None

    while (chunk := anyio.from_thread.run(next_chunk)) is not None:
        if chunk:
            yield chunk


@router.post(
    "/chat/conversations/{conversation_id}/attachments",
    openapi_extra={
        **rule(Permission.CHAT_WRITE),
        **raw_body("*/*", description="The file itself, of any type (its Content-Type kept)."),
    },
    status_code=201,
)
async def upload_attachment(
    conversation_id: str,
    request: Request,
    a: ActorDep,
    c: ContainerDep,
    x_filename: Annotated[
        str | None,
        Header(
            max_length=1024,
            description="The file's name, percent-encoded UTF-8; default `attachment`.",
            examples=["report%20Q3.pdf"],
        ),
    ] = None,
) -> MessageOut:
    """The raw file is the body (streamed); its name, percent-encoded UTF-8, is the
    X-Filename header (a header, not the URL, so no access log ever holds it)."""
    try:
        return await run_in_threadpool(
            attachments.upload_attachment,
            c.db,
            keyring=c.keyring,
            blobs=c.blobs,
            bus=c.bus,
            actor=a,
            conversation_id=conversation_id,
            filename="attachment" if x_filename is None else unquote(x_filename, errors="strict"),
            content_type=request.headers.get("content-type"),
            chunks=_body_chunks(request),
        )
    except UnicodeDecodeError:
        raise InvalidAttachment("X-Filename is not percent-encoded UTF-8.") from None
    except ClientDisconnect:
        raise InvalidAttachment("The upload was cut off; nothing was stored.") from None


@router.get(
    "/chat/attachments/{attachment_id}",
    openapi_extra=rule(Permission.CHAT_READ),
    response_class=StreamingResponse,
    responses=file_response("*/*", description="The file, with the type it was uploaded with"),
)
def download_attachment(attachment_id: str, a: ActorDep, c: ContainerDep) -> StreamingResponse:
    meta, data = attachments.open_attachment(
        c.db,
        keyring=c.keyring,
        audit=c.audit,
        blobs=c.blobs,
        actor=a,
        attachment_id=attachment_id,
    )
    return StreamingResponse(
        data,
        media_type=meta.content_type,
        headers={
            "content-length": str(meta.size),
            "content-disposition": f"attachment; filename*=UTF-8''{quote(meta.filename)}",
        },
    )


@router.post(
    "/chat/messages/bulk-delete",
    openapi_extra=rule(Permission.CHAT_DELETE_BULK),
    responses=documented(CountChanged),
)
def bulk_delete_messages(body: MessageBulkDeleteIn, a: ActorDep, c: ContainerDep) -> BulkDeleteOut:
    """A dry run counts; the real run names that count and is refused (409) if it changed."""
    return deletion.bulk_delete_messages(
        c.db,
        audit=c.audit,
        blobs=c.blobs,
        bus=c.bus,
        actor=a,
        filters=body.filter,
        dry_run=body.dry_run,
        expected_count=body.expected_count,
    )


@router.patch("/chat/messages/{message_id}", openapi_extra=rule(Permission.CHAT_WRITE))
def edit_message(message_id: str, body: MessageIn, a: ActorDep, c: ContainerDep) -> MessageOut:
    return messages.edit_message(
        c.db, keyring=c.keyring, bus=c.bus, actor=a, message_id=message_id, body=body.body
    )


@router.delete("/chat/messages/{message_id}", openapi_extra=rule(Permission.CHAT_WRITE))
def delete_message(message_id: str, a: ActorDep, c: ContainerDep) -> DeletionReceiptOut:
    return deletion.delete_message(
        c.db, audit=c.audit, blobs=c.blobs, bus=c.bus, actor=a, message_id=message_id
    )


@router.post("/chat/search", openapi_extra=rule(Permission.CHAT_READ))
def search_messages(body: SearchIn, a: ActorDep, c: ContainerDep) -> SearchOut:
    """A POST so the words searched for stay out of URLs and access logs."""
    with c.db.read() as s:  # the audited read is committed first (ADR 0015)
        return search.search_messages(
            s, keyring=c.keyring, audit=c.audit, actor=a, query=body.q, limit=body.limit
        )

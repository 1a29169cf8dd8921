"""Call recordings: streamed upload, list, metadata, range playback (bearer or signed link),
playback links, deletion."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Request
from fastapi.responses import Response

from callvault.comms.audio.errors import InvalidPlaybackLink
from callvault.comms.audio.ranges import AudioBody
from callvault.comms.recordings import service as recordings
from callvault.comms.recordings.errors import InvalidChannelMap
from callvault.comms.recordings.schemas import (
    Party,
    PlaybackLinkOut,
    RecordingDeletionOut,
    RecordingListOut,
    RecordingOut,
)
from callvault.comms.recordings.upload import upload_recording
from callvault.core.permissions import Permission
from callvault.intelligence.errors import RedactionPending
from callvault.web.access import public, rule
from callvault.web.audio import AUDIO_UPLOAD, audio_response, audio_responses, stream_upload
from callvault.web.deps import ActorDep, ContainerDep
from callvault.web.openapi_doc import documented

router = APIRouter(tags=["recordings"])

# Streaming upload routes (full paths under the API prefix) for the body-limit middleware.
UPLOAD_PATHS = (r"/api/v1/calls/[^/]+/recordings",)


def _channel_map(raw: str | None) -> list[Party] | None:
    if raw is None:
        return None
    try:
        return [Party(p.strip()) for p in raw.split(",")]
    except ValueError:
        raise InvalidChannelMap(
            "channel_map is a comma-separated list of caller, callee or mixed.",
            field="channel_map",
        ) from None


@router.post(
    "/calls/{call_id}/recordings",
    status_code=201,
    openapi_extra={**rule(Permission.RECORDINGS_UPLOAD), **AUDIO_UPLOAD},
)
async def upload(
    call_id: str,
    request: Request,
    a: ActorDep,
    c: ContainerDep,
    party: Annotated[
        Party | None,
        Query(description="Whose voice a one-channel file holds: `caller`, `callee` or `mixed`."),
    ] = None,
    channel_map: Annotated[
        str | None,
        Query(
            max_length=100,
            description="For a file with several channels: whose voice each channel holds, in "
            "channel order, comma-separated, each `caller`, `callee` or `mixed`.",
            examples=["caller,callee"],
        ),
    ] = None,
) -> RecordingOut:
    """The request body is the audio file itself (any supported container), streamed."""
    mapping = _channel_map(channel_map)
    return await stream_upload(
        request,
        lambda chunks: upload_recording(
            c.db,
            blobs=c.blobs,
            audit=c.audit,
            actor=a,
            call_id=call_id,
            party=party,
            channel_map=mapping,
            chunks=chunks,
            hooks=c.recording_hooks,
        ),
    )


@router.get("/calls/{call_id}/recordings", openapi_extra=rule(Permission.RECORDINGS_READ))
def list_recordings(call_id: str, a: ActorDep, c: ContainerDep) -> RecordingListOut:
    with c.db.read() as s:
        return recordings.list_for_call(s, actor=a, call_id=call_id)


@router.get(
    "/recordings/playback/{token}",
    openapi_extra=public(),
    response_class=Response,
    responses={**audio_responses(RedactionPending), **documented(InvalidPlaybackLink)},
)
def play_link(token: str, request: Request, c: ContainerDep) -> Response:
    """Audio through a playback link: no Authorization header (for `<audio src>`)."""

    def body() -> AudioBody:
        with c.db.write() as s:  # the read is audited in the same transaction
            return recordings.play_link(
                s,
                keyring=c.keyring,
                blobs=c.blobs,
                audit=c.audit,
                token=token,
                range_header=request.headers.get("range"),
                renditions=c.renditions,
            )

    return audio_response(body)


@router.get("/recordings/{recording_id}", openapi_extra=rule(Permission.RECORDINGS_READ))
def get_recording(recording_id: str, a: ActorDep, c: ContainerDep) -> RecordingOut:
    with c.db.read() as s:
        return recordings.get_recording(s, actor=a, recording_id=recording_id)


@router.get(
    "/recordings/{recording_id}/audio",
    openapi_extra=rule(Permission.RECORDINGS_READ),
    response_class=Response,
    responses=audio_responses(RedactionPending),
)
def read_audio(recording_id: str, request: Request, a: ActorDep, c: ContainerDep) -> Response:
    def body() -> AudioBody:
        with c.db.read() as s:  # the audited read is committed first (ADR 0015)
            return recordings.read_audio(
                s,
                blobs=c.blobs,
                audit=c.audit,
                actor=a,
                recording_id=recording_id,
                range_header=request.headers.get("range"),
                renditions=c.renditions,
            )

    return audio_response(body)


@router.post("/recordings/{recording_id}/playback", openapi_extra=rule(Permission.RECORDINGS_READ))
def playback_link(recording_id: str, a: ActorDep, c: ContainerDep) -> PlaybackLinkOut:
    with c.db.write() as s:
        return recordings.playback_link(
            s, keyring=c.keyring, audit=c.audit, actor=a, recording_id=recording_id
        )


@router.delete("/recordings/{recording_id}", openapi_extra=rule(Permission.RECORDINGS_DELETE))
def delete_recording(recording_id: str, a: ActorDep, c: ContainerDep) -> RecordingDeletionOut:
    with c.db.write() as s:
        return recordings.delete_recording(
            s,
            blobs=c.blobs,
            audit=c.audit,
            actor=a,
            recording_id=recording_id,
            hooks=c.recording_hooks,
        )

"""The human review queue: admins draw samples and watch the queue; reviewers take one
snippet at a time and submit its correction."""

from fastapi import APIRouter, Response

from callvault.core.permissions import Permission
from callvault.governance.review import service as review
from callvault.governance.review.audio import snippet_audio
from callvault.governance.review.schemas import (
    CorrectionIn,
    NextOut,
    QueueOut,
    SampleIn,
    SampleOut,
)
from callvault.web.access import rule
from callvault.web.deps import ActorDep, ContainerDep
from callvault.web.openapi_doc import file_response

router = APIRouter(tags=["review"])
MANAGE = rule(Permission.REVIEW_MANAGE)
WORK = rule(Permission.REVIEW_WORK)


@router.post("/review/samples", status_code=201, openapi_extra=MANAGE)
def draw_sample(body: SampleIn, a: ActorDep, c: ContainerDep) -> SampleOut:
    return review.draw_sample(c.db, keyring=c.keyring, audit=c.audit, actor=a, data=body)


@router.get("/review/queue", openapi_extra=MANAGE)
def queue(a: ActorDep, c: ContainerDep) -> QueueOut:
    with c.db.read() as s:
        return review.queue_stats(s, actor=a)


@router.post("/review/next", openapi_extra=WORK)
def next_snippet(a: ActorDep, c: ContainerDep) -> NextOut:
    with c.db.write() as s:
        return review.next_snippet(s, keyring=c.keyring, actor=a)


@router.post("/review/snippets/{snippet_id}/correction", status_code=204, openapi_extra=WORK)
def submit(snippet_id: str, body: CorrectionIn, a: ActorDep, c: ContainerDep) -> Response:
    with c.db.write() as s:
        review.submit_correction(
            s, keyring=c.keyring, audit=c.audit, actor=a, snippet_id=snippet_id, data=body
        )
    return Response(status_code=204)


@router.get(
    "/review/snippets/{snippet_id}/audio",
    openapi_extra=WORK,
    response_class=Response,
    responses=file_response("audio/wav", description="The snippet's redacted audio"),
)
def audio(snippet_id: str, a: ActorDep, c: ContainerDep) -> Response:
    """The held snippet's sentence as audio, cut from the redacted recording."""
    data = snippet_audio(c.db, keyring=c.keyring, blobs=c.blobs, actor=a, snippet_id=snippet_id)
    return Response(
        content=data, media_type="audio/wav", headers={"cache-control": "no-store, private"}
    )

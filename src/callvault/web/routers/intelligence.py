"""Voice intelligence: settings, the company dictionary, moment definitions, per-call and
per-voicemail transcripts, notes, sentiment, moments, pipeline status and re-runs, search."""

from typing import Annotated, Any, Literal

from fastapi import APIRouter, Path, Query, Response

from callvault.core.context import Actor
from callvault.core.permissions import Permission
from callvault.intelligence import config
from callvault.intelligence import search as vi_search
from callvault.intelligence import service as vi
from callvault.intelligence.dictionary import service as dictionary
from callvault.intelligence.errors import DuplicateTerm, NotReady
from callvault.intelligence.moments import apply as moment_runs
from callvault.intelligence.moments import service as moments
from callvault.intelligence.schemas import (
    ApplyMomentsIn,
    MomentIn,
    MomentListOut,
    MomentOut,
    MomentRunOut,
    MomentsOut,
    MomentVersionsOut,
    NotesOut,
    RerunIn,
    SearchIn,
    SearchOut,
    SentimentOut,
    SettingsIn,
    SettingsOut,
    StatusOut,
    TermIn,
    TermListOut,
    TermOut,
    TermUpdateIn,
    TranscriptOut,
    VerificationOut,
)
from callvault.web.access import rule
from callvault.web.deps import ActorDep, ContainerDep
from callvault.web.openapi_doc import documented
from callvault.wiring import Container

router = APIRouter(tags=["intelligence"])
READ = rule(Permission.INTELLIGENCE_READ)
MANAGE = rule(Permission.INTELLIGENCE_MANAGE)
View = Annotated[
    Literal["redacted", "raw"],
    Query(description="`redacted` (anyone who sees the call) or `raw` (owners and admins)."),
]


@router.get("/intelligence/settings", openapi_extra=MANAGE)
def get_settings(a: ActorDep, c: ContainerDep) -> SettingsOut:
    with c.db.read() as s:
        return config.get_settings(s, actor=a)


@router.patch("/intelligence/settings", openapi_extra=MANAGE)
def update_settings(body: SettingsIn, a: ActorDep, c: ContainerDep) -> SettingsOut:
    with c.db.write() as s:
        return config.update_settings(
            s,
            keyring=c.keyring,
            audit=c.audit,
            actor=a,
            data=body,
            server_port=c.settings.port,
        )


@router.get("/intelligence/dictionary", openapi_extra=MANAGE)
def list_terms(a: ActorDep, c: ContainerDep) -> TermListOut:
    with c.db.read() as s:
        return dictionary.list_terms(s, keyring=c.keyring, actor=a)


@router.post(
    "/intelligence/dictionary",
    status_code=201,
    openapi_extra=MANAGE,
    responses=documented(DuplicateTerm),
)
def add_term(body: TermIn, a: ActorDep, c: ContainerDep) -> TermOut:
    with c.db.write() as s:
        return dictionary.add_term(s, keyring=c.keyring, audit=c.audit, actor=a, data=body)


@router.patch(
    "/intelligence/dictionary/{term_id}", openapi_extra=MANAGE, responses=documented(DuplicateTerm)
)
def update_term(term_id: str, body: TermUpdateIn, a: ActorDep, c: ContainerDep) -> TermOut:
    with c.db.write() as s:
        return dictionary.update_term(
            s, keyring=c.keyring, audit=c.audit, actor=a, term_id=term_id, data=body
        )


@router.delete("/intelligence/dictionary/{term_id}", status_code=204, openapi_extra=MANAGE)
def delete_term(term_id: str, a: ActorDep, c: ContainerDep) -> Response:
    with c.db.write() as s:
        dictionary.delete_term(s, audit=c.audit, actor=a, term_id=term_id)
    return Response(status_code=204)


@router.get("/intelligence/moments", openapi_extra=READ)
def list_moments(a: ActorDep, c: ContainerDep) -> MomentListOut:
    with c.db.read() as s:
        return moments.list_moments(s, keyring=c.keyring, actor=a)


@router.post("/intelligence/moments", status_code=201, openapi_extra=MANAGE)
def create_moment(body: MomentIn, a: ActorDep, c: ContainerDep) -> MomentOut:
    with c.db.write() as s:
        return moments.create_moment(s, keyring=c.keyring, audit=c.audit, actor=a, data=body)


@router.get("/intelligence/moments/{moment_id}/versions", openapi_extra=READ)
def moment_versions(moment_id: str, a: ActorDep, c: ContainerDep) -> MomentVersionsOut:
    with c.db.read() as s:
        return moments.moment_versions(s, keyring=c.keyring, actor=a, moment_id=moment_id)


@router.put("/intelligence/moments/{moment_id}", openapi_extra=MANAGE)
def update_moment(moment_id: str, body: MomentIn, a: ActorDep, c: ContainerDep) -> MomentOut:
    with c.db.write() as s:
        return moments.update_moment(
            s, keyring=c.keyring, audit=c.audit, actor=a, moment_id=moment_id, data=body
        )


@router.delete("/intelligence/moments/{moment_id}", status_code=204, openapi_extra=MANAGE)
def delete_moment(moment_id: str, a: ActorDep, c: ContainerDep) -> Response:
    with c.db.write() as s:
        moments.delete_moment(s, audit=c.audit, actor=a, moment_id=moment_id)
    return Response(status_code=204)


@router.post("/intelligence/moments/apply", status_code=202, openapi_extra=MANAGE)
def apply_moments(body: ApplyMomentsIn, a: ActorDep, c: ContainerDep) -> MomentRunOut:
    with c.db.write() as s:
        return moment_runs.request_apply(s, audit=c.audit, actor=a, data=body)


@router.get("/intelligence/moment-runs/{run_id}", openapi_extra=MANAGE)
def get_moment_run(run_id: str, a: ActorDep, c: ContainerDep) -> MomentRunOut:
    with c.db.read() as s:
        return moment_runs.get_run(s, actor=a, run_id=run_id)


@router.post("/intelligence/search", openapi_extra=READ)
def search(body: SearchIn, a: ActorDep, c: ContainerDep) -> SearchOut:
    with c.db.read() as s:  # the audited read is committed first (ADR 0015)
        return vi_search.search(s, keyring=c.keyring, audit=c.audit, actor=a, query=body)


# --- per call and per voicemail message -----------------------------------------------------

_SOURCES = (("call", "/calls/{source_id}"), ("voicemail", "/voicemail/messages/{source_id}"))


def _routes(source_type: Literal["call", "voicemail"], base: str) -> None:
    """The same seven routes for calls and for voicemail messages (path id named per kind)."""
    param = "call_id" if source_type == "call" else "voicemail_id"
    path = base.replace("{source_id}", "{" + param + "}")
    # Evaluated here, not postponed (this module has no `from __future__ import
    # annotations`), so each closure's path parameter carries its own alias.
    SourceId = Annotated[str, Path(alias=param)]  # noqa: N806

    def status(source_id: SourceId, a: ActorDep, c: ContainerDep) -> StatusOut:
        with c.db.read() as s:
            return vi.status(s, actor=a, source_type=source_type, source_id=source_id)

    def transcript(
        source_id: SourceId, a: ActorDep, c: ContainerDep, view: View = "redacted"
    ) -> TranscriptOut:
        with c.db.read() as s:  # the audited read is committed first (ADR 0015)
            return vi.transcript(
                s, **_deps(a, c), source_type=source_type, source_id=source_id, view=view
            )

    def notes(source_id: SourceId, a: ActorDep, c: ContainerDep) -> NotesOut:
        with c.db.read() as s:  # the audited read is committed first (ADR 0015)
            return vi.notes(s, **_deps(a, c), source_type=source_type, source_id=source_id)

    def sentiment(source_id: SourceId, a: ActorDep, c: ContainerDep) -> SentimentOut:
        with c.db.read() as s:  # the audited read is committed first (ADR 0015)
            return vi.sentiment(s, **_deps(a, c), source_type=source_type, source_id=source_id)

    def moment_hits(source_id: SourceId, a: ActorDep, c: ContainerDep) -> MomentsOut:
        with c.db.read() as s:  # the audited read is committed first (ADR 0015)
            return vi.moment_hits(s, **_deps(a, c), source_type=source_type, source_id=source_id)

    def verification(source_id: SourceId, a: ActorDep, c: ContainerDep) -> VerificationOut:
        with c.db.read() as s:  # the audited read is committed first (ADR 0015)
            return vi.verification(s, **_deps(a, c), source_type=source_type, source_id=source_id)

    def rerun(source_id: SourceId, body: RerunIn, a: ActorDep, c: ContainerDep) -> StatusOut:
        with c.db.write() as s:
            return vi.rerun(
                s, **_deps(a, c), source_type=source_type, source_id=source_id, data=body
            )

    not_ready = documented(NotReady)
    for method, suffix, endpoint, access, code, errors in (
        ("GET", "/intelligence", status, READ, 200, {}),
        ("GET", "/transcript", transcript, READ, 200, not_ready),
        ("GET", "/notes", notes, READ, 200, not_ready),
        ("GET", "/sentiment", sentiment, READ, 200, not_ready),
        ("GET", "/moments", moment_hits, READ, 200, not_ready),
        ("GET", "/verification", verification, READ, 200, not_ready),
        ("POST", "/intelligence/rerun", rerun, MANAGE, 202, {}),
    ):
        router.add_api_route(
            path + suffix,
            endpoint,
            methods=[method],
            openapi_extra=access,
            responses=errors,
            status_code=code,
            name=f"{source_type}_{endpoint.__name__}",
        )


def _deps(a: Actor, c: Container) -> dict[str, Any]:
    return {"keyring": c.keyring, "audit": c.audit, "actor": a}


for _type, _base in _SOURCES:
    _routes(_type, _base)  # type: ignore[arg-type]

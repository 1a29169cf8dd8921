"""Liveness and readiness probes (no authentication, no data)."""

from __future__ import annotations

from fastapi import APIRouter
from fastapi.responses import JSONResponse
from sqlalchemy import text

from callvault.crypto.errors import CryptoError
from callvault.crypto.kms import SYSTEM_REF
from callvault.epochs.port import GLOBAL, EpochsUnavailable
from callvault.storage.backends import ready as blob_store_ready
from callvault.web.access import public
from callvault.web.deps import ContainerDep

router = APIRouter(tags=["health"])


@router.get("/healthz", openapi_extra=public())
def healthz() -> dict[str, str]:
    return {"status": "ok"}


@router.get(
    "/readyz",
    openapi_extra=public(),
    responses={503: {"description": "Not ready: the failing checks are false"}},
)
def readyz(c: ContainerDep) -> JSONResponse:
    checks: dict[str, bool] = {}
    try:
        with c.db.read() as s:
            s.execute(text("SELECT 1"))
        checks["database"] = True
    except Exception:
        checks["database"] = False
    if c.settings.kms_provider == "vault":  # the KMS answers with this node's token
        try:
            c.keyring.kms.exists(SYSTEM_REF)
            checks["keyring"] = True
        except CryptoError:
            checks["keyring"] = False
    else:
        checks["keyring"] = c.settings.effective_keyring_path.is_file()
    checks["blob_store"] = blob_store_ready(c.blobs.store)
    if c.settings.redis_url is not None:  # cluster mode: the shared store answers
        try:
            c.epochs.stamp(GLOBAL)
            checks["cluster_store"] = True
        except EpochsUnavailable:
            checks["cluster_store"] = False
    ok = all(checks.values())
    # Only what an orchestrator acts on: ready or not, and which dependency failed. Anyone can
    # ask, so no process ids, worker counts or versions (ADR 0016, addendum); which worker
    # answered is the operator's to see on the host (ps, the log).
    return JSONResponse(
        {"status": "ready" if ok else "not_ready", "checks": checks}, 200 if ok else 503
    )

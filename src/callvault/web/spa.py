"""The web app's files on the API's own TLS origin (ADR 0018).

`scripts/build-web.sh` builds `frontend/` into `web/static/`: `index.html`, a few unhashed
public files (the icon) and `assets/` with content-hashed names, each script and stylesheet
also pre-compressed (`.gz`), which browsers that accept gzip get instead. Hashed assets are
cached for a year as immutable (a new build has new names); `index.html` is `no-store`, so a
deploy reaches every browser on its next load. Every GET that is not an API path, an asset or a
public file answers `index.html` (the app routes in the browser); `/api/...` never does, so
an unknown API path stays a JSON 404. Without a build the pages answer 503 with how to make
one, rather than a crash or a bare 404.

The page's CSP allows scripts, styles, images, audio and fetches from this origin only
(no inline script or style, no eval), WebSockets back to this host, and the microphone for
this origin alone (live calls will need it).
"""

from __future__ import annotations

import re
from pathlib import Path

from fastapi import APIRouter, FastAPI, Request
from fastapi.responses import FileResponse, HTMLResponse, Response

from callvault.core.errors import NotFound

STATIC_DIR = Path(__file__).parent / "static"
IMMUTABLE = "public, max-age=31536000, immutable"
_SAFE_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,200}")
# A Host header as browsers send it (name or address, optional port): anything else is not
# put into the CSP, which would otherwise let a forged Host add sources to it.
_HOST = re.compile(r"[A-Za-z0-9.-]{1,253}(:[0-9]{1,5})?|\[[0-9A-Fa-f:.]{2,45}\](:[0-9]{1,5})?")
_TYPES = {
    ".js": "text/javascript; charset=utf-8",
    ".css": "text/css; charset=utf-8",
    ".svg": "image/svg+xml",
    ".png": "image/png",
    ".woff2": "font/woff2",
    ".json": "application/json",
    ".txt": "text/plain; charset=utf-8",
    ".map": "application/json",
}

NOT_BUILT = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>callvault: web app not built</title></head>
<body><h1>The callvault web app is not built</h1>
<p>The API is running (<code>/api/v1/...</code>). To build the web app, run
<code>make run</code> (it builds it), or <code>scripts/build-web.sh</code> and restart
<code>callvault serve</code>.</p></body></html>
"""


def page_csp(request: Request) -> str:
    host = request.headers.get("host", "")
    sockets = f" wss://{host}" if _HOST.fullmatch(host) else ""
    return (
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
        f"media-src 'self'; font-src 'self'; connect-src 'self'{sockets}; "
        "manifest-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
    )


def _page_headers(request: Request) -> dict[str, str]:
    return {
        "content-security-policy": page_csp(request),
        "permissions-policy": "camera=(), geolocation=(), microphone=(self)",
        "cache-control": "no-store",
    }


def _file(path: Path, cache: str) -> Response:
    media = _TYPES.get(path.suffix, "application/octet-stream")
    return FileResponse(path, media_type=media, headers={"cache-control": cache})


def _accepts_gzip(request: Request) -> bool:
    """Whether Accept-Encoding lists gzip (without q=0: a refusal)."""
    for part in request.headers.get("accept-encoding", "").lower().split(","):
        coding, _, params = part.strip().partition(";")
        if coding.strip() == "gzip" and params.replace(" ", "") not in ("q=0", "q=0.0", "q=0.00"):
            return True
    return False


def index(request: Request, static_dir: Path) -> Response:
    page = static_dir / "index.html"
    if not page.is_file():
        return HTMLResponse(NOT_BUILT, status_code=503, headers=_page_headers(request))
    return FileResponse(page, media_type="text/html; charset=utf-8", headers=_page_headers(request))


def install(app: FastAPI, *, api_prefix: str, static_dir: Path | None = None) -> None:
    """Add the asset, public-file and fallback routes; call after every API router."""
    static_dir = static_dir or STATIC_DIR
    router = APIRouter(include_in_schema=False)
    api = api_prefix.strip("/") + "/"

    @router.get("/assets/{name}")
    async def asset(name: str, request: Request) -> Response:
        path = static_dir / "assets" / name
        if not _SAFE_NAME.fullmatch(name) or not path.is_file():
            raise NotFound("No such asset (the app may have been rebuilt: reload the page).")
        packed = path.with_name(name + ".gz")
        if _accepts_gzip(request) and packed.is_file():
            response = _file(packed, IMMUTABLE)
            response.media_type = _TYPES.get(path.suffix, "application/octet-stream")
            response.headers["content-type"] = response.media_type
            response.headers["content-encoding"] = "gzip"
            response.headers["vary"] = "accept-encoding"
            return response
        response = _file(path, IMMUTABLE)
        response.headers["vary"] = "accept-encoding"
        return response

    @router.get("/{path:path}")
    async def app_page(path: str, request: Request) -> Response:
        if path.startswith(api) or path == api.rstrip("/"):
            raise NotFound("No such API path.")
        if path.startswith("assets/"):  # a name with a slash in it: never a built asset
            raise NotFound("No such asset.")
        if _SAFE_NAME.fullmatch(path) and path != "index.html" and (static_dir / path).is_file():
            return _file(static_dir / path, "public, max-age=3600")
        return index(request, static_dir)

    app.include_router(router)

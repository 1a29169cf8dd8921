from __future__ import annotations

from callvault.web.middleware import BodyLimit


async def _app(scope: object, receive: object, send: object) -> None:  # pragma: no cover
    return None


def test_upload_routes_get_their_own_limit() -> None:
    limit = BodyLimit(
        _app,
        max_bytes=1000,
        upload_paths=(r"/api/v1/recordings/[^/]+/audio",),
        max_upload_bytes=10**9,
    )
    assert limit.limit_for("/api/v1/recordings/abc/audio") == 10**9
    assert limit.limit_for("/api/v1/recordings/abc/audio/x") == 1000  # full match only
    assert limit.limit_for("/api/v1/users") == 1000

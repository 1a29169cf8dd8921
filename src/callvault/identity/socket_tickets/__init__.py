"""Socket tickets: a short-lived, single-use secret that lets a browser page, which cannot read
its HttpOnly session cookie, authenticate a WebSocket as that session (ADR 0025)."""

"""The web app's first load, in Debian's Chromium against a real HTTPS server holding
100,000 calls (SQLite and PostgreSQL): bytes transferred (compressed, as sent on the wire:
headers and bodies) and the time from navigation to the call log showing its 50 rows, each
load in a fresh browser context (cold cache, a session cookie already set, as after
sign-in). Baseline in the same run: the same first page of calls fetched alone over TLS by
httpx (`GET /api/v1/calls?limit=50`, a new connection each time), the part of the wait the
app cannot remove; the ratio says what the app adds (its files, start-up, rendering).

Data: bench/api_seed.py (calls in bulk as the ingestion use case writes them). Needs the
built app (scripts/build-web.sh) and /usr/bin/chromium (scripts/system-deps.sh).

    .venv/bin/python bench/web_first_load.py [--calls 100000] [--loads 15]
        [--backend sqlite|postgresql|both]
"""

from __future__ import annotations

import argparse
import json
import secrets
import ssl
import statistics
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx
import uvicorn
from playwright.sync_api import Browser, Request, sync_playwright

from api_seed import seed
from callvault.core.settings import Settings
from callvault.identity import service as identity
from callvault.web import spa
from callvault.web.browser_session import COOKIE
from callvault.web.server import https_config
from callvault.wiring import Container, initialise
from harness import free_port, password_chosen
from retention_sweep import database, say

SLUG = "bench"
PASSWORD = secrets.token_urlsafe(18)
ROWS = 50
CHROMIUM = "/usr/bin/chromium"
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def owner(c: Container) -> None:
    with c.db.write() as s:
        _, first = identity.create_workspace(
            s,
            keyring=c.keyring,
            audit=c.audit,
            slug=SLUG,
            name="Bench Inc",
            owner_email="owner@bench.example.com",
            owner_name="Owner",
            owner_password=PASSWORD,
        )
        password_chosen(s, first.id)


@contextmanager
def serving(c: Container) -> Iterator[str]:
    config = https_config(c)
    config.log_level = "warning"
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        if time.monotonic() > deadline:
            raise RuntimeError("server did not start")
        time.sleep(0.05)
    try:
        yield f"https://127.0.0.1:{c.settings.port}"
    finally:
        server.should_exit = True
        thread.join(timeout=30)


def session_token(base: str, verify: ssl.SSLContext) -> str:
    with httpx.Client(base_url=base, verify=verify) as http:
        r = http.post(
            "/api/v1/auth/browser/sign-in",
            json={"workspace": SLUG, "email": "owner@bench.example.com", "password": PASSWORD},
            headers={"x-callvault-csrf": "1"},
        )
        r.raise_for_status()
        return str(r.cookies[COOKIE])


def page_load(browser: Browser, base: str, token: str) -> tuple[float, int, int]:
    """(ms until 50 rows show, bytes on the wire, requests) for one cold load of /calls."""
    context = browser.new_context(ignore_https_errors=True)
    context.add_cookies(
        [{"name": COOKIE, "value": token, "url": base + "/", "secure": True, "httpOnly": True}]
    )
    page = context.new_page()
    finished: list[Request] = []
    page.on("requestfinished", lambda request: finished.append(request))
    t0 = time.perf_counter()
    page.goto(base + "/calls")
    page.locator("table.list tbody tr").nth(ROWS - 1).wait_for()
    elapsed = (time.perf_counter() - t0) * 1000
    page.wait_for_load_state("networkidle")
    wire = 0
    for request in finished:
        sizes = request.sizes()
        wire += sizes["responseHeadersSize"] + sizes["responseBodySize"]
    count = len(finished)
    context.close()
    return elapsed, wire, count


def api_alone(base: str, verify: ssl.SSLContext, token: str) -> float:
    """ms for the first page of calls fetched alone, on a new TLS connection."""
    t0 = time.perf_counter()
    with httpx.Client(base_url=base, verify=verify, cookies={COOKIE: token}) as http:
        r = http.get("/api/v1/calls", params={"limit": ROWS})
        r.raise_for_status()
        assert len(r.json()["calls"]) == ROWS
    return (time.perf_counter() - t0) * 1000


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def run_backend(backend: str, a: argparse.Namespace, browser: Browser) -> dict[str, Any]:
    with (
        tempfile.TemporaryDirectory(prefix="cv-web-bench-") as tmp,
        database(backend, Path(tmp)) as url,
    ):
        settings = Settings(
            data_dir=Path(tmp) / "data",
            database_url=url,
            rate_limit="1000000/minute",
            port=free_port(),
            web_processes=1,
        )
        with initialise(settings) as c:
            owner(c)
            seeded = seed(c, SLUG, contacts=100, calls=a.calls, ingested=50)
            c.db.refresh_statistics()
            with serving(c) as base:  # makes the self-signed certificate on first start
                cert, _ = settings.effective_tls_paths
                verify = ssl.create_default_context(cafile=str(cert))
                token = session_token(base, verify)
                page_load(browser, base, token)  # warm the server (first reads, caches)
                api_alone(base, verify, token)
                loads, bare = [], []
                for _ in range(a.loads):  # alternate, so drift hits both alike
                    loads.append(page_load(browser, base, token))
                    bare.append(api_alone(base, verify, token))
    times = [t for t, _, _ in loads]
    wire = statistics.median(b for _, b, _ in loads)
    out = {
        "calls": seeded.calls_ingested + seeded.calls_bulk,
        "loads": a.loads,
        "to_50_rows_ms": {"p50": statistics.median(times), "p99": pct(times, 0.99)},
        "api_alone_ms": {"p50": statistics.median(bare), "p99": pct(bare, 0.99)},
        "ratio_p50": statistics.median(times) / statistics.median(bare),
        "bytes_on_wire": wire,
        "requests": statistics.median(n for _, _, n in loads),
    }
    say(f"\n== {backend}: {out['calls']:,} calls; {a.loads} cold loads of /calls in Chromium")
    say(
        f"first load: {wire / 1024:.1f} KiB on the wire in {out['requests']:.0f} requests; "
        f"50 rows shown after p50 {out['to_50_rows_ms']['p50']:.0f} ms, "
        f"p99 {out['to_50_rows_ms']['p99']:.0f} ms"
    )
    say(
        f"baseline (GET /api/v1/calls?limit=50 alone, new TLS connection): p50 "
        f"{out['api_alone_ms']['p50']:.0f} ms, p99 {out['api_alone_ms']['p99']:.0f} ms; "
        f"ratio {out['ratio_p50']:.1f}x"
    )
    return out


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--calls", type=int, default=100_000)
    p.add_argument("--loads", type=int, default=15)
    p.add_argument("--backend", choices=["sqlite", "postgresql", "both"], default="both")
    a = p.parse_args()
    if not (spa.STATIC_DIR / "index.html").is_file():
        say("the web app is not built: run scripts/build-web.sh")
        return 2
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        try:
            out = {
                backend: run_backend(backend, a, browser)
                for backend in (("sqlite", "postgresql") if a.backend == "both" else (a.backend,))
            }
        finally:
            browser.close()
    path = Path(__file__).with_name("out") / "web_first_load.json"
    path.parent.mkdir(exist_ok=True)
    path.write_text(json.dumps(out, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())

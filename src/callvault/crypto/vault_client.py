"""The HTTP conversation with a Vault-compatible server (OpenBao, HashiCorp Vault): token
auth, TLS, renewal and retries; nothing here knows about transit.

Plain httpx, not hvac (ADR 0047): callvault uses a dozen endpoints, and a small client keeps
the token out of every log line and exception by construction. The token is sent in the
``X-Vault-Token`` header only; error messages carry the status and Vault's error text, never a
request or response body (a token lookup answers with the token itself).
"""

from __future__ import annotations

import logging
import ssl
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx

from callvault.core.vault_url import check_vault_url
from callvault.crypto.errors import KmsUnavailable

log = logging.getLogger(__name__)

# A brief connection failure (a Vault standby taking over, a restart) is retried this often,
# with these pauses; a request Vault answered is never retried.
RETRY_PAUSES = (0.1, 0.4, 1.0)


@dataclass(frozen=True, slots=True)
class VaultConfig:
    url: str
    # Secrets stay out of repr(): a logged config must not carry them.
    token: str | None = field(default=None, repr=False)
    token_file: Path | None = None
    # AppRole login (both, or neither): the token is obtained at start and again whenever
    # Vault refuses it (expired past its max TTL, revoked).
    approle_role_id: str | None = None
    approle_secret_id: str | None = field(default=None, repr=False)
    approle_mount: str = "approle"
    ca_file: Path | None = None
    timeout_seconds: float = 10.0

    @property
    def approle(self) -> bool:
        return self.approle_role_id is not None or self.approle_secret_id is not None


class VaultClient:
    """One Vault server and token; thread-safe (httpx's pool is)."""

    def __init__(self, config: VaultConfig) -> None:
        sources = [config.token is not None, config.token_file is not None, config.approle]
        if sum(sources) != 1:
            raise ValueError("give one of a Vault token, a token file or an AppRole")
        if config.approle and not (config.approle_role_id and config.approle_secret_id):
            raise ValueError("an AppRole needs its role ID and its secret ID")
        self.url = check_vault_url(config.url)
        self._config = config
        self._lock = threading.Lock()
        self._token = config.token or ("" if config.approle else self._read_token_file())
        self._renew_at: float | None = None
        # Always verified: against the given CA bundle, else the system's trust store.
        cafile = str(config.ca_file) if config.ca_file else None
        try:
            verify = ssl.create_default_context(cafile=cafile)
        except OSError as exc:
            raise KmsUnavailable(
                f"cannot read the Vault CA file {config.ca_file}: {exc.strerror or exc}"
            ) from None
        self._http = httpx.Client(
            base_url=f"{self.url}/v1/",
            timeout=httpx.Timeout(config.timeout_seconds, connect=min(config.timeout_seconds, 3)),
            verify=verify,
            follow_redirects=False,
        )

    def close(self) -> None:
        self._http.close()

    def check_token(self) -> None:
        """Look the token up (start-up): KmsUnavailable if Vault is down or refuses it; plans
        renewal of a renewable token at half its TTL."""
        if self._config.approle:
            self._login()
        status, body = self.call("GET", "auth/token/lookup-self", retry=True, renew=False)
        if status != 200:
            raise _refused(status, body, f"Vault at {self.url} (token lookup)")
        data = body.get("data") or {}
        self._plan_renewal(bool(data.get("renewable")), int(data.get("ttl") or 0))

    def call(
        self,
        method: str,
        path: str,
        payload: dict[str, Any] | None = None,
        *,
        retry: bool,
        renew: bool = True,
    ) -> tuple[int, dict[str, Any]]:
        """Send one request; return Vault's status and JSON body. Connection failures are
        retried when `retry` (the call is safe to repeat); a refused token is re-read from
        its file (an agent may have replaced it) or logged in again, once."""
        if renew:
            self._renew_if_due()
        status, body = self._send(method, path, payload, retry=retry)
        if status == 403 and self._refresh_token():
            status, body = self._send(method, path, payload, retry=retry)
        if status == 403:
            raise _refused(status, body, f"Vault at {self.url} ({method} {path})")
        if status >= 500 or status == 429:
            raise KmsUnavailable(
                f"Vault at {self.url} answered {status}: {errors_text(body)}", status=status
            )
        return status, body

    # -- internals ---------------------------------------------------------------------------

    def _send(
        self,
        method: str,
        path: str,
        payload: dict[str, Any] | None,
        *,
        retry: bool,
        anonymous: bool = False,
    ) -> tuple[int, dict[str, Any]]:
        pauses = RETRY_PAUSES if retry else ()
        for attempt in range(len(pauses) + 1):
            try:
                token = None if anonymous else self._token
                headers = {"X-Vault-Token": token} if token else {}
                response = self._http.request(method, path, json=payload, headers=headers)
                break
            except (httpx.ConnectError, httpx.ConnectTimeout, httpx.RemoteProtocolError) as exc:
                if attempt == len(pauses):
                    raise KmsUnavailable(
                        f"Vault at {self.url} is unreachable: {type(exc).__name__}: {exc}"
                    ) from None
                time.sleep(pauses[attempt])
            except httpx.HTTPError as exc:  # a timeout after sending: the server may have acted
                raise KmsUnavailable(
                    f"Vault at {self.url} did not answer: {type(exc).__name__}"
                ) from None
        try:
            body = response.json() if response.content else {}
        except ValueError:
            body = {}
        return response.status_code, body if isinstance(body, dict) else {}

    def _read_token_file(self) -> str:
        path = self._config.token_file
        assert path is not None
        try:
            token = path.read_text(encoding="utf-8").strip()
        except OSError as exc:
            raise KmsUnavailable(
                f"cannot read the Vault token file {path}: {exc.strerror}"
            ) from None
        if not token:
            raise KmsUnavailable(f"the Vault token file {path} is empty")
        return token

    def _refresh_token(self) -> bool:
        """A new token after a refusal: True when there is one to retry with."""
        if self._config.approle:
            self._login()
            return True
        if self._config.token_file is None:
            return False
        with self._lock:
            token = self._read_token_file()
            if token == self._token:
                return False
            self._token = token
            return True

    def _login(self) -> None:
        config = self._config
        status, body = self._send(
            "POST",
            f"auth/{config.approle_mount}/login",
            {"role_id": config.approle_role_id, "secret_id": config.approle_secret_id},
            retry=True,
            anonymous=True,
        )
        auth = body.get("auth") or {}
        if status != 200 or not auth.get("client_token"):
            raise KmsUnavailable(
                f"Vault at {self.url} refused the AppRole login at auth/{config.approle_mount} "
                f"({status}: {errors_text(body)}): check the role ID and secret ID",
                status=status,
            )
        with self._lock:
            self._token = str(auth["client_token"])
        self._plan_renewal(bool(auth.get("renewable")), int(auth.get("lease_duration") or 0))

    def _plan_renewal(self, renewable: bool, ttl: int) -> None:
        with self._lock:
            self._renew_at = time.monotonic() + ttl / 2 if renewable and ttl > 0 else None

    def _renew_if_due(self) -> None:
        with self._lock:
            due = self._renew_at is not None and time.monotonic() >= self._renew_at
            if due:
                self._renew_at = None  # one renewal at a time; re-planned below
        if not due:
            return
        status, body = self._send("POST", "auth/token/renew-self", {}, retry=True)
        auth = body.get("auth") or {}
        if status == 200 and auth.get("renewable") is not None:
            self._plan_renewal(bool(auth.get("renewable")), int(auth.get("lease_duration") or 0))
        else:  # the next calls tell whether the token still works; the log says why
            log.warning("renewing the Vault token failed: %s %s", status, errors_text(body))


def errors_text(body: dict[str, Any]) -> str:
    errors = body.get("errors")
    if isinstance(errors, list) and errors:
        return "; ".join(str(e) for e in errors)[:300]
    return "no detail"


def _refused(status: int, body: dict[str, Any], what: str) -> KmsUnavailable:
    return KmsUnavailable(
        f"{what} refused callvault's token ({status}: {errors_text(body)}): check the token "
        "and its policy (README, 'Cluster mode: a Vault-compatible KMS')",
        status=status,
    )

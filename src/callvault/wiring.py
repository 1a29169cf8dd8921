"""Wires a process's dependencies in one visible place (web, worker and CLI all use it)."""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import timedelta

from callvault.audit import retention as audit_retention
from callvault.audit.anchor import AnchorStore
from callvault.audit.anchor_mac import AnchorMac, LocalAnchorMac
from callvault.audit.file_anchor import FileAnchorStore, key_path_for
from callvault.audit.s3_anchor import S3AnchorStore
from callvault.audit.service import SYSTEM_KEY_NAME, AuditLog
from callvault.comms import offboarding as comms_offboarding
from callvault.comms import retention as comms_retention
from callvault.comms.audio.links import LINK_KEY_NAME
from callvault.comms.audio.renditions import RenditionPolicy
from callvault.comms.audio.stored import DELETE_BLOBS_JOB, delete_blobs_handler
from callvault.comms.calls.deletion import DerivedData
from callvault.comms.contacts.line_backfill import LINE_BACKFILL_JOB, backfill_handler
from callvault.comms.recordings.deletion import SWEEP_JOB as RECORDINGS_SWEEP_JOB
from callvault.comms.recordings.deletion import CallRecordings
from callvault.comms.recordings.deletion import sweep_stale_uploads as sweep_recordings
from callvault.comms.recordings.hooks import RecordingHooks
from callvault.comms.voicemail.deletion import SWEEP_JOB as VOICEMAIL_SWEEP_JOB
from callvault.comms.voicemail.deletion import sweep_stale_uploads as sweep_voicemail
from callvault.comms.voicemail.hooks import VoicemailHooks
from callvault.core.settings import Settings
from callvault.crypto import invalidation as key_invalidation
from callvault.crypto.keyring import Keyring
from callvault.crypto.kms import KmsProvider
from callvault.crypto.kms_factory import close_kms, kms_from_settings
from callvault.crypto.vault_kms import VaultTransitKms
from callvault.db.engine import Database
from callvault.db.migrate import upgrade
from callvault.epochs.commit_watch import watch_commits
from callvault.epochs.mmap_file import FileEpochs
from callvault.epochs.port import Epochs
from callvault.epochs.redis_epochs import RedisEpochs
from callvault.governance.alerts.delivery import Delivery
from callvault.governance.alerts.evaluation import (
    EVALUATE_EVERY,
    EVALUATE_JOB,
    VERIFY_EVERY,
    VERIFY_JOB,
    Evaluator,
    evaluate_handler,
    verify_handler,
)
from callvault.governance.closure.completion import CLOSURE_JOB, closure_handler
from callvault.governance.closure.service import SLUG_KEY_NAME
from callvault.governance.keys import rotate_due_keys
from callvault.governance.offboarding.service import HandoverStep
from callvault.governance.retention.sweep import SWEEP_EVERY as RETENTION_EVERY
from callvault.governance.retention.sweep import SWEEP_JOB as RETENTION_SWEEP_JOB
from callvault.governance.retention.sweep import sweep_handler as retention_sweep
from callvault.governance.retention.targets import PurgeTargets
from callvault.governance.training.jobs import export_handler as training_export
from callvault.governance.training.service import EXPORT_JOB as TRAINING_EXPORT_JOB
from callvault.identity import invalidation as identity_invalidation
from callvault.identity.auth import AuthPolicy
from callvault.identity.bearer import Authenticator
from callvault.identity.invitations.delivery import InvitationPolicy
from callvault.identity.jobs import PRUNE_FAILURES_JOB, prune_failures_handler
from callvault.identity.last_seen import LastSeenWriter
from callvault.identity.profile_cache import ProfileCache
from callvault.identity.sso.config import UrlPolicy
from callvault.identity.sso.discovery import ProviderClient
from callvault.identity.throttle import THROTTLE_KEY_NAME, ThrottlePolicy
from callvault.intelligence import retention as intelligence_retention
from callvault.intelligence.hooks import RedactedAudioPolicy, Starter
from callvault.intelligence.moments.apply import APPLY_JOB as MOMENTS_APPLY_JOB
from callvault.intelligence.moments.apply import apply_handler
from callvault.intelligence.pipeline.engines import Engines
from callvault.intelligence.pipeline.stages import Pipeline
from callvault.jobs.context import JobContext
from callvault.jobs.registry import HandlerRegistry
from callvault.jobs.scheduler import Schedule
from callvault.media.port import LegEvents, MediaEngine
from callvault.realtime.bus import Bus, InProcessBus
from callvault.realtime.redis_bus import RedisBus
from callvault.retention_clock import policy_cache
from callvault.retention_clock.cutoff import current_policy
from callvault.storage.backends import blob_store, check_at_start
from callvault.storage.blobstore import BlobStore
from callvault.storage.encrypted import EncryptedBlobStore
from callvault.storage.s3 import S3BlobStore

log = logging.getLogger("callvault")

KEY_ROTATION_JOB = "keys.rotate_due"
EPOCH_FILE = "epochs.bin"


@dataclass(frozen=True)
class Container:
    settings: Settings
    db: Database
    keyring: Keyring
    audit: AuditLog
    blobs: EncryptedBlobStore
    auth_policy: AuthPolicy
    # Resolves bearer tokens (cached per process, voided through `epochs`; ADR 0017).
    authenticator: Authenticator
    # Cross-process invalidation epochs: a memory-mapped file in the data directory; Redis
    # counters in cluster mode (ADR 0021).
    epochs: Epochs
    # GET /me's answers, cached and voided like the actors.
    profiles: ProfileCache
    jobs: HandlerRegistry
    schedules: tuple[Schedule, ...]
    # Real-time fan-out: in-process in embedded mode; Redis pub/sub behind the same port
    # in cluster mode.
    bus: Bus
    # What each domain lets retention purge (its data types, expiry and deletion).
    retention_targets: PurgeTargets
    # What each domain does with an offboarded user's data (reassign or delete), in order.
    offboarding_steps: tuple[HandoverStep, ...]
    # Anomaly alerts over the audit log (ADR 0048): evaluation, and delivery on the bus.
    alerts: Evaluator
    # What else goes when calls are deleted (recordings, later transcripts and notes).
    call_derived: tuple[DerivedData, ...] = ()
    # on_received: where voice intelligence queues transcription of new voicemail.
    voicemail_hooks: VoicemailHooks = field(default_factory=VoicemailHooks)
    # on_ready / on_deleted: voice intelligence starts or drops a call's transcript.
    recording_hooks: RecordingHooks = field(default_factory=RecordingHooks)
    # Which audio rendition a reader gets (redacted for roles without the raw form).
    renditions: RenditionPolicy | None = None
    engines: Engines | None = None
    # Invitation and password-reset links: lifetime, public address, and who delivers them
    # (nobody by default: the admin gets the link back; a mail sender plugs in here).
    invitations: InvitationPolicy = field(default_factory=InvitationPolicy)
    # Live calls' media (ADR 0023): builds this process's media engine, given the sink it
    # reports leg events to. None: no engine, and live calls are refused (media_unavailable).
    live_media: Callable[[LegEvents], MediaEngine] | None = None
    # Single sign-on's outbound requests (discovery, keys, tokens) and their caches (ADR 0043).
    sso: ProviderClient = field(default_factory=ProviderClient)
    # What build() started and close() stops besides the above (a cluster-mode bus).
    closers: tuple[Callable[[], None], ...] = ()

    def close(self) -> None:
        self.audit.close()  # commits the audited reads still queued
        self.authenticator.close()  # writes the "last seen" times still pending
        self.keyring.close()
        self.db.dispose()
        self.epochs.close()
        for close in self.closers:
            close()

    def __enter__(self) -> Container:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()


def prepare_data_dir(settings: Settings) -> None:
    """Create the data directory readable by this user only."""
    blob_dirs = [settings.effective_blob_dir] if settings.blob_backend == "filesystem" else []
    for path in (settings.data_dir, *blob_dirs, settings.data_dir / "tls"):
        path.mkdir(parents=True, exist_ok=True, mode=0o700)
    os.chmod(settings.data_dir, 0o700)


def retention_targets() -> PurgeTargets:
    """Every domain's retention targets: a new domain's data types are one more line here."""
    targets = PurgeTargets(
        [
            *comms_retention.purge_targets(),
            *intelligence_retention.purge_targets(),
            audit_retention.PURGE_TARGET,
        ]
    )
    if missing := targets.missing():  # a policy for it would hide items nothing ever purges
        raise RuntimeError(f"no retention purge target for {[t.value for t in missing]}")
    return targets


# Every domain's part of offboarding a user: a new domain with per-user data adds its step.
OFFBOARDING_STEPS: tuple[HandoverStep, ...] = (
    comms_offboarding.contacts,
    comms_offboarding.voicemail,
    comms_offboarding.chat,
)


def cluster_bus(settings: Settings) -> RedisBus:
    """The event bus of a process in cluster mode (ADR 0021); start() it before use."""
    if settings.redis_url is None:
        raise ValueError("cluster mode needs CALLVAULT_REDIS_URL")
    return RedisBus(settings.redis_url, prefix=settings.redis_prefix)


def anchor_store(settings: Settings, blobs: BlobStore, kms: KmsProvider) -> AnchorStore:
    """The audit anchor the settings choose: the file beside the keyring, or objects in the
    blob bucket MAC'd by Vault transit or the local key file (checked here: AnchorUnavailable
    or KmsUnavailable say what is wrong)."""
    if settings.audit_anchor_backend == "file":
        return FileAnchorStore(settings.effective_audit_anchor_path)
    assert isinstance(blobs, S3BlobStore)  # Settings refuses s3 anchors without s3 blobs
    mac: AnchorMac
    if isinstance(kms, VaultTransitKms):
        mac = kms.hmac_key("anchor")
    else:
        mac = LocalAnchorMac(key_path_for(settings.effective_audit_anchor_path))
    anchors = S3AnchorStore(
        blobs.client,
        blobs.bucket,
        mac=mac,
        prefix=blobs.prefix,
        lock_days=settings.audit_anchor_lock_days,
    )
    anchors.check()
    return anchors


def build(settings: Settings, *, bus: Bus | None = None) -> Container:
    """bus: the process's event bus when it is one of several (ADR 0016); by default the
    events stay in this process, or go through Redis in cluster mode."""
    store = blob_store(settings)  # first: a misconfigured one fails before anything opens
    db = Database.connect(settings.effective_database_url, threads=settings.web_threads)
    # Every process on this data directory (HTTP workers, job workers, the CLI) shares the
    # epochs, or every process of every node in cluster mode; each committed change to what
    # is cached bumps them (ADR 0017).
    epochs: Epochs
    if settings.redis_url is not None:
        epochs = RedisEpochs(settings.redis_url, prefix=settings.redis_prefix)
    else:
        epochs = FileEpochs(settings.data_dir / EPOCH_FILE)
    closers: list[Callable[[], None]] = []
    if bus is None and settings.redis_url is not None:
        redis_bus = cluster_bus(settings)
        redis_bus.start()
        closers.append(redis_bus.close)
        bus = redis_bus
    watch_commits(
        (db.write_factory, db.read_factory),
        epochs,
        (*identity_invalidation.WATCHED, *key_invalidation.WATCHED, *policy_cache.WATCHED),
    )
    if settings.key_cache_seconds > 0:  # policies are cached as long as keys are
        policy_cache.install(
            db,
            policy_cache.PolicyCache(
                db,
                epochs,
                current_policy,
                ttl=settings.key_cache_seconds,
                max_entries=settings.auth_cache_entries,
            ),
        )
    kms = kms_from_settings(settings)
    closers.append(lambda: close_kms(kms))
    keyring = Keyring(kms, cache_ttl_seconds=settings.key_cache_seconds, epochs=epochs)
    # Audit chains are anchored outside the database: beside the keyring (ADR 0010), or in
    # the cluster's bucket (ADR 0049).
    audit = AuditLog(keyring, anchor_store(settings, store, kms), db)
    blobs = EncryptedBlobStore(store, keyring)
    policy = AuthPolicy(
        session_ttl=timedelta(hours=settings.session_ttl_hours),
        session_idle=timedelta(minutes=settings.session_idle_minutes),
        throttle=ThrottlePolicy(
            free_per_pair=settings.signin_free_failures_per_pair,
            free_per_address=settings.signin_free_failures_per_address,
            first_delay=timedelta(seconds=settings.signin_first_delay_seconds),
            max_delay=timedelta(seconds=settings.signin_max_delay_seconds),
            window=timedelta(minutes=settings.signin_window_minutes),
            account_cap=settings.signin_account_cap,
            account_window=timedelta(hours=settings.signin_account_cap_hours),
        ),
    )
    authenticator = Authenticator(
        db,
        session_idle=policy.session_idle,
        epochs=epochs,
        last_seen=LastSeenWriter(db),
        cache_seconds=settings.auth_cache_seconds,
        max_cached=settings.auth_cache_entries,
    )
    bus = bus or InProcessBus()
    registry = HandlerRegistry()
    purge_targets = retention_targets()
    max_age = timedelta(days=settings.key_rotation_days)

    def rotate_keys(ctx: JobContext) -> None:
        # Idempotent: a re-run after a crash finds nothing older than max_age left to rotate.
        rotate_due_keys(ctx.db, keyring=keyring, audit=audit, max_age=max_age)

    registry.register(KEY_ROTATION_JOB, rotate_keys)
    # Failed password checks too old to slow anyone down or count toward a lock.
    registry.register(PRUNE_FAILURES_JOB, prune_failures_handler(policy.throttle))
    registry.register(LINE_BACKFILL_JOB, backfill_handler(keyring))
    # Blobs of deleted recordings and voicemail, queued by the deleting transaction.
    registry.register(DELETE_BLOBS_JOB, delete_blobs_handler(blobs))

    def sweep_recording_uploads(ctx: JobContext) -> None:
        sweep_recordings(ctx.db, blobs)

    registry.register(RECORDINGS_SWEEP_JOB, sweep_recording_uploads)

    def sweep_voicemail_uploads(ctx: JobContext) -> None:
        sweep_voicemail(ctx.db, blobs)

    registry.register(VOICEMAIL_SWEEP_JOB, sweep_voicemail_uploads)
    # Training-data exports the operator queued (instance-level; ADR 0009).
    registry.register(TRAINING_EXPORT_JOB, training_export(keyring, blobs, audit))
    # Workspace closures past their waiting period: keys destroyed first, then rows and blobs.
    registry.register(CLOSURE_JOB, closure_handler(db, keyring=keyring, blobs=blobs, audit=audit))
    # Retention: purge what policies expired (already hidden from every read path).
    registry.register(RETENTION_SWEEP_JOB, retention_sweep(blobs, audit, targets=purge_targets))
    # Anomaly alerts: the rules over new audit entries each minute, the chains walked daily.
    delivery = Delivery(db, keyring=keyring, bus=bus)
    alerts = Evaluator(db, keyring=keyring, audit=audit, notify=delivery)
    registry.register(EVALUATE_JOB, evaluate_handler(alerts))
    registry.register(VERIFY_JOB, verify_handler(alerts))

    # Voice intelligence: the pipeline's stage jobs, re-tagging past calls with moments, and
    # the hooks that start the pipeline when recordings and voicemail arrive.
    engines = Engines(settings)
    Pipeline(db=db, keyring=keyring, blobs=blobs, engines=engines).register(registry)
    registry.register(MOMENTS_APPLY_JOB, apply_handler(db, keyring))
    starter = Starter(keyring=keyring, settle_seconds=engines.settle_seconds)
    recording_hooks = RecordingHooks(
        on_ready=[starter.recording_ready], on_deleted=[starter.recording_deleted]
    )
    voicemail_hooks = VoicemailHooks(on_received=[starter.voicemail_received])
    # Check daily; each workspace rotates once its newest key is older than max_age.
    schedules = (
        Schedule(name="key-rotation", kind=KEY_ROTATION_JOB, every=timedelta(days=1)),
        Schedule(name="sign-in-failures", kind=PRUNE_FAILURES_JOB, every=timedelta(hours=1)),
        Schedule(name="contact-lines", kind=LINE_BACKFILL_JOB, every=timedelta(hours=1)),
        Schedule(name="recording-uploads", kind=RECORDINGS_SWEEP_JOB, every=timedelta(hours=1)),
        Schedule(name="voicemail-uploads", kind=VOICEMAIL_SWEEP_JOB, every=timedelta(hours=1)),
        Schedule(name="workspace-closures", kind=CLOSURE_JOB, every=timedelta(hours=1)),
        Schedule(name="retention-sweep", kind=RETENTION_SWEEP_JOB, every=RETENTION_EVERY),
        Schedule(name="security-alerts", kind=EVALUATE_JOB, every=EVALUATE_EVERY),
        Schedule(name="audit-verification", kind=VERIFY_JOB, every=VERIFY_EVERY),
    )
    return Container(
        settings=settings,
        db=db,
        keyring=keyring,
        audit=audit,
        blobs=blobs,
        auth_policy=policy,
        authenticator=authenticator,
        sso=ProviderClient(UrlPolicy(allow_insecure=settings.oidc_allow_insecure_issuers)),
        profiles=ProfileCache(
            db,
            keyring,
            epochs,
            ttl=settings.auth_cache_seconds,
            max_entries=settings.auth_cache_entries,
        ),
        epochs=epochs,
        jobs=registry,
        schedules=schedules,
        bus=bus,
        retention_targets=purge_targets,
        offboarding_steps=OFFBOARDING_STEPS,
        alerts=alerts,
        call_derived=(CallRecordings(blobs),),
        voicemail_hooks=voicemail_hooks,
        recording_hooks=recording_hooks,
        renditions=RedactedAudioPolicy(blobs),
        engines=engines,
        invitations=InvitationPolicy(
            ttl=timedelta(hours=settings.invitation_ttl_hours), public_url=settings.public_url
        ),
        closers=tuple(closers),
    )


def media_storage(settings: Settings) -> tuple[Database, EncryptedBlobStore, Callable[[], None]]:
    """What the media process needs to record calls (ADR 0022): the blob store and the
    workspace keys it seals with, nothing else of the container; and how to close them."""
    store = blob_store(settings)
    kms = kms_from_settings(settings)  # first: a KMS that is down stops the start cleanly
    db = Database.connect(settings.effective_database_url, threads=2)
    epochs: Epochs
    if settings.redis_url is not None:
        epochs = RedisEpochs(settings.redis_url, prefix=settings.redis_prefix)
    else:
        epochs = FileEpochs(settings.data_dir / EPOCH_FILE)
    keyring = Keyring(kms, cache_ttl_seconds=settings.key_cache_seconds, epochs=epochs)
    blobs = EncryptedBlobStore(store, keyring)

    def close() -> None:
        keyring.close()
        close_kms(kms)
        db.dispose()
        epochs.close()

    return db, blobs, close


def initialise(settings: Settings) -> Container:
    """Idempotent set-up: data dir, keyring, schema migrations, system keys."""
    prepare_data_dir(settings)
    # Remove temp files a killed process left mid-write (never visible as blobs); or prove
    # the bucket and its credentials work, now and before anything is made, not on a
    # user's first upload.
    check_at_start(blob_store(settings))
    upgrade(settings.effective_database_url)
    container = build(settings)
    ensure_system_keys(container)
    container.db.refresh_statistics()
    return container


# Every system secret a request may read. Made here, in a write transaction: made on first
# use instead, the first sign-in or playback link would write in a read transaction, which
# SQLite refuses at once ("database is locked", no busy wait) while another process writes.
SYSTEM_KEYS = (SYSTEM_KEY_NAME, THROTTLE_KEY_NAME, LINK_KEY_NAME, SLUG_KEY_NAME)


def ensure_system_keys(container: Container) -> None:
    with container.db.write() as session:
        for name in SYSTEM_KEYS:
            container.keyring.system_key(session, name)

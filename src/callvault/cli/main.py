"""The operator's command line: set-up, serve, worker, workspaces, users, keys, audit."""

from __future__ import annotations

import logging
import secrets
import sys
from typing import Annotated

import typer

from callvault.audit.anchor import AnchorUnavailable
from callvault.audit.verification import REASONS
from callvault.cli import backup as backup_cli
from callvault.cli import contacts as contacts_cli
from callvault.cli.closure import closure_app
from callvault.cli.errors import fail
from callvault.cli.first_owner import sign_in_url
from callvault.cli.installation import initialise_or_fail, open_installation
from callvault.cli.jobs import jobs_app
from callvault.cli.retention import retention_app
from callvault.cli.training import training_app
from callvault.core.context import Actor
from callvault.core.errors import CallvaultError
from callvault.core.installation import NotInitialised, require_installation
from callvault.core.permissions import Role
from callvault.core.settings import Settings
from callvault.crypto.errors import KmsUnavailable
from callvault.governance import keys
from callvault.identity import lifecycle as identity_lifecycle
from callvault.identity import repository as identity_repo
from callvault.identity import service as identity
from callvault.identity import throttle
from callvault.identity.invitations import service as invitations
from callvault.identity.invitations.schemas import InvitationOut
from callvault.identity.mfa import administration as mfa_admin
from callvault.storage.errors import BlobStoreMisconfigured
from callvault.web.tls import ensure_certificate, fingerprint
from callvault.wiring import Container

app = typer.Typer(
    help="callvault: secure business communications you host yourself.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
)
workspace_app = typer.Typer(help="Workspaces (tenants).", no_args_is_help=True)
user_app = typer.Typer(help="Users of a workspace.", no_args_is_help=True)
keys_app = typer.Typer(help="Encryption keys.", no_args_is_help=True)
audit_app = typer.Typer(help="The tamper-evident audit log.", no_args_is_help=True)
app.add_typer(workspace_app, name="workspace")
app.add_typer(user_app, name="user")
app.add_typer(keys_app, name="keys")
app.add_typer(audit_app, name="audit")
app.add_typer(contacts_cli.app, name="contacts")
app.add_typer(jobs_app, name="jobs")
app.add_typer(closure_app, name="closure")
app.command("backup")(backup_cli.backup)
app.command("restore")(backup_cli.restore)
app.add_typer(retention_app, name="retention")
app.add_typer(training_app, name="training")


def _container() -> Container:
    return open_installation()


def _workspace_id(c: Container, slug: str) -> str:
    with c.db.read() as s:
        ws = identity_repo.workspace_by_slug(s, slug)
    if ws is None:
        typer.echo(f"error: no workspace {slug!r}", err=True)
        raise typer.Exit(code=2)
    return ws.id


def _user_id(c: Container, workspace_id: str, email: str) -> str:
    with c.db.read() as s:
        cipher = c.keyring.cipher(s, workspace_id)
        user = identity_repo.user_by_email_index(
            s, workspace_id, identity.email_index(cipher, identity.normalise_email(email))
        )
    if user is None:
        typer.echo(f"error: no user {email!r} in that workspace", err=True)
        raise typer.Exit(code=2)
    return user.id


def _new_password() -> str:
    return secrets.token_urlsafe(15)


@app.command()
def init(
    workspace: Annotated[str, typer.Option(help="Slug of the first workspace")] = "default",
    name: Annotated[str, typer.Option(help="Display name of the first workspace")] = "My company",
    owner_email: Annotated[str, typer.Option()] = "owner@callvault.local",
    owner_name: Annotated[str, typer.Option()] = "Owner",
    link: Annotated[
        bool,
        typer.Option("--link", help="Print a one-time link to set the owner's password instead"),
    ] = False,
) -> None:
    """Create the data directory, keys and schema; on first run, the first workspace."""
    with initialise_or_fail(Settings()) as c:
        with c.db.read() as s:
            existing = identity_repo.all_workspaces(s)
        url = f"https://{c.settings.host}:{c.settings.port}"
        cert_path, _ = ensure_certificate(c.settings)
        typer.echo(f"TLS certificate {cert_path}\n  SHA-256 fingerprint {fingerprint(cert_path)}")
        if existing:
            typer.echo(
                f"callvault is initialised in {c.settings.data_dir} ({len(existing)} workspace(s))."
            )
            return
        password = _new_password()
        try:
            with c.db.write() as s:
                ws, owner = identity.create_workspace(
                    s,
                    keyring=c.keyring,
                    audit=c.audit,
                    slug=workspace,
                    name=name,
                    owner_email=owner_email,
                    owner_name=owner_name,
                    owner_password=password,
                    created_by="init",
                )
            if link:  # the generated password is voided: the owner chooses one in the browser
                with c.db.write() as s:
                    actor = Actor.system(ws.id, reason="init")
                    issued = invitations.reset_password(
                        s, links=_links(c), actor=actor, user_id=owner.id
                    )
        except CallvaultError as exc:
            raise fail(exc) from exc
        if link:
            where = issued.url  # it carries the workspace and email for the pages after it
            typer.echo(
                f"Initialised callvault in {c.settings.data_dir}.\n"
                f"First owner: workspace {ws.slug}, email {owner.email}.\n"
                f"Choose their password in the browser (one-time link, valid until "
                f"{issued.expires_at:%Y-%m-%d %H:%M} UTC), then sign in:\n"
                f"  {where or 'sent by mail'}"
            )
            return
        typer.echo(
            f"Initialised callvault in {c.settings.data_dir}.\n"
            f"First owner (shown once; the password is temporary, so nothing but its change "
            f"answers until they choose their own):\n"
            f"  workspace: {workspace}\n  email:     {owner_email}\n  password:  {password}\n"
            f"Sign in:\n  curl -k -X POST {url}/api/v1/auth/sign-in "
            "-H 'content-type: application/json' "
            f'-d \'{{"workspace":"{workspace}","email":"{owner_email}","password":"<password>"}}\''
            "\n"
            f"Then choose your own password with the token it returns:\n"
            f"  curl -k -X PUT {url}/api/v1/me/password -H 'authorization: Bearer <token>' "
            "-H 'content-type: application/json' "
            '-d \'{"current_password":"<password>","new_password":"<your own passphrase>"}\''
            "\n"
            f"Web app (workspace and email filled in; it asks for your own password first):\n"
            f"  {sign_in_url(url, ws.slug, owner.email)}"
        )


@app.command()
def serve(
    workers: Annotated[int | None, typer.Option(help="Job worker threads (0: none)")] = None,
) -> None:
    """Serve the HTTPS API (TLS only) with one process per core (CALLVAULT_WEB_PROCESSES)
    and the job workers (embedded mode)."""
    from callvault.web.server import LOG_FORMAT
    from callvault.web.server import serve as run_server

    logging.basicConfig(level=logging.INFO, format=LOG_FORMAT)
    with _container() as c:
        typer.echo(f"callvault serving https://{c.settings.host}:{c.settings.port}", err=True)
        run_server(
            c, in_process_workers=c.settings.embedded_workers if workers is None else workers
        )


@app.command()
def worker(threads: Annotated[int, typer.Option(min=1)] = 1) -> None:
    """Run job workers and the scheduler in this process until SIGTERM/SIGINT."""
    from callvault.jobs.pool import WorkerPool

    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s %(message)s")
    with _container() as c:
        WorkerPool(c.db, c.jobs, c.schedules, threads=threads).run_forever()


@app.command()
def media() -> None:
    """Run the media engine (live-call audio) alone, listening on CALLVAULT_MEDIA_SOCKET
    (default <data dir>/run/media.sock), until SIGTERM/SIGINT (ADR 0022)."""
    from callvault.web.media_process import serve_media
    from callvault.web.server import LOG_FORMAT

    settings = Settings()
    try:  # the keyring and database it records with must exist; it creates neither
        require_installation(settings)
    except NotInitialised as exc:
        raise fail(exc) from exc
    logging.basicConfig(level=logging.INFO, format=LOG_FORMAT)
    try:
        serve_media(settings, settings.effective_media_socket)
    # Checked at start: Vault down, token refused, no mount; a bucket that does not answer.
    except (KmsUnavailable, BlobStoreMisconfigured) as exc:
        raise fail(exc) from exc


@workspace_app.command("create")
def workspace_create(
    slug: Annotated[str, typer.Option()],
    name: Annotated[str, typer.Option()],
    owner_email: Annotated[str, typer.Option()],
    owner_name: Annotated[str, typer.Option()] = "Owner",
) -> None:
    """Create a workspace and its first owner (a password is generated and shown once)."""
    with _container() as c:
        password = _new_password()
        try:
            with c.db.write() as s:
                ws, owner = identity.create_workspace(
                    s,
                    keyring=c.keyring,
                    audit=c.audit,
                    slug=slug,
                    name=name,
                    owner_email=owner_email,
                    owner_name=owner_name,
                    owner_password=password,
                )
        except CallvaultError as exc:
            raise fail(exc) from exc
        typer.echo(f"workspace {ws.slug} ({ws.id}); owner {owner.email} password: {password}")


@workspace_app.command("list")
def workspace_list() -> None:
    with _container() as c, c.db.read() as s:
        for ws in identity.list_workspaces(s, keyring=c.keyring):
            typer.echo(f"{ws.id}  {ws.slug:<24} {ws.status:<8} {ws.name}")


@user_app.command("add")
def user_add(
    workspace: Annotated[str, typer.Option()],
    email: Annotated[str, typer.Option()],
    name: Annotated[str, typer.Option()],
    role: Annotated[Role, typer.Option()] = Role.MEMBER,
) -> None:
    """Add a user; a password is generated and shown once."""
    with _container() as c:
        ws_id = _workspace_id(c, workspace)
        password = _new_password()
        try:
            with c.db.write() as s:
                user = identity.add_user(
                    s,
                    keyring=c.keyring,
                    audit=c.audit,
                    actor=Actor.system(ws_id, reason="cli"),
                    email=email,
                    name=name,
                    role=role,
                    password=password,
                )
        except CallvaultError as exc:
            raise fail(exc) from exc
        typer.echo(f"user {user.email} ({user.id}) role {user.role.value} password: {password}")


@user_app.command("list")
def user_list(workspace: Annotated[str, typer.Option()]) -> None:
    with _container() as c:
        ws_id = _workspace_id(c, workspace)
        with c.db.read() as s:
            for u in identity.list_users(s, keyring=c.keyring, actor=Actor.system(ws_id)):
                typer.echo(f"{u.id}  {u.email:<32} {u.role.value:<10} {u.status:<8} {u.name}")


@user_app.command("disable")
def user_disable(
    workspace: Annotated[str, typer.Option()], email: Annotated[str, typer.Option()]
) -> None:
    """Disable a user and revoke all their sessions and API tokens."""
    with _container() as c:
        ws_id = _workspace_id(c, workspace)
        user_id = _user_id(c, ws_id, email)
        try:
            with c.db.write() as s:
                identity.set_user_status(
                    s,
                    keyring=c.keyring,
                    audit=c.audit,
                    actor=Actor.system(ws_id, reason="cli"),
                    user_id=user_id,
                    disabled=True,
                )
        except CallvaultError as exc:
            raise fail(exc) from exc
        typer.echo(f"disabled {email}")


@user_app.command("invite")
def user_invite(
    workspace: Annotated[str, typer.Option()],
    email: Annotated[str, typer.Option()],
    name: Annotated[str | None, typer.Option(help="Needed for a new user")] = None,
    role: Annotated[Role, typer.Option()] = Role.MEMBER,
) -> None:
    """Invite a new user (or re-send a pending invitation): prints a one-time link to set a
    password, to hand over; a re-sent link replaces the previous one."""
    with _container() as c:
        ws_id = _workspace_id(c, workspace)
        actor = Actor.system(ws_id, reason="cli")
        try:
            with c.db.write() as s:
                cipher = c.keyring.cipher(s, ws_id)
                existing = identity_repo.user_by_email_index(
                    s, ws_id, identity.email_index(cipher, identity.normalise_email(email))
                )
                if existing is not None:
                    link = invitations.resend_invitation(
                        s, links=_links(c), actor=actor, user_id=existing.id
                    )
                elif name is None:
                    typer.echo("error: --name is needed to invite a new user", err=True)
                    raise typer.Exit(code=2)
                else:
                    created = invitations.add_user(
                        s,
                        links=_links(c),
                        actor=actor,
                        email=email,
                        name=name,
                        role=role,
                        password=None,
                    )
                    assert created.invitation is not None
                    link = created.invitation
        except CallvaultError as exc:
            raise fail(exc) from exc
        _print_link("invitation", email, link)


def _print_link(kind: str, email: str, link: InvitationOut) -> None:
    typer.echo(f"{kind} for {email}, valid until {link.expires_at:%Y-%m-%d %H:%M} UTC:")
    typer.echo(f"  {link.url}" if link.url else "  sent by mail")


def _links(c: Container) -> invitations.LinkContext:
    """Where links point from the CLI: the public URL, else the listener's own address."""
    return invitations.LinkContext(
        keyring=c.keyring,
        audit=c.audit,
        policy=c.invitations,
        request_url=f"https://{c.settings.host}:{c.settings.port}/",
    )


@user_app.command("reset-password")
def user_reset_password(
    workspace: Annotated[str, typer.Option()],
    email: Annotated[str, typer.Option()],
    link: Annotated[
        bool, typer.Option("--link", help="Print a one-time link to set one instead")
    ] = False,
) -> None:
    """Set a new generated password (shown once), or with --link clear it and print a link to
    set one; either way the user is signed out everywhere (API tokens are kept)."""
    with _container() as c:
        ws_id = _workspace_id(c, workspace)
        user_id = _user_id(c, ws_id, email)
        if link:
            try:
                with c.db.write() as s:
                    issued = invitations.reset_password(
                        s, links=_links(c), actor=Actor.system(ws_id, reason="cli"), user_id=user_id
                    )
            except CallvaultError as exc:
                raise fail(exc) from exc
            _print_link("password reset link", email, issued)
            return
        password = _new_password()
        with c.db.write() as s:
            identity.set_password_by_operator(
                s, audit=c.audit, workspace_id=ws_id, user_id=user_id, password=password
            )
        typer.echo(f"new password for {email}: {password}")


@user_app.command("unlock")
def user_unlock(
    workspace: Annotated[str, typer.Option()], email: Annotated[str, typer.Option()]
) -> None:
    """Lift a sign-in lock (too many wrong passwords from all addresses) before it expires."""
    with _container() as c:
        ws_id = _workspace_id(c, workspace)
        user_id = _user_id(c, ws_id, email)
        with c.db.write() as s:
            cleared = throttle.unlock(
                s, keyring=c.keyring, audit=c.audit, workspace_id=ws_id, user_id=user_id
            )
        typer.echo(f"unlocked {email} ({cleared} failed attempts forgotten)")


@user_app.command("reset-mfa")
def user_reset_mfa(
    workspace: Annotated[str, typer.Option()], email: Annotated[str, typer.Option()]
) -> None:
    """Turn a user's two-step sign-in off (lost phone and recovery codes, e.g. the only
    owner); they are signed out everywhere and sign in with their password alone, enrolling
    again if the workspace requires it."""
    with _container() as c:
        ws_id = _workspace_id(c, workspace)
        user_id = _user_id(c, ws_id, email)
        with c.db.write() as s:
            mfa_admin.reset_by_operator(s, audit=c.audit, workspace_id=ws_id, user_id=user_id)
        typer.echo(f"two-step sign-in turned off for {email}; they were signed out everywhere")


@keys_app.command("rotate")
def keys_rotate(
    workspace: Annotated[str | None, typer.Option(help="Slug; default: every workspace")] = None,
) -> None:
    """Rotate key-encryption and data keys now (content is not re-encrypted)."""
    with _container() as c:
        with c.db.read() as s:
            targets = (
                [identity_repo.workspace_by_slug(s, workspace)]
                if workspace
                else list(identity_repo.all_workspaces(s))
            )
        for ws in targets:
            if ws is None:
                typer.echo(f"error: no workspace {workspace!r}", err=True)
                raise typer.Exit(code=2)
            report = keys.rotate_workspace_keys(
                c.db, keyring=c.keyring, audit=c.audit, workspace_id=ws.id, actor=None
            )
            typer.echo(f"{ws.slug}: {report.model_dump_json()}")


@audit_app.command("verify")
def audit_verify(
    workspace: Annotated[str | None, typer.Option(help="Slug; default: every workspace")] = None,
) -> None:
    """Check every audit chain, against itself and the anchor outside the database; exit
    status 1 when any entry was changed, removed, moved or rolled back, or a chain is gone."""
    with _container() as c:
        try:
            with c.db.read() as s:
                existing = list(identity_lifecycle.workspace_ids(s))
                if workspace:
                    ws_id = _workspace_id(c, workspace)
                    reports = [c.audit.verify(s, workspace_id=ws_id)]
                else:
                    reports = c.audit.verify_all(s, workspace_ids=existing)
        # The anchor's bucket or its MAC key unreachable: no verdict (exit 2), never "ok".
        except (AnchorUnavailable, KmsUnavailable) as exc:
            raise fail(exc) from exc
        bad = 0
        for r in reports:
            status = "closed (log purged with the workspace)" if r.closed else "ok"
            if not r.ok:
                status = "TAMPERED"
            typer.echo(f"{r.workspace_id}: {status} ({r.entries} entries)")
            for p in r.problems:
                where = f"seq {p['seq']}: " if p.get("seq") is not None else ""
                reason = REASONS.get(p["problem"], "")
                typer.echo(f"  {where}{p['problem']}: {reason}")
            bad += 0 if r.ok else 1
            if not r.ok and r.workspace_id in existing:  # its owners and auditors are told
                c.alerts.tampered(r.workspace_id, r.problems)
        if bad:
            typer.echo(f"error: {bad} audit log(s) failed verification", err=True)
            raise typer.Exit(code=1)


def main() -> None:  # pragma: no cover - console entry
    sys.exit(app())

"""The workspace's SSO configuration: owners write it (the client secret sealed, never read
back), admins read it, anyone learns only whether a workspace offers it and its label."""

from __future__ import annotations

import json

from sqlalchemy.orm import Session

from callvault.audit.service import AuditLog
from callvault.core.clock import utcnow
from callvault.core.context import Actor
from callvault.core.permissions import Permission, require
from callvault.crypto.keyring import Keyring, WorkspaceCipher
from callvault.db.engine import Database
from callvault.identity import repository as identity_repo
from callvault.identity.auth import AuthPolicy
from callvault.identity.bearer import OPEN_STATUSES
from callvault.identity.reauthentication import confirm
from callvault.identity.sso import repository as repo
from callvault.identity.sso.config import UrlPolicy, check_url, normalise_domains
from callvault.identity.sso.discovery import ProviderClient
from callvault.identity.sso.errors import SsoConfigInvalid, SsoNotConfigured
from callvault.identity.sso.models import SsoConfig
from callvault.identity.sso.saml.metadata import describe, service_provider
from callvault.identity.sso.saml.settings import certificates_of, saml_settings
from callvault.identity.sso.schemas import (
    SamlCertificateOut,
    SamlSettingsOut,
    ServiceProviderOut,
    SsoConfigIn,
    SsoConfigOut,
    SsoPublicOut,
    SsoTestOut,
)

SECRET_KIND = "sso_config"  # noqa: S105 - a sealing label, not a secret


def seal_secret(cipher: WorkspaceCipher, workspace_id: str, secret: str) -> bytes:
    return cipher.seal_text(secret, kind=SECRET_KIND, object_id=workspace_id, field="secret")


def open_secret(cipher: WorkspaceCipher, row: SsoConfig) -> str:
    return cipher.open_text(
        row.secret_sealed, kind=SECRET_KIND, object_id=row.workspace_id, field="secret"
    )


def domains_of(row: SsoConfig) -> list[str]:
    value = json.loads(row.allowed_domains)
    return [str(d) for d in value] if isinstance(value, list) else []


def read(s: Session, *, actor: Actor, redirect_uri: str, base_url: str) -> SsoConfigOut:
    require(actor.role, actor.scopes, Permission.SSO_READ)
    row = repo.config(s, actor.workspace_id)
    return _out(row, redirect_uri, _sp(s, actor.workspace_id, base_url))


def configure(
    db: Database,
    *,
    keyring: Keyring,
    audit: AuditLog,
    auth_policy: AuthPolicy,
    actor: Actor,
    body: SsoConfigIn,
    policy: UrlPolicy,
    redirect_uri: str,
    base_url: str,
) -> SsoConfigOut:
    """Set the provider, confirmed with the acting owner's password on every save (ADR 0043,
    addendum): the provider decides who signs in as whom. The password is checked before
    the configuration's transaction opens, so a refusal writes nothing but its audit."""
    # Who may configure first: a refusal there costs no password guess.
    require(actor.role, actor.scopes, Permission.SSO_MANAGE)
    confirm(
        db,
        keyring=keyring,
        audit=audit,
        policy=auth_policy,
        actor=actor,
        password=body.password,
        denied="sso.configure_denied",
        object_type="workspace",
        object_id=actor.workspace_id,
    )
    with db.write() as s:
        return _write(
            s,
            cipher=keyring.cipher(s, actor.workspace_id),
            audit=audit,
            actor=actor,
            body=body,
            policy=policy,
            redirect_uri=redirect_uri,
            base_url=base_url,
        )


def _write(
    s: Session,
    *,
    cipher: WorkspaceCipher,
    audit: AuditLog,
    actor: Actor,
    body: SsoConfigIn,
    policy: UrlPolicy,
    redirect_uri: str,
    base_url: str,
) -> SsoConfigOut:
    domains = normalise_domains(body.allowed_domains)
    row = repo.config(s, actor.workspace_id)
    details: dict[str, object] = {}
    if body.protocol == "saml":
        saml = saml_settings(body.saml, policy)
        issuer = saml.entity_id
        details["certificates"] = [describe(pem)[1] for pem in saml.certificates]
    else:
        issuer = _oidc_fields(body, row, policy)
    cleared = 0
    if row is None:
        row = SsoConfig(workspace_id=actor.workspace_id)
        s.add(row)
    elif row.issuer != issuer or row.protocol != body.protocol:
        # Subjects are the old provider's: a new provider links each user afresh.
        cleared = repo.clear_identities(s, actor.workspace_id)
    row.protocol, row.issuer, row.label = body.protocol, issuer, body.label
    row.allowed_domains = json.dumps(domains)
    row.enabled = body.enabled
    row.updated_at = utcnow()
    if body.protocol == "saml":
        # No client and no secret in SAML: the columns are emptied, not kept for later.
        row.client_id, row.secret_sealed = "", b""
        row.saml_sso_url = saml.sso_url
        row.saml_certificates = json.dumps(saml.certificates)
        row.saml_email_attribute = saml.email_attribute
    else:
        assert body.client_id is not None
        row.client_id = body.client_id
        row.saml_sso_url = row.saml_certificates = row.saml_email_attribute = None
        if body.client_secret is not None:
            row.secret_sealed = seal_secret(cipher, actor.workspace_id, body.client_secret)
    audit.record(
        s,
        workspace_id=actor.workspace_id,
        actor=actor,
        action="sso.configure",
        object_type="workspace",
        object_id=actor.workspace_id,
        details={
            "protocol": body.protocol,
            "issuer": issuer,
            "enabled": body.enabled,
            "allowed_domains": domains,
            "secret_changed": body.protocol == "oidc" and body.client_secret is not None,
            "links_cleared": cleared,
            **details,
        },
    )
    s.flush()
    return _out(row, redirect_uri, _sp(s, actor.workspace_id, base_url))


def _oidc_fields(body: SsoConfigIn, row: SsoConfig | None, policy: UrlPolicy) -> str:
    if body.issuer is None or body.client_id is None:
        field = "issuer" if body.issuer is None else "client_id"
        raise SsoConfigInvalid("OpenID Connect needs an issuer and a client id.", field=field)
    check_url(body.issuer, policy, resolve=False)
    if (row is None or not row.secret_sealed) and body.client_secret is None:
        raise SsoConfigInvalid("A client secret is needed the first time.", field="client_secret")
    return body.issuer


def test(s: Session, *, client: ProviderClient, actor: Actor, issuer: str | None) -> SsoTestOut:
    """Fetch discovery and the key set for issuer (or the stored one) and say what they hold."""
    require(actor.role, actor.scopes, Permission.SSO_MANAGE)
    if issuer is None:
        row = repo.config(s, actor.workspace_id)
        if row is None:
            raise SsoNotConfigured("Single sign-on is not configured; give an issuer to test.")
        if row.protocol != "oidc":
            raise SsoConfigInvalid("SAML 2.0 has nothing to fetch: give an issuer to test.")
        issuer = row.issuer
    check_url(issuer, client.policy, resolve=False)
    provider = client.provider(issuer)
    keys = client.jwks(provider.jwks_uri, fresh=True)
    return SsoTestOut(
        issuer=provider.issuer,
        authorization_endpoint=provider.authorization_endpoint,
        token_endpoint=provider.token_endpoint,
        token_auth=provider.token_auth,
        algorithms=list(provider.algorithms),
        keys=len(keys["keys"]),
    )


def public_info(s: Session, slug: str) -> SsoPublicOut:
    ws = identity_repo.workspace_by_slug(s, slug.strip().lower())
    if ws is None or ws.status not in OPEN_STATUSES:
        return SsoPublicOut(enabled=False)
    row = repo.config(s, ws.id)
    if row is None or not row.enabled:
        return SsoPublicOut(enabled=False)
    return SsoPublicOut(enabled=True, label=row.label)


def _sp(s: Session, workspace_id: str, base_url: str) -> ServiceProviderOut:
    ws = identity_repo.workspace(s, workspace_id)
    sp = service_provider(base_url, ws.slug if ws is not None else "-")
    return ServiceProviderOut(
        entity_id=sp.entity_id,
        acs_url=sp.acs_url,
        metadata_url=sp.metadata_url,
        name_id_format=sp.name_id_format,
    )


def _out(row: SsoConfig | None, redirect_uri: str, sp: ServiceProviderOut) -> SsoConfigOut:
    if row is None:
        return SsoConfigOut(configured=False, redirect_uri=redirect_uri, service_provider=sp)
    saml = None
    if row.protocol == "saml":
        saml = SamlSettingsOut(
            entity_id=row.issuer,
            sso_url=row.saml_sso_url or "",
            certificates=[_certificate_out(pem) for pem in certificates_of(row)],
            email_attribute=row.saml_email_attribute,
        )
    return SsoConfigOut(
        configured=True,
        protocol="saml" if row.protocol == "saml" else "oidc",
        issuer=row.issuer if row.protocol == "oidc" else None,
        client_id=row.client_id or None,
        client_secret_set=bool(row.secret_sealed),
        allowed_domains=domains_of(row),
        label=row.label,
        enabled=row.enabled,
        redirect_uri=redirect_uri,
        saml=saml,
        service_provider=sp,
        updated_at=row.updated_at,
    )


def _certificate_out(pem: str) -> SamlCertificateOut:
    subject, fingerprint, not_after = describe(pem)
    return SamlCertificateOut(pem=pem, subject=subject, sha256=fingerprint, not_after=not_after)

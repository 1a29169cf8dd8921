"""SSO errors with stable codes. The sign-in flow's failures end on the sign-in page as a
code (`/sign-in?sso_error=<code>`); the configuration's answer as JSON like any other."""

from __future__ import annotations

from typing import ClassVar

from callvault.core.errors import Conflict, InvalidInput, Unauthenticated


class SsoConfigInvalid(InvalidInput):
    """An issuer URL that is not https on a public host (ADR 0043), or another bad field."""

    code = "sso_config_invalid"


class SsoNotConfigured(Conflict):
    code = "sso_not_configured"


class SsoProviderUnreachable(Conflict):
    """Discovery or JWKS could not be fetched or did not make sense (the message says which
    step, never what the provider answered: the server must not become a way to read URLs)."""

    code = "sso_provider_unreachable"


class SsoSignInFailed(Unauthenticated):
    """Any refusal of the sign-in flow. `reason` is the code the sign-in page shows a
    message for; `audit_reason` what the audit log records (more precise, never shown)."""

    code = "sso_failed"
    reasons: ClassVar[frozenset[str]] = frozenset(
        {
            "sso_unavailable",  # no SSO on for that workspace
            "sso_expired",  # state unknown, used, expired, or not this browser's
            "sso_denied",  # the IdP answered with an error (access_denied, …)
            "sso_provider_error",  # the IdP could not be reached or answered nonsense
            "sso_token_invalid",  # the ID token failed verification
            "sso_email_unverified",
            "sso_domain_not_allowed",
            "sso_unknown_user",  # no active user with that email in the workspace
            "sso_subject_mismatch",  # the user is linked to another IdP subject
            "sso_workspace_closing",
            # SAML 2.0 (ADR 0045)
            "sso_response_invalid",  # the Response failed verification
            "sso_unsolicited",  # IdP-initiated: not an answer to a request of ours
            "sso_saml_encrypted",  # an encrypted assertion: not supported
        }
    )

    def __init__(self, reason: str, audit_reason: str | None = None) -> None:
        assert reason in self.reasons, reason
        super().__init__("Single sign-on failed.")
        self.reason = reason
        self.audit_reason = audit_reason or reason

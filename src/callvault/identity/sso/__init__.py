"""Single sign-on with OpenID Connect (ADR 0043): per-workspace configuration, discovery,
the authorization-code flow with PKCE, ID-token verification, and the IdP subject link."""

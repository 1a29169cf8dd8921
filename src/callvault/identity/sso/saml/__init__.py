"""SAML 2.0 sign-in, SP-initiated, HTTP-Redirect out and HTTP-POST back (ADR 0045)."""

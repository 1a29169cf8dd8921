"""Two-step sign-in (ADR 0042): an authenticator app's time-based codes (TOTP), with
single-use recovery codes for when the phone is lost."""

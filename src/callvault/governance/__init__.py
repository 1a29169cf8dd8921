"""Privacy governance: the audit log now; retention, closure, consent and review later."""

"""Tamper-evident, append-only audit log of sign-ins, admin changes and sensitive reads."""

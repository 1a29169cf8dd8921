"""Checking a redaction from the outside: are there still digits, e-mail addresses or names
in the redacted text, or in what a recogniser hears in the redacted audio where the original
had them? Deliberately simple and written apart from the detector (`lint-imports` forbids any
import of `callvault.intelligence.redaction` here), so that what the detector misses is not
missed here for the same reason. Entry point: `check.check`."""

"""Training-data exports: consented, redacted, anonymised utterances with audio clips."""

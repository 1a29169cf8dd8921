"""Voice intelligence: transcripts, PII redaction, notes, sentiment and moments of calls and
voicemail, each output linked to the transcript spans it came from."""

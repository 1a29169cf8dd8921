"""The live transcript of answered calls (ADR 0028): voice-activity chunks of each party's
audio, decoded while they speak (partial) and at the end of speech (final), redacted before
anything leaves the server."""

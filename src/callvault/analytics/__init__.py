"""Usage analytics: read-only aggregates of the call log, computed in SQL on plaintext,
indexed columns (never by opening a sealed value)."""

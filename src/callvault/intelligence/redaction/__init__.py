"""Text PII detection and redaction for call transcripts: card and bank numbers, SSNs, phone
numbers, emails, dates of birth, street addresses and person names, in written form and in the
spoken form a speech recogniser writes ("four one one one", "john dot miller at gmail dot com").
Pure Python, rule-based: the public entry points are in `detect`."""

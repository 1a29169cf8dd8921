"""Call notes: a short summary, action items (owner, what, when, due date) and topics, each line
linked to the transcript spans it came from. Extractive notes run locally; `llm_notes` asks an
OpenAI-compatible endpoint (given the redacted transcript only) and raises `LlmUnavailable` so
callers can fall back to the extractive ones."""

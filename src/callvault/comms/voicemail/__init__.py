"""Voicemail: per-user greetings and messages (caller, time, audio), read/unread state,
and the hook through which voice intelligence will transcribe new messages."""

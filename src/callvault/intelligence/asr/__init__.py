"""Speech to text: decode call audio (one array per channel), load a local CTranslate2 Whisper
model and turn channels into a time-ordered, speaker-labelled transcript. Never downloads."""

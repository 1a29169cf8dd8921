"""Stored audio shared by the comms domains (recordings, voicemail): validation with PyAV
through a decrypting reader, signed playback links, and blob removal after commit."""

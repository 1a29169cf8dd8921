"""Communications records: contacts, calls, recordings, voicemail, chat."""

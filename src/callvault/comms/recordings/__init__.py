"""Call recordings: streamed, validated uploads stored as encrypted blobs; range playback."""

"""Call media: the media-engine port and its engines (aiortc embedded; Janus for scale-out)."""

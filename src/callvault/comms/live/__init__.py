"""Live calls between the people of a workspace: signaling state, devices and call records
(the media itself is the media engine's, behind callvault.media.port)."""

"""User offboarding: disable, revoke, then reassign or delete the leaver's data."""

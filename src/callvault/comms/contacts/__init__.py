"""Contacts: the shared workspace directory and each user's personal contacts, sealed at rest."""

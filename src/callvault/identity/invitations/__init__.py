"""Invitations and admin password resets: one-time links that let a user set a password."""

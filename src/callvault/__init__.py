"""callvault: self-hostable business communications with private voice intelligence."""

__version__ = "0.1.0"

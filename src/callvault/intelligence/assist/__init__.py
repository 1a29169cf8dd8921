"""Assist cards: admin-defined guidance shown to the agent while a live call runs (ADR 0029)."""

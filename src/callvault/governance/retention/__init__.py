"""Retention policies per workspace and data type, enforced at read time and by a sweep."""

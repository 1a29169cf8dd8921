"""Shared mechanisms that know nothing of domains: settings, ids, clock, errors, context."""

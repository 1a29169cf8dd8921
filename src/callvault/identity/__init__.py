"""Workspaces (tenants), users, groups, roles, passwords, sessions and API tokens."""

"""The single role × permission table. Every route names one permission; services check it.

API tokens carry scopes, which are permission names: a token can do what its user's role
allows AND its scopes list, never more.
"""

from __future__ import annotations

from enum import StrEnum


class Role(StrEnum):
    OWNER = "owner"
    ADMIN = "admin"
    SUPERVISOR = "supervisor"
    MEMBER = "member"
    AUDITOR = "auditor"
    # Reviews sampled, redacted utterance snippets (and nothing else: see _ALL below).
    REVIEWER = "reviewer"


class Permission(StrEnum):
    WORKSPACE_READ = "workspace.read"
    WORKSPACE_UPDATE = "workspace.update"
    WORKSPACE_CLOSE = "workspace.close"
    SSO_READ = "sso.read"
    SSO_MANAGE = "sso.manage"
    USERS_OFFBOARD = "users.offboard"
    USERS_READ = "users.read"
    USERS_MANAGE = "users.manage"
    GROUPS_READ = "groups.read"
    GROUPS_MANAGE = "groups.manage"
    SESSIONS_OWN = "sessions.own"
    SESSIONS_MANAGE = "sessions.manage"
    TOKENS_OWN = "tokens.own"
    AUDIT_READ = "audit.read"
    AUDIT_EXPORT = "audit.export"
    AUDIT_VERIFY = "audit.verify"
    AUDIT_ACKNOWLEDGE = "audit.acknowledge"
    KEYS_READ = "keys.read"
    KEYS_ROTATE = "keys.rotate"
    JOBS_READ = "jobs.read"
    JOBS_MANAGE = "jobs.manage"
    CALLS_READ = "calls.read"
    CALLS_READ_TEAM = "calls.read_team"
    CALLS_READ_ALL = "calls.read_all"
    CALLS_ANNOTATE = "calls.annotate"
    CALLS_INGEST = "calls.ingest"
    CALLS_EXPORT = "calls.export"
    CALLS_DELETE = "calls.delete"
    CALLS_DELETE_BULK = "calls.delete_bulk"
    CALLS_LIVE = "calls.live"
    CONTACTS_READ = "contacts.read"
    CONTACTS_WRITE = "contacts.write"
    CONTACTS_MANAGE_SHARED = "contacts.manage_shared"
    CONTACTS_EXPORT = "contacts.export"
    CONTACTS_DELETE_BULK = "contacts.delete_bulk"
    RECORDINGS_READ = "recordings.read"
    RECORDINGS_UPLOAD = "recordings.upload"
    RECORDINGS_DELETE = "recordings.delete"
    VOICEMAIL_READ = "voicemail.read"
    VOICEMAIL_READ_TEAM = "voicemail.read_team"
    VOICEMAIL_READ_ALL = "voicemail.read_all"
    VOICEMAIL_INGEST = "voicemail.ingest"
    VOICEMAIL_DELETE = "voicemail.delete"
    VOICEMAIL_GREETING = "voicemail.greeting"
    VOICEMAIL_DELETE_BULK = "voicemail.delete_bulk"
    CHAT_READ = "chat.read"
    CHAT_WRITE = "chat.write"
    CHAT_READ_TEAM = "chat.read_team"
    CHAT_READ_ALL = "chat.read_all"
    CHAT_DELETE_ANY = "chat.delete_any"
    CHAT_MANAGE_MEMBERS = "chat.manage_members"
    CHAT_DELETE_BULK = "chat.delete_bulk"
    INTELLIGENCE_READ = "intelligence.read"
    INTELLIGENCE_READ_RAW = "intelligence.read_raw"
    INTELLIGENCE_MANAGE = "intelligence.manage"
    CONSENT_OWN = "consent.own"
    CONSENT_MANAGE = "consent.manage"
    CONSENT_REPORT = "consent.report"
    REVIEW_WORK = "review.work"
    REVIEW_MANAGE = "review.manage"
    RETENTION_READ = "retention.read"
    RETENTION_MANAGE = "retention.manage"
    ANALYTICS_READ = "analytics.read"
    RECORDING_POLICY_READ = "recording_policy.read"
    RECORDING_POLICY_MANAGE = "recording_policy.manage"


# Every role that works with the workspace's communications. Reviewers are deliberately not
# in it: they get only what is granted to them by name (self-service and the review queue),
# never calls, contacts, chat, voicemail or the directory.
_ALL = frozenset(Role) - {Role.REVIEWER}
_EVERYONE = frozenset(Role)
_ADMINS = frozenset({Role.OWNER, Role.ADMIN})
_AUDITORS = frozenset({Role.OWNER, Role.ADMIN, Role.AUDITOR})

PERMISSIONS: dict[Permission, frozenset[Role]] = {
    Permission.WORKSPACE_READ: _EVERYONE,
    Permission.WORKSPACE_UPDATE: _ADMINS,
    # Closing the workspace (crypto-shredding everything) is the owners' decision alone;
    # offboarding a leaver (disable, revoke, reassign or delete their data) is admin work.
    Permission.WORKSPACE_CLOSE: frozenset({Role.OWNER}),
    # Single sign-on decides who may sign in as anyone of the workspace (ADR 0043): owners
    # configure it; admins may see it (never the client secret, which nobody reads back).
    Permission.SSO_READ: _ADMINS,
    Permission.SSO_MANAGE: frozenset({Role.OWNER}),
    Permission.USERS_OFFBOARD: _ADMINS,
    Permission.USERS_READ: _ALL,
    Permission.USERS_MANAGE: _ADMINS,
    Permission.GROUPS_READ: _ALL,
    Permission.GROUPS_MANAGE: _ADMINS,
    Permission.SESSIONS_OWN: _EVERYONE,
    Permission.SESSIONS_MANAGE: _ADMINS,
    Permission.TOKENS_OWN: _EVERYONE,
    Permission.AUDIT_READ: _AUDITORS,
    Permission.AUDIT_EXPORT: _AUDITORS,
    Permission.AUDIT_VERIFY: _AUDITORS,
    # Security alerts (ADR 0048): auditors read them with the log; acknowledging one says
    # "handled", which is for the people who can act on it (owners and admins).
    Permission.AUDIT_ACKNOWLEDGE: _ADMINS,
    Permission.KEYS_READ: _ADMINS,
    Permission.KEYS_ROTATE: frozenset({Role.OWNER}),
    Permission.JOBS_READ: _ADMINS,
    Permission.JOBS_MANAGE: _ADMINS,
    # Call records: a member sees their own calls, a supervisor also their teams', admins all;
    # auditors see the audit log, never call content. Call records are business records, so
    # only admins delete them (one or by filter), never the people on the call.
    Permission.CALLS_READ: _ALL - {Role.AUDITOR},
    Permission.CALLS_READ_TEAM: frozenset({Role.SUPERVISOR}),
    Permission.CALLS_READ_ALL: _ADMINS,
    Permission.CALLS_ANNOTATE: _ALL - {Role.AUDITOR},
    Permission.CALLS_INGEST: _ADMINS,
    Permission.CALLS_EXPORT: _ADMINS,
    Permission.CALLS_DELETE: _ADMINS,
    Permission.CALLS_DELETE_BULK: _ADMINS,
    # Placing and receiving live calls (signaling over the WebSocket): everyone who works
    # with the workspace's communications; auditors only read the audit log.
    Permission.CALLS_LIVE: _ALL - {Role.AUDITOR},
    # Contacts: everyone but auditors reads the shared directory and keeps personal contacts
    # (read, write, import, export their own). Nobody else reads a personal contact, admins
    # included: it is the user's own address book. Only admins change or export the shared
    # directory (a workspace asset, like its settings; supervisors manage people, not it).
    Permission.CONTACTS_READ: _ALL - {Role.AUDITOR},
    Permission.CONTACTS_WRITE: _ALL - {Role.AUDITOR},
    Permission.CONTACTS_MANAGE_SHARED: _ADMINS,
    Permission.CONTACTS_EXPORT: _ALL - {Role.AUDITOR},
    # Bulk deletion by filter (shared ones, or a departing user's personal ones) is an
    # admin's clean-up: it counts and deletes without reading any contact.
    Permission.CONTACTS_DELETE_BULK: _ADMINS,
    # Recordings follow their call's visibility (own, team, all; auditors none). Uploads come
    # from the telephony side (an admin's API token scoped to recordings.upload); like calls,
    # only admins delete them.
    Permission.RECORDINGS_READ: _ALL - {Role.AUDITOR},
    Permission.RECORDINGS_UPLOAD: _ADMINS,
    Permission.RECORDINGS_DELETE: _ADMINS,
    # Voicemail: a member reads their own mailbox, a supervisor also their teams', admins all;
    # auditors none. Messages are delivered by the telephony side (an admin's token scoped to
    # voicemail.ingest). The mailbox owner (or an admin) deletes a message and manages the
    # greeting; only the owner marks messages read or unread (it is their inbox state).
    Permission.VOICEMAIL_READ: _ALL - {Role.AUDITOR},
    Permission.VOICEMAIL_READ_TEAM: frozenset({Role.SUPERVISOR}),
    Permission.VOICEMAIL_READ_ALL: _ADMINS,
    Permission.VOICEMAIL_INGEST: _ADMINS,
    Permission.VOICEMAIL_DELETE: _ALL - {Role.AUDITOR},
    Permission.VOICEMAIL_GREETING: _ALL - {Role.AUDITOR},
    Permission.VOICEMAIL_DELETE_BULK: _ADMINS,
    # Chat: everyone but auditors takes part in conversations (reads and writes their own,
    # deletes their own messages). A supervisor also reads conversations their teams'
    # members are in, an admin every conversation of the workspace; each such read as a
    # non-participant is audited. Only admins delete others' messages or whole conversations.
    Permission.CHAT_READ: _ALL - {Role.AUDITOR},
    Permission.CHAT_WRITE: _ALL - {Role.AUDITOR},
    Permission.CHAT_READ_TEAM: frozenset({Role.SUPERVISOR}),
    Permission.CHAT_READ_ALL: _ADMINS,
    Permission.CHAT_DELETE_ANY: _ADMINS,
    # Group membership: any member adds workspace users and renames the group; the group's
    # creator (while a member) or an admin removes others; anyone leaves. Only admins delete
    # messages by filter (after a dry-run count).
    Permission.CHAT_MANAGE_MEMBERS: _ADMINS,
    Permission.CHAT_DELETE_BULK: _ADMINS,
    # Voice intelligence: whoever sees a call or voicemail reads its redacted transcript,
    # notes, sentiment and moments. The unredacted transcript and audio are for owners and
    # admins only (every such read audited); everyone else gets the redacted renditions.
    # Settings, the company dictionary, moment definitions and re-runs are admin work.
    Permission.INTELLIGENCE_READ: _ALL - {Role.AUDITOR},
    Permission.INTELLIGENCE_READ_RAW: _ADMINS,
    Permission.INTELLIGENCE_MANAGE: _ADMINS,
    # AI-use consent (ADR 0009): everyone sets their own (opting out), admins the workspace's,
    # groups' and anyone's; admins and auditors read the report of what was used. Reviewers
    # work the review queue (owners hold every right, this one too); admins draw samples.
    Permission.CONSENT_OWN: _ALL,
    Permission.CONSENT_MANAGE: _ADMINS,
    Permission.CONSENT_REPORT: _AUDITORS,
    Permission.REVIEW_WORK: frozenset({Role.OWNER, Role.REVIEWER}),
    Permission.REVIEW_MANAGE: _ADMINS,
    # Retention: admins set policies and preview what a change would delete; auditors
    # (and admins) read the policy and the sweep's health, never any content.
    Permission.RETENTION_READ: _AUDITORS,
    Permission.RETENTION_MANAGE: _ADMINS,
    # The usage dashboard (aggregates of the call log, no content): admins for the
    # workspace, supervisors for the groups they supervise; members and auditors none.
    Permission.ANALYTICS_READ: frozenset({Role.OWNER, Role.ADMIN, Role.SUPERVISOR}),
    # Live-call recording policy (ADR 0027): admins set it; auditors (and admins) read it.
    Permission.RECORDING_POLICY_READ: _AUDITORS,
    Permission.RECORDING_POLICY_MANAGE: _ADMINS,
}

# Roles an admin may hand out; only an owner may create or change owners and admins.
ROLES_ADMIN_MAY_GRANT = frozenset({Role.SUPERVISOR, Role.MEMBER, Role.AUDITOR, Role.REVIEWER})


# The operator acting through the CLI on the server itself (who holds the keyring anyway).
SYSTEM_ROLE = "system"


def role_allows(role: str, permission: Permission) -> bool:
    return role == SYSTEM_ROLE or role in PERMISSIONS[permission]


def allows(role: str, permission: Permission, scopes: frozenset[str] | None) -> bool:
    """True when the role grants the permission and, for API tokens, a scope names it."""
    if not role_allows(role, permission):
        return False
    return scopes is None or permission.value in scopes


def require(role: str, scopes: frozenset[str] | None, permission: Permission) -> None:
    """Raise PermissionDenied (403, no data) unless role and scopes allow the permission."""
    from callvault.core.errors import PermissionDenied

    if not allows(role, permission, scopes):
        raise PermissionDenied("Your role does not allow this action.", permission=permission.value)

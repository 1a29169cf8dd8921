"""What each permission allows, in a short phrase for people.

One place for the words: the web app's token page lists them beside the checkboxes (from
`GET /tokens/scopes`), so the API and the page cannot drift apart. A phrase says what a
holder may do; the role still bounds it (a member's `calls.read` is their own calls, an
admin's every call), so the phrases name the widest case only where a role decides it.
A test checks that every permission has one.
"""

from __future__ import annotations

from callvault.core.permissions import Permission

P = Permission

DESCRIPTIONS: dict[Permission, str] = {
    P.WORKSPACE_READ: "Read the workspace's name and status.",
    P.WORKSPACE_UPDATE: "Rename the workspace.",
    P.WORKSPACE_CLOSE: "See and cancel a workspace closure (starting one needs a signed-in owner).",
    P.SSO_READ: "See the single sign-on configuration (never its client secret).",
    P.SSO_MANAGE: "Configure single sign-on: the identity provider, its domains, on or off.",
    P.USERS_OFFBOARD: "Offboard a leaver: disable them and reassign or delete their data.",
    P.USERS_READ: "Read the workspace's directory of users.",
    P.USERS_MANAGE: "Add, change, disable and re-enable users; send invitations and resets.",
    P.GROUPS_READ: "Read groups and their members.",
    P.GROUPS_MANAGE: "Create, rename and delete groups; add and remove members.",
    P.SESSIONS_OWN: "List and sign out your own devices; change your password.",
    P.SESSIONS_MANAGE: "List and sign out other users' devices.",
    P.TOKENS_OWN: "List and revoke your own API tokens.",
    P.AUDIT_READ: "Read the audit log.",
    P.AUDIT_EXPORT: "Export the audit log (CSV or JSON lines).",
    P.AUDIT_VERIFY: "Verify the audit log's integrity.",
    P.AUDIT_ACKNOWLEDGE: "Acknowledge security alerts (mark them handled).",
    P.KEYS_READ: "Read the workspace's encryption key versions.",
    P.KEYS_ROTATE: "Rotate the workspace's encryption keys.",
    P.JOBS_READ: "Read background jobs and their queue.",
    P.JOBS_MANAGE: "Requeue failed background jobs.",
    P.CALLS_READ: "Read call records you may see (your own; more if your role sees more).",
    P.CALLS_READ_TEAM: "Also read the calls of the teams you supervise.",
    P.CALLS_READ_ALL: "Also read every call of the workspace.",
    P.CALLS_ANNOTATE: "Tag and annotate calls you may see.",
    P.CALLS_INGEST: "Send call events from the phone system (start, answer, end).",
    P.CALLS_EXPORT: "Export call records.",
    P.CALLS_DELETE: "Delete a call record.",
    P.CALLS_DELETE_BULK: "Delete call records by filter.",
    P.CALLS_LIVE: "Place and receive live calls.",
    P.CONTACTS_READ: "Read the shared directory and your personal contacts.",
    P.CONTACTS_WRITE: "Create, import, change and delete contacts.",
    P.CONTACTS_MANAGE_SHARED: "Change the shared contact directory.",
    P.CONTACTS_EXPORT: "Export contacts.",
    P.CONTACTS_DELETE_BULK: "Delete contacts by filter.",
    P.RECORDINGS_READ: "Listen to and download recordings of calls you may see.",
    P.RECORDINGS_UPLOAD: "Upload call recordings from the phone system.",
    P.RECORDINGS_DELETE: "Delete recordings.",
    P.VOICEMAIL_READ: "Read and listen to voicemail you may see; mark it read.",
    P.VOICEMAIL_READ_TEAM: "Also read the voicemail of the teams you supervise.",
    P.VOICEMAIL_READ_ALL: "Also read every mailbox of the workspace.",
    P.VOICEMAIL_INGEST: "Deliver voicemail messages from the phone system.",
    P.VOICEMAIL_DELETE: "Delete voicemail messages in mailboxes you manage.",
    P.VOICEMAIL_GREETING: "Set and remove voicemail greetings of mailboxes you manage.",
    P.VOICEMAIL_DELETE_BULK: "Delete voicemail messages by filter.",
    P.CHAT_READ: "Read your chat conversations, messages and attachments; search them.",
    P.CHAT_WRITE: "Start conversations, send, edit and delete your messages.",
    P.CHAT_READ_TEAM: "Also read conversations the teams you supervise take part in.",
    P.CHAT_READ_ALL: "Also read every conversation of the workspace.",
    P.CHAT_DELETE_ANY: "Delete anyone's messages and whole conversations.",
    P.CHAT_MANAGE_MEMBERS: "Remove others from group conversations.",
    P.CHAT_DELETE_BULK: "Delete chat messages by filter.",
    P.INTELLIGENCE_READ: "Read redacted transcripts, notes, sentiment and moments.",
    P.INTELLIGENCE_READ_RAW: "Read unredacted transcripts and audio (every read audited).",
    P.INTELLIGENCE_MANAGE: "Manage voice intelligence: settings, dictionary, moments, re-runs.",
    P.CONSENT_OWN: "Read and set your own AI-use consent.",
    P.CONSENT_MANAGE: "Set AI-use consent for the workspace, groups and users.",
    P.CONSENT_REPORT: "Read the report of which data AI features used.",
    P.REVIEW_WORK: "Work the review queue: hear and correct sampled snippets.",
    P.REVIEW_MANAGE: "Draw review samples.",
    P.RETENTION_READ: "Read retention policies and the sweep's status.",
    P.RETENTION_MANAGE: "Change retention policies and preview what they would delete.",
    P.ANALYTICS_READ: "Read the usage dashboard (call counts and durations, no content).",
    P.RECORDING_POLICY_READ: "Read the live-call recording policy.",
    P.RECORDING_POLICY_MANAGE: "Change the live-call recording policy.",
}


def describe(permission: Permission) -> str:
    return DESCRIPTIONS[permission]

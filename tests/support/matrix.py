"""What the access matrix needs to know about routes it cannot infer from the app:
how to make a target object for each path parameter, a valid body for each route that
takes one, and which routes apply horizontal (own vs. others') control.

A domain that adds routes adds its entries here; the matrix fails on a route it cannot
exercise (a path parameter without a factory, a body-taking route without a body)."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

from callvault.comms.contacts import service as contacts
from callvault.comms.contacts.schemas import ContactIn
from callvault.comms.recordings.upload import upload_recording
from callvault.comms.voicemail.greetings import upload_greeting
from callvault.comms.voicemail.ingest import ingest_message
from callvault.core.context import Actor
from callvault.core.permissions import Permission
from callvault.jobs import queue as jobs
from callvault.wiring import Container
from tests.support import audio
from tests.support import chat_factories as chat
from tests.support import consent_factories as ai_use
from tests.support import factories as f
from tests.support import vi_factories as vi
from tests.support.alerts import open_alert
from tests.support.calls import started_call

# (container, workspace id, a target user in it who is neither the actor nor an owner)
#   -> the id of an object of that kind belonging to / about that user.
TargetFactory = Callable[[Container, str, str], str]


def plain_call(c: Container, workspace_id: str, user_id: str) -> str:
    """A started inbound call from an external number to the user."""
    return started_call(c, workspace_id, {"number": "+14155550100"}, {"user_id": user_id})


def call_with_user(c: Container, workspace_id: str, user_id: str) -> str:
    """A call with the user, with an analysed transcript."""
    call_id = plain_call(c, workspace_id, user_id)
    vi.seed_transcript(c, workspace_id, "call", call_id)
    return call_id


def personal_contact(c: Container, workspace_id: str, user_id: str) -> str:
    """A personal contact of the user (nobody else, admins included, may see it)."""
    actor = Actor(
        workspace_id=workspace_id,
        actor_type="user",
        actor_id=user_id,
        role="member",
        user_id=user_id,
    )
    data = ContactIn(name="Matrix Contact", phones=["+14155550123"], emails=["m@example.com"])
    with c.db.write() as s:
        out = contacts.create_contact(s, keyring=c.keyring, audit=c.audit, actor=actor, data=data)
    return out.id


def recording_of(c: Container, workspace_id: str, user_id: str) -> str:
    """A recording of a call with the user."""
    call_id = call_with_user(c, workspace_id, user_id)
    out = upload_recording(
        c.db,
        blobs=c.blobs,
        audit=c.audit,
        actor=Actor.system(workspace_id),
        call_id=call_id,
        party=None,
        channel_map=None,
        chunks=[audio.wav_bytes(0.2)],
    )
    return out.id


def voicemail_for(c: Container, workspace_id: str, user_id: str) -> str:
    """A voicemail message in the user's mailbox, from an external number."""
    out = ingest_message(
        c.db,
        keyring=c.keyring,
        blobs=c.blobs,
        audit=c.audit,
        hooks=c.voicemail_hooks,
        actor=Actor.system(workspace_id),
        mailbox_id=user_id,
        caller_number="+14155550100",
        caller_user_id=None,
        caller_contact_id=None,
        received_at=None,
        chunks=[audio.wav_bytes(0.2)],
    )
    vi.seed_transcript(c, workspace_id, "voicemail", out.id)
    return out.id


def mailbox_with_greeting(c: Container, workspace_id: str, user_id: str) -> str:
    """The user's mailbox (their user id), with a greeting set."""
    upload_greeting(
        c.db,
        blobs=c.blobs,
        audit=c.audit,
        actor=Actor.system(workspace_id),
        mailbox_id=user_id,
        chunks=[audio.wav_bytes(0.2)],
    )
    return user_id


def dead_job(c: Container, workspace_id: str, user_id: str) -> str:
    """A dead (cancelled) job of the workspace: what an admin may requeue."""
    with c.db.write() as s:
        job_id = jobs.enqueue(s, kind="matrix.noop", workspace_id=workspace_id, payload={})
        jobs.cancel(s, job_id)
    return job_id


TARGETS: dict[str, TargetFactory] = {
    "user_id": lambda c, ws, uid: uid,
    "group_id": lambda c, ws, uid: f.group_with_member(c, ws, uid),
    "session_id": lambda c, ws, uid: f.session_token(c, ws, uid)[1],
    "token_id": lambda c, ws, uid: f.api_token_row(c, ws, uid),
    "call_id": call_with_user,
    "contact_id": personal_contact,
    "recording_id": recording_of,
    "voicemail_id": voicemail_for,
    "mailbox_id": mailbox_with_greeting,
    "conversation_id": chat.conversation_of,
    "message_id": chat.message_of,
    "attachment_id": chat.attachment_of,
    "term_id": vi.term,
    "moment_id": vi.moment,
    "card_id": vi.assist_card,
    "run_id": vi.moment_run,
    "snippet_id": ai_use.snippet_of,
    "job_id": dead_job,
    "alert_id": open_alert,
}

# A valid body for every route that takes one (a callable makes a fresh one per request).
BODIES: dict[tuple[str, str], Any] = {
    ("POST", "/api/v1/auth/sign-in"): {"workspace": "nope", "email": "a@b.co", "password": "x"},
    ("PUT", "/api/v1/me/password"): {
        "current_password": "correct horse battery staple",
        "new_password": "an entirely new passphrase 42",
    },
    ("PATCH", "/api/v1/workspace"): {"name": "Renamed Inc"},
    # A dry run: checks the owner's password and starts nothing (the matrix must not close
    # its own workspace). The auth routes come first, so by then PUT /me/password above has
    # changed the owner's password to its new_password. Offboarding deletes the fresh target
    # user's (empty) data.
    ("POST", "/api/v1/workspace/closure"): {
        "password": "an entirely new passphrase 42",
        "dry_run": True,
    },
    ("POST", "/api/v1/users/{user_id}/offboard"): {"mode": "delete"},
    # Two-step sign-in: the password (changed above) re-entered; requiring it stays off (on,
    # it would hold every session of the matrix's users, who have not enrolled).
    ("POST", "/api/v1/me/mfa/enrolment"): {"password": "an entirely new passphrase 42"},
    ("POST", "/api/v1/me/mfa/enrolment/confirm"): {"code": "000000"},
    ("POST", "/api/v1/me/mfa/disable"): {"password": "an entirely new passphrase 42"},
    ("POST", "/api/v1/me/mfa/recovery-codes"): {"password": "an entirely new passphrase 42"},
    ("PUT", "/api/v1/workspace/mfa-policy"): {"required": False},
    ("POST", "/api/v1/users/{user_id}/mfa-reset"): {"password": "an entirely new passphrase 42"},
    ("POST", "/api/v1/users/{user_id}/password-reset"): {
        "password": "an entirely new passphrase 42"
    },
    # Single sign-on: saving takes the owner's password (changed above) and fetches nothing;
    # the test is given an issuer on a documentation address (192.0.2.0/24), refused before
    # any request leaves (sso_config_invalid).
    ("PUT", "/api/v1/workspace/sso"): {
        "issuer": "https://idp.example.com",
        "client_id": "matrix",
        "client_secret": "matrix-secret",
        "allowed_domains": ["example.com"],
        "password": "an entirely new passphrase 42",
    },
    ("POST", "/api/v1/workspace/sso/test"): {"issuer": "https://192.0.2.1/"},
    ("POST", "/api/v1/users"): lambda: {"email": f"{f.unique('n')}@example.com", "name": "New"},
    ("PATCH", "/api/v1/users/{user_id}"): {"name": "Renamed"},
    ("POST", "/api/v1/groups"): lambda: {"name": f.unique("g")},
    ("PATCH", "/api/v1/groups/{group_id}"): lambda: {"name": f.unique("g")},
    ("PUT", "/api/v1/groups/{group_id}/members/{user_id}"): {"is_supervisor": True},
    # A scope every role holds (reviewers, too, may make tokens for their own work).
    ("POST", "/api/v1/tokens"): {"name": "ci", "scopes": ["workspace.read"]},
    ("POST", "/api/v1/calls/events"): lambda: {
        "type": "call.started",
        "external_call_id": f.unique("m"),
        "occurred_at": "2026-01-05T09:00:00+00:00",
        "direction": "inbound",
        "caller": {"number": "+14155550100"},
        "callee": {"number": "+14155550101"},
    },
    ("PATCH", "/api/v1/calls/{call_id}"): {"tags": ["matrix"]},
    ("POST", "/api/v1/calls/bulk-delete"): {"filter": {"tag": "matrix-none"}, "dry_run": True},
    ("POST", "/api/v1/voicemail/messages/bulk-delete"): {
        "filter": {"since": "2001-01-01T00:00:00Z", "until": "2001-01-02T00:00:00Z"},
        "dry_run": True,
    },
    ("POST", "/api/v1/contacts/bulk-delete"): {"filter": {"scope": "shared"}, "dry_run": True},
    ("POST", "/api/v1/contacts"): {"name": "New Contact", "phones": ["+14155550124"]},
    ("POST", "/api/v1/contacts/import"): b"name,phone\r\nImported Contact,+14155550125\r\n",
    ("PATCH", "/api/v1/contacts/{contact_id}"): {"company": "Renamed Ltd"},
    ("POST", "/api/v1/calls/{call_id}/recordings"): audio.wav_bytes(0.2),
    ("POST", "/api/v1/voicemail/mailboxes/{mailbox_id}/messages"): audio.wav_bytes(0.2),
    ("PUT", "/api/v1/voicemail/mailboxes/{mailbox_id}/greeting"): audio.wav_bytes(0.2),
    ("PATCH", "/api/v1/voicemail/messages/{voicemail_id}"): {"read": True},
    ("POST", "/api/v1/chat/conversations"): {"kind": "group", "member_ids": [], "title": "M"},
    ("POST", "/api/v1/chat/conversations/{conversation_id}/messages"): {"body": "matrix"},
    ("POST", "/api/v1/chat/conversations/{conversation_id}/attachments"): b"matrix file",
    ("POST", "/api/v1/chat/conversations/{conversation_id}/read"): {},
    ("PATCH", "/api/v1/chat/messages/{message_id}"): {"body": "edited by matrix"},
    ("POST", "/api/v1/chat/search"): {"q": "matrix"},
    ("PATCH", "/api/v1/chat/conversations/{conversation_id}"): {"title": "Renamed by matrix"},
    ("POST", "/api/v1/chat/conversations/{conversation_id}/members"): lambda: {
        "user_ids": [str(uuid.uuid4())]
    },
    ("PATCH", "/api/v1/intelligence/settings"): {"language": "en"},
    ("POST", "/api/v1/intelligence/dictionary"): lambda: {"term": f.unique("Term"), "aliases": []},
    ("PATCH", "/api/v1/intelligence/dictionary/{term_id}"): {"aliases": ["matrix alias"]},
    ("POST", "/api/v1/intelligence/moments"): {"name": "M", "phrases": ["cancel my account"]},
    ("PUT", "/api/v1/intelligence/moments/{moment_id}"): {"name": "M2", "keywords": ["refund"]},
    ("POST", "/api/v1/intelligence/moments/apply"): {},
    ("POST", "/api/v1/intelligence/assist-cards"): {
        "title": "Offer",
        "body": "Mention the annual plan.",
        "phrases": ["too expensive"],
    },
    ("PUT", "/api/v1/intelligence/assist-cards/{card_id}"): {
        "title": "Offer 2",
        "body": "Mention the annual plan.",
        "keywords": ["price"],
    },
    ("POST", "/api/v1/intelligence/search"): {"q": "refund"},
    ("POST", "/api/v1/calls/{call_id}/intelligence/rerun"): {"from_stage": "analyse"},
    ("POST", "/api/v1/voicemail/messages/{voicemail_id}/intelligence/rerun"): {
        "from_stage": "analyse"
    },
    ("POST", "/api/v1/chat/messages/bulk-delete"): {
        "filter": {"sender_id": "00000000-0000-4000-8000-000000000000"},
        "dry_run": True,
    },
    ("PUT", "/api/v1/retention/policies"): {"policies": {"audit_log": 400}},
    ("POST", "/api/v1/retention/preview"): {"policies": {"chat_attachments": 30}},
    ("PUT", "/api/v1/consent/workspace"): {"setting": "ai_training", "allowed": False},
    ("PUT", "/api/v1/recording-policies"): {"scope": "workspace", "mode": "on_demand"},
    ("PUT", "/api/v1/consent/groups/{group_id}"): {"setting": "manual_review", "allowed": False},
    ("PUT", "/api/v1/consent/users/{user_id}"): {"setting": "ai_training", "allowed": False},
    ("POST", "/api/v1/review/samples"): {"rate": 0.5},
    ("POST", "/api/v1/review/snippets/{snippet_id}/correction"): {"text": "corrected"},
}

# Routes whose success needs what the matrix cannot have (a code from the authenticator app
# the enrolment just made; two-step sign-in on): a role the route admits gets this answer
# instead, which still tells it apart from a 403.
WHEN_ALLOWED: dict[tuple[str, str], int] = {
    ("POST", "/api/v1/me/mfa/enrolment/confirm"): 422,  # mfa_code_invalid
    ("POST", "/api/v1/me/mfa/recovery-codes"): 409,  # mfa_not_enabled
    ("POST", "/api/v1/workspace/sso/test"): 422,  # sso_config_invalid
}

VI_ROUTES = (
    ("GET", "/intelligence"),
    ("GET", "/transcript"),
    ("GET", "/notes"),
    ("GET", "/sentiment"),
    ("GET", "/moments"),
    ("GET", "/verification"),
    ("POST", "/intelligence/rerun"),
)

# Own-workspace routes whose target belongs to another user: horizontal control answers 404
# unless the actor's role has the permission named here (None: never visible to others).
HORIZONTAL: dict[tuple[str, str], Permission | None] = {
    ("DELETE", "/api/v1/sessions/{session_id}"): Permission.SESSIONS_MANAGE,
    ("DELETE", "/api/v1/tokens/{token_id}"): None,
    ("GET", "/api/v1/calls/{call_id}"): Permission.CALLS_READ_ALL,
    ("PATCH", "/api/v1/calls/{call_id}"): Permission.CALLS_READ_ALL,
    # Personal contacts are their owner's alone: admins get 404 too.
    ("GET", "/api/v1/contacts/{contact_id}"): None,
    ("PATCH", "/api/v1/contacts/{contact_id}"): None,
    ("DELETE", "/api/v1/contacts/{contact_id}"): None,
    # Recordings: whoever sees the call (admins all; the target is on no team of the actor's).
    ("GET", "/api/v1/calls/{call_id}/recordings"): Permission.CALLS_READ_ALL,
    ("GET", "/api/v1/calls/{call_id}/consent-ledger"): Permission.CALLS_READ_ALL,
    ("GET", "/api/v1/recordings/{recording_id}"): Permission.CALLS_READ_ALL,
    ("GET", "/api/v1/recordings/{recording_id}/audio"): Permission.CALLS_READ_ALL,
    ("POST", "/api/v1/recordings/{recording_id}/playback"): Permission.CALLS_READ_ALL,
    # Voicemail: a mailbox is its owner's (a supervisor's teams' for reading; the target is
    # in none of the actor's teams); admins read and manage every mailbox; only the owner
    # marks messages read or unread.
    ("GET", "/api/v1/voicemail/messages/{voicemail_id}"): Permission.VOICEMAIL_READ_ALL,
    ("GET", "/api/v1/voicemail/messages/{voicemail_id}/audio"): Permission.VOICEMAIL_READ_ALL,
    ("POST", "/api/v1/voicemail/messages/{voicemail_id}/playback"): (Permission.VOICEMAIL_READ_ALL),
    ("PATCH", "/api/v1/voicemail/messages/{voicemail_id}"): None,
    ("DELETE", "/api/v1/voicemail/messages/{voicemail_id}"): Permission.VOICEMAIL_READ_ALL,
    ("GET", "/api/v1/voicemail/mailboxes/{mailbox_id}/greeting"): Permission.VOICEMAIL_READ_ALL,
    ("PUT", "/api/v1/voicemail/mailboxes/{mailbox_id}/greeting"): Permission.VOICEMAIL_READ_ALL,
    ("DELETE", "/api/v1/voicemail/mailboxes/{mailbox_id}/greeting"): (
        Permission.VOICEMAIL_READ_ALL
    ),
    ("GET", "/api/v1/voicemail/mailboxes/{mailbox_id}/greeting/audio"): (
        Permission.VOICEMAIL_READ_ALL
    ),
    ("POST", "/api/v1/voicemail/mailboxes/{mailbox_id}/greeting/playback"): (
        Permission.VOICEMAIL_READ_ALL
    ),
    # Chat: admins read every conversation of the workspace (audited), a supervisor their
    # teams' (the target is in no team of theirs); only members write; admins delete.
    ("GET", "/api/v1/chat/conversations/{conversation_id}"): Permission.CHAT_READ_ALL,
    ("GET", "/api/v1/chat/conversations/{conversation_id}/messages"): Permission.CHAT_READ_ALL,
    ("POST", "/api/v1/chat/conversations/{conversation_id}/messages"): None,
    ("POST", "/api/v1/chat/conversations/{conversation_id}/read"): None,
    ("POST", "/api/v1/chat/conversations/{conversation_id}/attachments"): None,
    ("DELETE", "/api/v1/chat/conversations/{conversation_id}"): Permission.CHAT_DELETE_ANY,
    ("PATCH", "/api/v1/chat/messages/{message_id}"): None,
    ("DELETE", "/api/v1/chat/messages/{message_id}"): Permission.CHAT_DELETE_ANY,
    ("GET", "/api/v1/chat/attachments/{attachment_id}"): Permission.CHAT_READ_ALL,
    # Voice intelligence follows the call's or voicemail's visibility.
    **{
        (method, f"/api/v1/calls/{{call_id}}{suffix}"): Permission.CALLS_READ_ALL
        for method, suffix in VI_ROUTES
    },
    **{
        (method, f"/api/v1/voicemail/messages/{{voicemail_id}}{suffix}"): (
            Permission.VOICEMAIL_READ_ALL
        )
        for method, suffix in VI_ROUTES
    },
    # Group membership: members add and rename; the creator or an admin removes others.
    ("PATCH", "/api/v1/chat/conversations/{conversation_id}"): None,
    ("POST", "/api/v1/chat/conversations/{conversation_id}/members"): None,
    ("POST", "/api/v1/chat/conversations/{conversation_id}/leave"): None,
    ("DELETE", "/api/v1/chat/conversations/{conversation_id}/members/{user_id}"): (
        Permission.CHAT_MANAGE_MEMBERS
    ),
    # Consent: a user's own settings, or anyone's for admins; a snippet is its claimant's.
    ("GET", "/api/v1/consent/users/{user_id}"): Permission.CONSENT_MANAGE,
    ("PUT", "/api/v1/consent/users/{user_id}"): Permission.CONSENT_MANAGE,
    ("GET", "/api/v1/consent/users/{user_id}/effective"): Permission.CONSENT_MANAGE,
    ("POST", "/api/v1/review/snippets/{snippet_id}/correction"): None,
    ("GET", "/api/v1/review/snippets/{snippet_id}/audio"): None,
}

"""Imports every ORM module so Base.metadata knows all tables (Alembic autogenerate, tests)."""

from callvault.analytics import models as analytics_models
from callvault.audit import models as audit_models
from callvault.comms.calls import models as calls_models
from callvault.comms.chat import models as chat_models
from callvault.comms.contacts import models as contacts_models
from callvault.comms.live import models as live_models
from callvault.comms.recordings import models as recordings_models
from callvault.comms.voicemail import models as voicemail_models
from callvault.crypto import models as crypto_models
from callvault.governance.alerts import models as alerts_models
from callvault.governance.closure import models as closure_models
from callvault.governance.consent import models as consent_models
from callvault.governance.retention import models as retention_models
from callvault.governance.review import models as review_models
from callvault.governance.training import models as training_models
from callvault.identity import models as identity_models
from callvault.identity.invitations import models as invitations_models
from callvault.identity.mfa import models as mfa_models
from callvault.identity.socket_tickets import models as socket_tickets_models
from callvault.identity.sso import models as sso_models
from callvault.intelligence import models as intelligence_models
from callvault.intelligence.assist import models as assist_models
from callvault.jobs import models as jobs_models
from callvault.retention_clock import models as retention_clock_models

__all__ = [
    "alerts_models",
    "analytics_models",
    "assist_models",
    "audit_models",
    "calls_models",
    "chat_models",
    "closure_models",
    "consent_models",
    "contacts_models",
    "crypto_models",
    "identity_models",
    "intelligence_models",
    "invitations_models",
    "jobs_models",
    "live_models",
    "mfa_models",
    "recordings_models",
    "retention_clock_models",
    "retention_models",
    "review_models",
    "socket_tickets_models",
    "sso_models",
    "training_models",
    "voicemail_models",
]

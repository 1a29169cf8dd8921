"""Imports every ORM module so Base.metadata knows all tables (Alembic autogenerate, tests)."""

from callvault.comms.calls import models as calls_models
from callvault.comms.contacts import models as contacts_models
from callvault.crypto import models as crypto_models
from callvault.governance.audit import models as governance_models
from callvault.identity import models as identity_models
from callvault.jobs import models as jobs_models

__all__ = [
    "calls_models",
    "contacts_models",
    "crypto_models",
    "governance_models",
    "identity_models",
    "jobs_models",
]

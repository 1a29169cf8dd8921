from __future__ import annotations

import pytest

from callvault.core.errors import PermissionDenied
from callvault.core.ids import is_valid_id, new_id
from callvault.core.permissions import PERMISSIONS, Permission, Role, allows, require


def test_every_permission_is_in_the_table_and_owners_hold_all() -> None:
    assert set(PERMISSIONS) == set(Permission)
    # Owners hold everything except team-scoped rights, which their "all" rights supersede.
    assert all(
        Role.OWNER in roles for p, roles in PERMISSIONS.items() if not p.value.endswith("_team")
    )


def test_auditor_reads_audit_not_manage() -> None:
    assert allows(Role.AUDITOR, Permission.AUDIT_READ, None)
    assert not allows(Role.AUDITOR, Permission.USERS_MANAGE, None)
    assert not allows(Role.MEMBER, Permission.AUDIT_READ, None)


def test_scopes_narrow_never_widen() -> None:
    assert not allows(Role.MEMBER, Permission.AUDIT_READ, frozenset({"audit.read"}))
    assert not allows(Role.OWNER, Permission.AUDIT_READ, frozenset({"users.read"}))
    with pytest.raises(PermissionDenied):
        require(Role.OWNER, frozenset({"users.read"}), Permission.KEYS_ROTATE)


def test_ids_are_uuid7_and_time_ordered() -> None:
    ids = [new_id() for _ in range(1000)]
    assert all(is_valid_id(i) and i[14] == "7" for i in ids)
    assert len(set(ids)) == 1000
    assert not is_valid_id("' OR 1=1") and not is_valid_id("")

"""What a retention policy may say: the data types, the allowed range of days, and which
type's items go with which (a derived item cannot be kept longer than what it came from).

A policy is a mapping data type -> days; a missing type (or None) keeps its items until they
are deleted. Conflicts are refused, never clamped: clamping would delete derived data (say,
recordings) earlier than their own policy says, a deletion nobody asked for."""

from __future__ import annotations

from collections.abc import Mapping

from callvault.governance.retention.errors import InvalidPolicy, PolicyConflict
from callvault.retention_clock.data_types import DataType, Policy

MIN_DAYS = 1
MAX_DAYS = 36_500  # a hundred years; anything longer is a typo, not a policy
AUDIT_MIN_DAYS = 365  # the audit log is evidence: a policy may never shorten it below a year

# Each derived type and the types whose deletion takes it along (transcripts belong to a
# call or to a voicemail message; both parents bound them).
PARENTS: dict[DataType, tuple[DataType, ...]] = {
    DataType.RECORDINGS: (DataType.CALLS,),
    DataType.TRANSCRIPTS: (DataType.CALLS, DataType.VOICEMAIL),
    DataType.CHAT_ATTACHMENTS: (DataType.CHAT_MESSAGES,),
}

# The types the sweep purges, children before parents so that every item is counted under
# its own type (a parent's deletion then finds none of its children left). The audit log
# goes last, so the entries written while purging are dated after any cutoff.
SWEPT: tuple[DataType, ...] = (
    DataType.CHAT_ATTACHMENTS,
    DataType.TRANSCRIPTS,
    DataType.RECORDINGS,
    DataType.CHAT_MESSAGES,
    DataType.VOICEMAIL,
    DataType.CALLS,
    DataType.AUDIT_LOG,
)


def _said(data_type: DataType) -> str:
    """A data type as the admin page labels it ("audit log", not "audit_log")."""
    return data_type.value.replace("_", " ")


def _longer(child: int | None, parent: int | None) -> bool:
    """True when the child would be kept longer than its parent (None is forever)."""
    if parent is None:
        return False
    return child is None or child > parent


def parse(raw: Mapping[str, object]) -> dict[DataType, int | None]:
    """Validate names and day counts (None: keep until deleted); InvalidPolicy otherwise."""
    out: dict[DataType, int | None] = {}
    for name, days in raw.items():
        try:
            data_type = DataType(name)
        except ValueError:
            raise InvalidPolicy(
                f"Unknown data type {name!r}.", field=name, allowed=[t.value for t in DataType]
            ) from None
        if days is None:
            out[data_type] = None
            continue
        if isinstance(days, bool) or not isinstance(days, int):
            raise InvalidPolicy("Retention is a whole number of days, or null.", field=name)
        low = AUDIT_MIN_DAYS if data_type is DataType.AUDIT_LOG else MIN_DAYS
        if days < low:
            raise InvalidPolicy(
                f"Retention of {_said(data_type)} must be at least {low} day(s); got {days}.",
                field=name,
                minimum=low,
            )
        if days > MAX_DAYS:
            raise InvalidPolicy(
                f"Retention of {_said(data_type)} must be at most {MAX_DAYS} days; got {days}.",
                field=name,
                maximum=MAX_DAYS,
            )
        out[data_type] = days
    return out


def merged(current: Policy, changes: Mapping[DataType, int | None]) -> Policy:
    """The policy after applying changes (None removes a type's limit), checked for
    conflicts; PolicyConflict names the first derived type that would outlive its parent."""
    out = dict(current)
    for data_type, days in changes.items():
        if days is None:
            out.pop(data_type, None)
        else:
            out[data_type] = days
    for child, parents in PARENTS.items():
        for parent in parents:
            if _longer(out.get(child), out.get(parent)):
                limit = out[parent]
                raise PolicyConflict(
                    f"{_said(child)} cannot be kept longer than {_said(parent)} "
                    f"({limit} days): they are deleted with it. Set {_said(child)} to at "
                    f"most {limit} days.",
                    field=child.value,
                    parent=parent.value,
                    maximum=limit,
                )
    return out

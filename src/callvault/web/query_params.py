"""Unknown query parameters are refused with 422, naming them, instead of being ignored: a
misspelt filter (`/contacts/lookup?number=` for `?phone=`) would otherwise answer as though
nothing had been asked, and a client would never learn why its filter has no effect."""

from __future__ import annotations

from fastapi import Request
from fastapi.dependencies.models import Dependant
from fastapi.routing import APIRoute
from pydantic import BeforeValidator
from pydantic_core import PydanticCustomError

from callvault.core.errors import InvalidInput

_MAX_NAMED = 10
# The largest value of an INTEGER column (32 bits on PostgreSQL): the bound of any query
# parameter compared with one (sequence numbers), so a larger one is a 422, not a 500.
INTEGER_MAX = 2**31 - 1


def _true_or_false(value: object) -> object:
    # A query string carries text, and pydantic's lax bool took "1", "on", "yes", "t" and "y"
    # too: `?unread=no` read as a filter given. Only the two words the schema names pass.
    if isinstance(value, str):
        if value not in ("true", "false"):
            raise PydanticCustomError("query_boolean", "Give true or false.")
        return value == "true"
    return value


# Goes in a boolean query parameter's Annotated[...], beside its Query(...).
TRUE_OR_FALSE = BeforeValidator(_true_or_false)


class UnknownQueryParameter(InvalidInput):
    code = "unknown_query_parameter"


def _query_names(dependant: Dependant) -> set[str]:
    names = {field.alias for field in dependant.query_params}
    for sub in dependant.dependencies:
        names |= _query_names(sub)
    return names


def declared_query_parameters(route: APIRoute) -> frozenset[str]:
    """The query parameter names a route reads, its dependencies' included (a walk of a few
    objects: cheaper than a cache keyed by routes, which are not hashable)."""
    return frozenset(_query_names(route.dependant))


async def reject_unknown_query(request: Request) -> None:  # no I/O: no thread hand-off
    """A dependency for every HTTP route (app.py adds it when including each router)."""
    route = request.scope.get("route")
    if not isinstance(route, APIRoute) or not request.query_params:
        return
    declared = declared_query_parameters(route)
    unknown = sorted({name for name in request.query_params if name not in declared})
    if not unknown:
        return
    # Names only, never values (a value may be a number or an email), each cut short.
    named = [name[:64] for name in unknown[:_MAX_NAMED]]
    listed = ", ".join(named) + (", ..." if len(unknown) > _MAX_NAMED else "")
    expected = ", ".join(sorted(declared)) or "none"
    raise UnknownQueryParameter(
        f"Unknown query parameter: {listed} (this route takes: {expected}).",
        parameters=named,
        expected=sorted(declared),
    )

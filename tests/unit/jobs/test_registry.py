from __future__ import annotations

import pytest

from callvault.core.errors import InvalidInput
from callvault.jobs import HandlerRegistry, JobContext


def _noop(ctx: JobContext) -> None:
    return None


def test_registered_handler_is_found_with_its_lease() -> None:
    registry = HandlerRegistry()
    registry.register("media.transcribe", _noop, lease_seconds=300)
    spec = registry.get("media.transcribe")
    assert spec is not None
    assert spec.handler is _noop
    assert spec.lease_seconds == 300
    assert "media.transcribe" in registry
    assert registry.kinds() == frozenset({"media.transcribe"})
    assert len(registry) == 1


def test_unknown_kind_is_none() -> None:
    assert HandlerRegistry().get("nope") is None
    assert "nope" not in HandlerRegistry()


def test_default_lease_is_none_so_the_worker_decides() -> None:
    registry = HandlerRegistry()
    registry.register("a", _noop)
    spec = registry.get("a")
    assert spec is not None
    assert spec.lease_seconds is None


def test_registering_a_kind_twice_is_refused() -> None:
    registry = HandlerRegistry()
    registry.register("a", _noop)
    with pytest.raises(ValueError, match="already registered"):
        registry.register("a", _noop)


def test_lease_must_be_positive() -> None:
    with pytest.raises(ValueError, match="lease_seconds"):
        HandlerRegistry().register("a", _noop, lease_seconds=0)


@pytest.mark.parametrize("kind", ["", "   ", "x" * 101])
def test_kind_must_be_a_short_non_empty_string(kind: str) -> None:
    with pytest.raises(InvalidInput):
        HandlerRegistry().register(kind, _noop)

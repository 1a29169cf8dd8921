"""Which side of a call is the business's, as the redaction stage reads it: the side a
workspace user is on when the other is an outside number or a contact; none for a call
between two users, another workspace's call, or a voicemail."""

from __future__ import annotations

from callvault.intelligence.pipeline.parties import business_sides
from callvault.wiring import Container
from tests.integration.intelligence.helpers import office
from tests.support.calls import started_call
from tests.support.matrix import plain_call


def _sides(c: Container, workspace_id: str, source_type: str, source_id: str) -> frozenset[str]:
    with c.db.read() as s:
        return business_sides(
            s, workspace_id=workspace_id, source_type=source_type, source_id=source_id
        )


def test_the_user_s_side_of_a_call_with_an_outside_number_is_the_business(
    vi_container: Container,
) -> None:
    c = vi_container
    o = office(c, "biz-sides")
    ws = o.owner.workspace_id
    call_id = plain_call(c, ws, o.member.user_id)
    assert _sides(c, ws, "call", call_id) == {"callee"}
    other = office(c, "biz-sides-other").owner.workspace_id
    assert _sides(c, other, "call", call_id) == frozenset()
    assert _sides(c, ws, "voicemail", call_id) == frozenset()


def test_a_call_between_two_users_has_no_business_side(vi_container: Container) -> None:
    c = vi_container
    o = office(c, "biz-sides-internal")
    ws = o.owner.workspace_id
    call_id = started_call(
        c, ws, {"user_id": o.owner.user_id}, {"user_id": o.member.user_id}, direction="internal"
    )
    assert _sides(c, ws, "call", call_id) == frozenset()

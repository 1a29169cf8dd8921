"""Assist cards (ADR 0029): guidance an admin defines, shown to agents during live calls when
its phrase, keyword or dictionary term is said."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Response

from callvault.core.permissions import Permission
from callvault.intelligence.assist import service as cards
from callvault.intelligence.assist.schemas import (
    AssistCardIn,
    AssistCardListOut,
    AssistCardOut,
)
from callvault.web.access import rule
from callvault.web.deps import ActorDep, ContainerDep

router = APIRouter(tags=["intelligence"])
MANAGE = rule(Permission.INTELLIGENCE_MANAGE)
CardId = Annotated[str, Path(description="The assist card's id.")]


@router.get("/intelligence/assist-cards", openapi_extra=MANAGE)
def list_cards(a: ActorDep, c: ContainerDep) -> AssistCardListOut:
    """Every assist card of the workspace, enabled or not, oldest first."""
    with c.db.read() as s:
        return cards.list_cards(s, keyring=c.keyring, actor=a)


@router.post("/intelligence/assist-cards", status_code=201, openapi_extra=MANAGE)
def create_card(body: AssistCardIn, a: ActorDep, c: ContainerDep) -> AssistCardOut:
    """Add a card; it shows on live calls from the next transcript segment on."""
    with c.db.write() as s:
        return cards.create_card(s, keyring=c.keyring, audit=c.audit, actor=a, data=body)


@router.put("/intelligence/assist-cards/{card_id}", openapi_extra=MANAGE)
def update_card(card_id: CardId, body: AssistCardIn, a: ActorDep, c: ContainerDep) -> AssistCardOut:
    """Replace a card's content, triggers and enabled flag (its version goes up by one)."""
    with c.db.write() as s:
        return cards.update_card(
            s, keyring=c.keyring, audit=c.audit, actor=a, card_id=card_id, data=body
        )


@router.delete("/intelligence/assist-cards/{card_id}", status_code=204, openapi_extra=MANAGE)
def delete_card(card_id: CardId, a: ActorDep, c: ContainerDep) -> Response:
    with c.db.write() as s:
        cards.delete_card(s, audit=c.audit, actor=a, card_id=card_id)
    return Response(status_code=204)

"""A JSON response serialised once, by pydantic-core, from the response model the handler
built (list pages). FastAPI's own path would dump the model to a dict, validate that dict
again against the declared model and encode it a third time with `json.dumps`: for a page of
50 rows that was a quarter of the request's CPU. Routes returning it keep declaring the same
`response_model`, so the OpenAPI schema does not change."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from pydantic import BaseModel
from starlette.concurrency import run_in_threadpool
from starlette.responses import JSONResponse


class ModelResponse(JSONResponse):
    """`ModelResponse(page)`: the model's JSON, exactly as its `response_model` renders it."""

    def render(self, content: Any) -> bytes:
        if isinstance(content, BaseModel):
            return content.__pydantic_serializer__.to_json(content)
        return super().render(content)


async def in_thread(build: Callable[[], BaseModel]) -> ModelResponse:
    """Build a page (blocking: database, decryption) and render its JSON in the thread pool:
    the request's one hand-off, and the event loop never serialises a page."""
    return await run_in_threadpool(lambda: ModelResponse(build()))

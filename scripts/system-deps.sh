#!/usr/bin/env bash
# System packages the test suite needs and pip cannot provide: sox (test speech and the
# telephone channel) and espeak-ng (a second synthetic voice). Installed with apt-get when
# missing (as root, or through sudo); anything else gets a clear message and a failure.
set -euo pipefail
need=()
command -v sox >/dev/null || need+=(sox libsox-fmt-all)
command -v espeak-ng >/dev/null || need+=(espeak-ng)
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

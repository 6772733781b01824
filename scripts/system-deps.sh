#!/usr/bin/env bash
# Debian packages the test suite needs. Run as root (make setup does this).
# Nothing here downloads browsers or models: everything comes from apt.
set -euo pipefail
packages=()
need() { dpkg -s "$1" >/dev/null 2>&1 || packages+=("$1"); }
# (later issues add chromium, fonts and WeasyPrint's libraries here)
need poppler-utils
if [ ${#packages[@]} -gt 0 ]; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${packages[@]}"
fi

#!/usr/bin/env bash
# Debian packages Keukentafeltaal needs. Run as root (the Makefile does this).
#   system-deps.sh app    what the web app needs (PDF rendering)
#   system-deps.sh test   that, plus what the tests need (a browser, PDF tools)
# Nothing here downloads browsers or models from elsewhere: everything comes from apt.
set -euo pipefail
what="${1:-test}"
packages=()
need() { dpkg -s "$1" >/dev/null 2>&1 || packages+=("$1"); }
# WeasyPrint loads pango with dlopen; fontconfig needs at least one font.
need libpango-1.0-0
need libpangoft2-1.0-0
need fonts-dejavu-core
need libharfbuzz-subset0
if [ "$what" = "test" ]; then
  # pdftoppm/pdftotext, to look at rendered pages
  need poppler-utils
  # the browser for the end-to-end tests, driven by Playwright (never its own browser download)
  need chromium
  # a throwaway PostgreSQL cluster for the panel-store test (tests/test_panel_postgres.py)
  need postgresql
  # LibreOffice opens the tracked-changes .docx (tests/test_wordml.py); apt install took 13 s here
  need libreoffice-writer-nogui
  # the Dutch word list (OpenTaal) that every glossary and synonym alternative is checked against
  need hunspell-nl
fi
if [ ${#packages[@]} -gt 0 ]; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${packages[@]}"
fi

#!/usr/bin/env bash
# System packages for reading scanned letters: Tesseract with its French model, and
# poppler's pdftoppm to render scanned PDF pages; and Chromium, with which the tests
# check that reports render (skipped without it). OCR is optional at run time, so this
# never fails the install: as root it installs what is missing with apt-get, otherwise
# it says what to install and exits 0. Nothing is done when all is already there.
set -uo pipefail

missing=()
if ! command -v tesseract >/dev/null 2>&1; then
    missing+=(tesseract-ocr tesseract-ocr-fra)
elif ! tesseract --list-langs 2>/dev/null | grep -qx "fra"; then
    missing+=(tesseract-ocr-fra)
fi
if ! command -v pdftoppm >/dev/null 2>&1; then
    missing+=(poppler-utils)
fi
if ! command -v chromium >/dev/null 2>&1; then
    missing+=(chromium)
fi

if [ ${#missing[@]} -eq 0 ]; then
    exit 0
fi

if ! command -v apt-get >/dev/null 2>&1; then
    echo "install-system-deps: not a Debian-like system; to read scanned letters, install" \
         "Tesseract with its French model and poppler's pdftoppm yourself" \
         "(Debian names: ${missing[*]}). Scans are reported as unreadable until then." >&2
    exit 0
fi

if [ "$(id -u)" -ne 0 ]; then
    echo "install-system-deps: to read scanned letters, run as root:" >&2
    echo "    apt-get update && apt-get install -y --no-install-recommends ${missing[*]}" >&2
    echo "Scans are reported as unreadable until then; everything else works." >&2
    exit 0
fi

echo "install-system-deps: installing ${missing[*]}"
if ! { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"; }; then
    echo "install-system-deps: apt-get could not install ${missing[*]};" \
         "scans will be reported as unreadable until they are installed." >&2
fi
exit 0

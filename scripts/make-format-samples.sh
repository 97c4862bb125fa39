#!/usr/bin/env bash
# Makes the other office formats of seed 003 (ODT, RTF, DOC, HTML) from its DOCX with LibreOffice, for the test
# that every supported format is ingested. Needs: libreoffice-writer-nogui (Debian).
#   scripts/make-format-samples.sh        # writes src/test/resources/formats/seed003.{odt,rtf,doc,html}
set -euo pipefail
cd "$(dirname "$0")/.."
out=src/test/resources/formats
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$out"
cp sample-input/003_de5ae8d4d3f592eb.docx "$work/seed003.docx"
for format in odt rtf doc html; do
  (cd "$work" && soffice --headless --convert-to "$format" seed003.docx >/dev/null 2>&1)
  cp "$work/seed003.$format" "$out/"
done
ls -la "$out"

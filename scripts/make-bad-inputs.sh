#!/usr/bin/env bash
# make-bad-inputs.sh - builds src/test/resources/bad-input/: one small fixture per bad-input case
#   (empty, truncated, corrupt, encrypted, wrong type, executable, zip bomb, Thai file name,
#   TIS-620 / UTF-16LE+BOM / UTF-8+BOM text). Each file is < 200 KB except zip-bomb.docx (~1 MB,
#   1 GiB inflated). The 200 MB over-the-size-limit case is NOT here: the test makes it at run time
#   as a sparse file (RandomAccessFile.setLength), so nothing that big is ever committed.
# Needs (Debian 12): apt-get install qpdf imagemagick python3 coreutils libc-bin (iconv)
#   and the committed sample-input/ (scripts/make-samples.sh) as the source of real documents.
# Re-run: scripts/make-bad-inputs.sh   (idempotent; same bytes every run, except encrypted.pdf:
#   qpdf's AES-256 key is random, so an existing encrypted.pdf that opens with "user" is kept)
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
IN="$ROOT/sample-input"
OUT="$ROOT/src/test/resources/bad-input"
GEN="python3 $ROOT/scripts/samplegen.py"
mkdir -p "$OUT"
for tool in qpdf convert iconv python3; do
  command -v "$tool" >/dev/null || { echo "missing tool: $tool" >&2; exit 1; }
done

# empty files
: > "$OUT/empty.pdf"
: > "$OUT/empty.txt"

# a real Word-exported PDF cut to its first 30 %: header and some objects, no xref, no %%EOF
src="$IN/real/nysso-EB2-2.1.pdf"
head -c $(( $(stat -c %s "$src") * 30 / 100 )) "$src" > "$OUT/truncated.pdf"

# a valid DOCX with 512 bytes in the middle of word/document.xml's deflate data overwritten
$GEN corrupt "$IN/003_de5ae8d4d3f592eb.docx" "$OUT/corrupt.docx"

# AES-256 encrypted PDF, user password "user", owner password "owner"
if ! { [[ -s "$OUT/encrypted.pdf" ]] && qpdf --requires-password "$OUT/encrypted.pdf" \
       && qpdf --password=user --check "$OUT/encrypted.pdf" >/dev/null 2>&1; }; then
  qpdf --encrypt user owner 256 -- "$IN/003_de5ae8d4d3f592eb.pdf" "$OUT/encrypted.pdf"
fi

# a PNG image with a .pdf name (page 1 of the scanned seed 003, scaled down)
convert "$IN/003_de5ae8d4d3f592eb-scanned-p1.png" -resize 25% -strip \
  -define png:exclude-chunks=date,time "PNG:$OUT/png-disguised.pdf"

# a tiny PE-looking binary (MZ header, PE signature, no code), made here, not copied
$GEN fakeexe "$OUT/program.exe"

# zip bomb: structurally a DOCX; word/document.xml is one <w:t> of 1 GiB, ~1 MB compressed
$GEN zipbomb "$OUT/zip-bomb.docx" 1024

# a good UTF-8 Thai text whose name has Thai letters, Thai digits and spaces (memo header of 000)
sed -n '5,19p' "$IN/000_2065e0d738ff9e85.txt" | grep -v '^[[:space:]]*$' | sed 's/^#* *//' \
  > "$OUT/รายงาน ผลการดำเนินงาน ๒๕๖๕.txt"

# the same excerpt (title and first paragraph of 003) in three encodings, CRLF like Windows files
excerpt="$(mktemp)"
trap 'rm -f "$excerpt"' EXIT
sed -n '5,22p' "$IN/003_de5ae8d4d3f592eb.txt" | grep -v '^[[:space:]]*$' | sed -e 's/\*\*//g' -e 's/$/\r/' > "$excerpt"
iconv -f UTF-8 -t TIS-620 "$excerpt" > "$OUT/tis620-report.txt"
{ printf '\xff\xfe'; iconv -f UTF-8 -t UTF-16LE "$excerpt"; } > "$OUT/utf16-bom-report.txt"
{ printf '\xef\xbb\xbf'; cat "$excerpt"; } > "$OUT/utf8-bom-report.txt"

chmod 644 "$OUT"/*
ls -l "$OUT"

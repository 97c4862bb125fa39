#!/usr/bin/env bash
# Makes src/main/resources/bench/vocabulary.tsv, the word frequencies the search benchmark's synthetic units draw
# their filler text from, out of the real documents and seed texts: PDFs through pdftotext, DOCX through pandoc,
# then the index's own Thai segmentation counts the words. Needs poppler-utils and pandoc, and a built project.
#   scripts/make-bench-vocabulary.sh [REAL_DOCS_DIR ...]   # default: /work/shared/real-docs /work/shared/real-docs-2 /work/shared/seeds
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
dirs=("$@")
[[ ${#dirs[@]} -gt 0 ]] || dirs=(/work/shared/real-docs /work/shared/real-docs-2 /work/shared/seeds)
n=0
for dir in "${dirs[@]}"; do
  for f in "$dir"/*; do
    n=$((n + 1))
    case "$f" in
      *.pdf) pdftotext -q "$f" "$work/$n.txt" || true ;;
      *.docx) pandoc "$f" -t plain -o "$work/$n.txt" 2>/dev/null || true ;;
      *.txt) cp "$f" "$work/$n.txt" ;;
    esac
  done
done
mvn -q -o -B -DskipTests package test-compile >/dev/null
java -cp target/ita.jar:target/test-classes th.ita.bench.BenchVocabularyFile "$work" src/main/resources/bench/vocabulary.tsv
wc -l src/main/resources/bench/vocabulary.tsv

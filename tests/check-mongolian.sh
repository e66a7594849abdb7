#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# check-mongolian.sh SOURCE CLI LOCALEDIR: under LANGUAGE=mn_CN:zh_CN the
# check report and the PDF report of every sample are in Mongolian script
# and hold no Cyrillic (U+0400–U+04FF), which Debian's own "mn" catalogs
# would bring. The PDF is read back with pdftotext (poppler-utils).
set -eu
cd "$1"
cli=$2
localedir=$3
status=0
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

in_mongolian() {
  LANG=C.UTF-8 LC_ALL= LANGUAGE=mn_CN:zh_CN POSTPLAN_LOCALEDIR="$localedir" NO_COLOR=1 "$cli" "$@"
}

# verdict WHAT: reads text on stdin.
verdict() {
  result=$(python3 -c '
import re, sys
text = sys.stdin.read()
cyrillic = re.findall("[\u0400-\u04ff]", text)
mongolian = re.findall("[\u1800-\u18af]", text)
print("cyrillic" if cyrillic else "no-mongolian" if len(mongolian) < 100 else "ok")')
  case "$result" in
    ok) echo "ok: $1 reads in Mongolian script, no Cyrillic" ;;
    *) echo "not ok: $1 under mn_CN: $result"; status=1 ;;
  esac
}

for sample in data/samples/*.xml; do
  # Exit 1 is a report with failures; 2 (an error, even one in Mongolian)
  # fails the test.
  out=$(in_mongolian check "$sample" 2>&1) || [ $? -eq 1 ]
  printf '%s' "$out" | verdict "the check of $sample"

  if command -v pdftotext >/dev/null; then
    in_mongolian report "$sample" -o "$work/report.pdf" || [ $? -eq 1 ]
    pdftotext -raw "$work/report.pdf" - | verdict "the PDF report of $sample"
  else
    echo "ok: # SKIP pdftotext (poppler-utils) is not installed"
  fi
done
exit $status

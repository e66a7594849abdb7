#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# check-mongolian.sh SOURCE CLI LOCALEDIR: under LANGUAGE=mn_CN:zh_CN the
# check report and the PDF report of every sample, and the command line's
# errors, are in Mongolian script and hold no Cyrillic (U+0400–U+04FF),
# which Debian's own "mn" catalogs would bring. The PDF is read back with
# pdftotext (poppler-utils).
set -eu
cd "$1"
cli=$2
localedir=$3
status=0
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

in_mongolian() {
  LANG=C.UTF-8 LC_ALL= LANGUAGE=mn_CN:zh_CN POSTPLAN_LOCALEDIR="$localedir" NO_COLOR=1 "$@"
}

# judge WHAT MIN TEXT: at least MIN letters of Mongolian script, no Cyrillic.
judge() {
  verdict=$(printf '%s' "$3" | python3 -c '
import re, sys
text = sys.stdin.read()
cyrillic = re.findall("[\u0400-\u04ff]", text)
mongolian = re.findall("[\u1800-\u18af]", text)
print("cyrillic" if cyrillic else "no-mongolian" if len(mongolian) < int(sys.argv[1]) else "ok")' "$2")
  case "$verdict" in
    ok) echo "ok: $1: in Mongolian script, no Cyrillic" ;;
    *) echo "not ok: $1 under mn_CN: $verdict: $3"; status=1 ;;
  esac
}

for sample in data/samples/*.xml; do
  # Exit 1 is a report with failures; 2 (an error, even one in Mongolian)
  # fails the test.
  code=0
  out=$(in_mongolian "$cli" check "$sample" 2>&1) || code=$?
  if [ $code -gt 1 ]; then
    echo "not ok: $sample under mn_CN: exit status $code: $out"; status=1; continue
  fi
  judge "the check of $sample" 100 "$out"

  code=0
  in_mongolian "$cli" report "$sample" -o "$work/report.pdf" || code=$?
  if [ $code -gt 1 ]; then
    echo "not ok: the PDF report of $sample under mn_CN: exit status $code"; status=1; continue
  fi
  judge "the PDF report of $sample" 100 "$(pdftotext -raw "$work/report.pdf" -)"
done

# Errors are ours too: a missing file, a folder given as a plan, a missing
# folder of policy packs. One line each.
judge "a missing plan" 10 "$(in_mongolian "$cli" check "$work/no-such-plan.xml" 2>&1 >/dev/null || true)"
judge "a folder as a plan" 10 "$(in_mongolian "$cli" check "$work" 2>&1 >/dev/null || true)"
judge "no policy packs" 10 \
  "$(POSTPLAN_DATADIR="$work/nothing" in_mongolian "$cli" policies 2>&1 >/dev/null || true)"
exit $status

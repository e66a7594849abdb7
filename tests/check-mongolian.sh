#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# check-mongolian.sh SOURCE CLI LOCALEDIR: under LANGUAGE=mn_CN:zh_CN the
# report of every sample is in Mongolian script and holds no Cyrillic
# (U+0400–U+04FF), which Debian's own "mn" catalogs would bring.
set -eu
cd "$1"
cli=$2
localedir=$3
status=0
for sample in data/samples/*.xml; do
  out=$(LANG=C.UTF-8 LC_ALL= LANGUAGE=mn_CN:zh_CN POSTPLAN_LOCALEDIR="$localedir" NO_COLOR=1 \
        "$cli" check "$sample" 2>&1) || true
  verdict=$(printf '%s' "$out" | python3 -c '
import re, sys
text = sys.stdin.read()
cyrillic = re.findall("[\u0400-\u04ff]", text)
mongolian = re.findall("[\u1800-\u18af]", text)
print("cyrillic" if cyrillic else "no-mongolian" if len(mongolian) < 100 else "ok")')
  case "$verdict" in
    ok) echo "ok: $sample reads in Mongolian script, no Cyrillic" ;;
    *) echo "not ok: $sample under mn_CN: $verdict"; status=1 ;;
  esac
done
exit $status

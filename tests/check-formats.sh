#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# check-formats.sh SOURCE CLI LOCALEDIR: dates and money in the report are
# written as each language writes them: 2026年11月22日 and 万元 in
# Chinese, the Mongolian forms with ᠣᠨ and ᠲᠦᠮᠡᠨ ᠶᠤᠸᠠᠨ; and Chinese joins
# a result's sentences with no space after its full stop.
set -eu
cd "$1"
cli=$2
localedir=$3
status=0
sample=data/samples/chifeng-sample.xml
# Under Shenzhen's pack, on a day it was in force, the sample's purchased
# project falls short of its labour share: its report names amounts.
report() {
  LANG=C.UTF-8 LC_ALL= LANGUAGE=$1 POSTPLAN_LOCALEDIR="$localedir" NO_COLOR=1 \
    "$cli" check "$sample" --policy shenzhen-2020 --date 2025-06-01 || true
}
expect() {
  what=$1 text=$2 pattern=$3
  if printf '%s' "$text" | grep -Eq -- "$pattern"; then
    echo "ok: $what"
  else
    echo "not ok: $what: no match for $pattern"; status=1
  fi
}
refuse() {
  what=$1 text=$2 pattern=$3
  if printf '%s' "$text" | grep -Eq -- "$pattern"; then
    echo "not ok: $what: found $pattern"; status=1
  else
    echo "ok: $what"
  fi
}
zh=$(report zh_CN)
expect "zh_CN: plan date as 2025年6月1日" "$zh" '2025年6月1日'
expect "zh_CN: money in 万元" "$zh" '19\.2 万元'
refuse "zh_CN: no raw yuan figures" "$zh" '192000 元'
refuse "zh_CN: no space after a full stop" "$zh" '。 '
mn=$(report mn_CN:zh_CN)
expect "mn_CN: plan date in Mongolian" "$mn" '2025 ᠣᠨ.ᠤ 6 ᠰᠠᠷ᠎ᠠ.ᠶᠢᠨ 1'
expect "mn_CN: money in ᠲᠦᠮᠡᠨ ᠶᠤᠸᠠᠨ" "$mn" '19\.2 ᠲᠦᠮᠡᠨ ᠶᠤᠸᠠᠨ'
en=$(report en)
expect "English: ISO date, whole yuan" "$en" '2025-06-01'
expect "English: whole yuan" "$en" '192000 yuan'
exit $status

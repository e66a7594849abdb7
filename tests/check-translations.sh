#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Every language of po/LINGUAS is complete against a template extracted
# afresh from po/POTFILES.in: msgfmt --check clean, nothing untranslated,
# nothing fuzzy. Prints "N passed, N failed".
set -eu
cd "$1"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# The keywords and flags of meson's "glib" preset, and the ITS rules of
# the policy packs.
grep -v '^#' po/POTFILES.in | grep -v '^$' > "$work/files"
GETTEXTDATADIRS="$PWD/data" xgettext --from-code=UTF-8 --add-comments --package-name=postplan \
  --keyword=_ --keyword=N_ --keyword=C_:1c,2 --keyword=NC_:1c,2 --keyword=g_dcgettext:2 \
  --keyword=g_dngettext:2,3 --keyword=g_dpgettext2:2c,3 \
  --flag=N_:1:pass-c-format --flag=C_:2:pass-c-format --flag=NC_:2:pass-c-format \
  --flag=g_dngettext:2:pass-c-format --flag=g_strdup_printf:1:c-format \
  --flag=g_string_printf:2:c-format --flag=g_string_append_printf:2:c-format \
  --flag=g_error_new:3:c-format --flag=g_set_error:4:c-format \
  -f "$work/files" -o "$work/postplan.pot"

passed=0
failed=0
for lang in $(grep -v '^#' po/LINGUAS); do
  if [ ! -f "po/$lang.po" ]; then
    echo "not ok: po/LINGUAS lists $lang, but po/$lang.po is missing"
    failed=$((failed + 1))
    continue
  fi
  msgmerge --quiet --no-fuzzy-matching -o "$work/$lang.po" "po/$lang.po" "$work/postplan.pot"
  if ! stats=$(msgfmt --check --statistics -o /dev/null "$work/$lang.po" 2>&1); then
    echo "not ok: $lang: msgfmt --check fails: $stats"
    failed=$((failed + 1))
    continue
  fi
  case "$stats" in
    *fuzzy*|*untranslated*)
      echo "not ok: $lang is incomplete: $stats"
      failed=$((failed + 1)) ;;
    *)
      echo "ok: $lang: $stats"
      passed=$((passed + 1)) ;;
  esac
done
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]

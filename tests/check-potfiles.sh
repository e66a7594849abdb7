#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Fails when a source file with translatable strings is missing from
# po/POTFILES.in, or when POTFILES.in names a file that does not exist.
set -eu
cd "$1"
status=0
# Code, .ui files, the settings schema, every policy pack (its titles
# and messages are extracted by data/its/postplan-pack.its), and the
# desktop file, metainfo and MIME type (merged back by i18n.merge_file).
for f in $( { grep -rlE '\b(_|N_|C_|ngettext)[[:space:]]*\(' app; grep -rl 'translatable="yes"' ui;
              ls data/*.gschema.xml data/policies/*.xml data/*.desktop.in data/*.metainfo.xml.in \
                 data/*.mime.xml.in; } | sort); do
  if ! grep -qxF "$f" po/POTFILES.in; then
    echo "not ok: $f has translatable strings but is not in po/POTFILES.in"
    status=1
  fi
done
for f in $(grep -v '^#' po/POTFILES.in | grep -v '^$'); do
  if [ ! -f "$f" ]; then
    echo "not ok: po/POTFILES.in names $f, which does not exist"
    status=1
  fi
done
[ $status -eq 0 ] && echo "ok: po/POTFILES.in is complete"
exit $status

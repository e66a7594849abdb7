#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# The policy packs' ITS rules (data/its) give translators every pack title,
# rule title and message template, and never a clause's quoted source text.
set -eu
cd "$1"
pot=$(GETTEXTDATADIRS="$PWD/data" xgettext --from-code=UTF-8 --add-comments -o - data/policies/*.xml)
status=0
check () {
  if ! printf '%s\n' "$pot" | grep -qF -- "$2"; then
    echo "not ok: $1"
    status=1
  fi
}
check "a pack title is extracted" 'msgid "Chifeng 2022: social-work post development and talent incentives"'
check "a rule title is extracted" 'msgid "Professional-technical posts in welfare institutions"'
check "a message template is extracted, with its placeholders" '{actual} of all posts'
check "the note on placeholders reaches translators" 'Keep {actual} and {required}'
titles=$(grep -c '<title>' data/policies/*.xml | awk -F: '{ n += $2 } END { print n }')
extracted=$(printf '%s\n' "$pot" | grep -c '^#: data/policies/' || true)
if [ "$extracted" -lt "$titles" ]; then
  echo "not ok: only $extracted strings extracted for $titles titles"
  status=1
fi
if printf '%s\n' "$pot" | grep -qF '一般不低于单位岗位数量的70%'; then
  echo "not ok: a quoted clause was offered for translation"
  status=1
fi
[ $status -eq 0 ] && echo "ok: $extracted pack strings extracted, quotes left alone"
exit $status

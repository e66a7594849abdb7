#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# check-desktop-data.sh SOURCE BUILD: the desktop file, metainfo, settings
# schema and MIME type as built (translations merged in) are valid, by the
# tools that software centres and desktops use. Flathub's escalations make
# a missing content rating, missing releases or a missing launchable
# errors. Prints "N passed, N failed".
set -u
source=$1
data=$2/data
id=io.github.postplan.PostPlan
. "$(dirname "$0")/check-lib.sh"

check "desktop-file-validate" desktop-file-validate "$data/$id.desktop"
# One --override: appstreamcli keeps only the last of several. AppStream
# 0.16 calls a missing launchable desktop-app-launchable-missing, an error
# already; 1.0 calls it desktop-app-launchable-omitted, a warning.
flathub=content-rating-missing=error,releases-info-missing=error,desktop-app-launchable-omitted=error
check "appstreamcli validate" appstreamcli validate --no-net --override=$flathub "$data/$id.metainfo.xml"
check "glib-compile-schemas --strict" glib-compile-schemas --strict --dry-run "$source/data"
check "MIME type against the shared-mime-info elements" \
  xmllint --noout --nonet --schema "$source/tests/shared-mime-info.xsd" "$data/$id.xml"

# update-mime-database says what it cannot use on stderr, and exits 0.
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/mime/packages"
cp "$data/$id.xml" "$work/mime/packages/"
check "update-mime-database takes the MIME type without a word" \
  sh -c 'XDG_DATA_DIRS="$1" update-mime-database "$1/mime" 2>&1 >/dev/null | grep . && exit 1; exit 0' sh "$work"

# Each escalation bites: the metainfo less one element (written on one
# line, or opened and closed on lines of their own) fails.
for element in content_rating releases launchable; do
  sed "/<$element[^>]*\/>/d; /<$element[ >].*<\/$element>/d; /<$element[ >]/,/<\/$element>/d" "$data/$id.metainfo.xml" > "$work/$element.metainfo.xml"
  check "a metainfo without <$element> is refused" sh -c \
    '! appstreamcli validate --no-net --override="$1" "$2"' sh "$flathub" "$work/$element.metainfo.xml"
done

# A release dated after today would be announced before it exists.
today=$(date -u +%Y-%m-%d)
check "no release in the future" sh -c '
  for d in $(sed -n "s/.*<release [^>]*date=\"\([0-9-]*\)\".*/\1/p" "$1"); do
    [ "$d" \> "$2" ] && { echo "release dated $d, after $2"; exit 1; }
  done; exit 0' sh "$data/$id.metainfo.xml" "$today"
# Software centres show screenshots from the network, and only over https.
check "screenshots over https" sh -c '
  ! grep -o "<image[^>]*>[^<]*" "$1" | grep -v ">https://"' sh "$data/$id.metainfo.xml"
# What po/ translates is merged in, in both languages.
check "translations merged into the desktop file, metainfo and MIME type" sh -c '
  for lang in zh_CN mn_CN; do
    grep -q "^Comment\[$lang\]=" "$1.desktop" && grep -q "^Keywords\[$lang\]=" "$1.desktop" &&
    grep -q "<summary xml:lang=\"$lang\">" "$1.metainfo.xml" &&
    grep -q "<comment xml:lang=\"$lang\">" "$1.xml" || { echo "no $lang"; exit 1; }
  done' sh "$data/$id"
# The desktop file announces the type the MIME package defines.
check "the desktop file opens the plan type" \
  grep -q "^MimeType=.*application/x-postplan-plan+xml;" "$data/$id.desktop"

finish

#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# check-install.sh BUILD: `meson install` into a spare DESTDIR gives a
# working application that reads nothing from the build or source tree:
# the installed postplan-cli checks the installed sample with the
# installed packs and catalogs, the installed postplan opens its first
# window under Xvfb, a plan file is recognised by the installed MIME
# database and opened with PostPlan, and appstreamcli composes the
# installed tree (icon found, metainfo and desktop file agreeing).
# Prints "N passed, N failed".
set -u
build=$(cd "$1" && pwd)
id=io.github.postplan.PostPlan
. "$(dirname "$0")/check-lib.sh"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
dest=$work/dest
check "meson install" meson install -C "$build" --destdir "$dest" --no-rebuild
[ "$failed" -eq 0 ] || finish
cli=$(find "$dest" -path '*/bin/postplan-cli')
root=$(dirname "$(dirname "$cli")")
prefix=${root#"$dest"}

# Nothing from the build: no variables pointing at it, another folder,
# a home and a library of its own.
unset POSTPLAN_DATADIR POSTPLAN_LOCALEDIR POSTPLAN_LIBRARY POSTPLAN_CLI
export HOME="$work/home" XDG_DATA_HOME="$work/home/data" XDG_CONFIG_HOME="$work/home/config"
export XDG_DATA_DIRS="$root/share:/usr/share"
mkdir -p "$XDG_DATA_HOME"
cd "$work"

for f in bin/postplan bin/postplan-cli \
         share/postplan/policies/national.xml share/postplan/schema/plan.xsd \
         share/postplan/samples/chifeng-sample.xml \
         share/locale/zh_CN/LC_MESSAGES/postplan.mo share/locale/mn_CN/LC_MESSAGES/postplan.mo \
         share/glib-2.0/schemas/$id.gschema.xml \
         share/applications/$id.desktop share/metainfo/$id.metainfo.xml share/mime/packages/$id.xml \
         share/icons/hicolor/scalable/apps/$id.svg share/icons/hicolor/symbolic/apps/$id-symbolic.svg \
         share/licenses/$id/COPYING; do
  [ -e "$root/$f" ] || missing="${missing:-}$f "
done
check "everything installed" sh -c '[ -z "$1" ] || { echo "missing: $1"; exit 1; }' sh "${missing:-}"

# The sample fails some rules on purpose: exit status 1 is a report.
check "installed postplan-cli checks the installed sample" sh -c '
  "$1/bin/postplan-cli" check "$1/share/postplan/samples/chifeng-sample.xml" > report.txt
  status=$?; [ $status -le 1 ] || exit 1; grep -q "chifeng-2022" report.txt' sh "$root"
check "installed postplan-cli speaks Chinese from the installed catalog" sh -c '
  LANG=C.UTF-8 LC_ALL= LANGUAGE=zh_CN "$1/bin/postplan-cli" policies > zh.txt &&
  LANG=C.UTF-8 LC_ALL= LANGUAGE= "$1/bin/postplan-cli" policies > en.txt && ! cmp -s zh.txt en.txt' sh "$root"

# DESTDIR installs skip meson's post-install steps: run them here.
glib-compile-schemas "$root/share/glib-2.0/schemas"
update-mime-database "$root/share/mime" > /dev/null
update-desktop-database "$root/share/applications"
check "the installed schema has the application's keys" sh -c '
  for key in window-width language last-plan default-policy; do
    gsettings --schemadir "$1" range "$2" $key > /dev/null || exit 1
  done' sh "$root/share/glib-2.0/schemas" "$id"

cp "$root/share/postplan/samples/chifeng-sample.xml" plan.xml
printf '<?xml version="1.0"?>\n<catalog/>\n' > other.xml
# As GNOME's file manager sees them (xdg-mime asks GIO on GNOME).
check "a plan file is a PostPlan plan, other XML stays XML" sh -c '
  export XDG_CURRENT_DESKTOP=GNOME
  plan=$(xdg-mime query filetype plan.xml); other=$(xdg-mime query filetype other.xml)
  echo "plan.xml: $plan, other.xml: $other"
  [ "$plan" = application/x-postplan-plan+xml ] && [ "$other" = application/xml ]'
check "a plan file opens with PostPlan" sh -c '
  app=$(XDG_CURRENT_DESKTOP=GNOME xdg-mime query default application/x-postplan-plan+xml)
  echo "default: $app"; [ "$app" = "$1.desktop" ]' sh "$id"

check "appstreamcli compose: the icon found, metainfo and desktop file agree" sh -c '
  appstreamcli compose --no-net --no-color --origin=postplan --prefix="$1" \
    --result-root="$2/compose" "$3" > compose.txt 2>&1 || { cat compose.txt; exit 1; }
  cat compose.txt
  ! grep -E "^ *(E|W):|error|warning" compose.txt || exit 1
  catalog=$(find "$2/compose" -name "postplan.xml.gz")
  zcat "$catalog" > catalog.xml
  for wanted in "<icon type=\"cached\" width=\"64\" height=\"64\">$4.png</icon>" \
                "<launchable type=\"desktop-id\">$4.desktop</launchable>" \
                "<content_rating type=\"oars-1.1\"" "<category>Office</category>" \
                "<lang percentage=\"100\">zh_CN</lang>" "<lang percentage=\"100\">mn_CN</lang>"; do
    grep -q -F "$wanted" catalog.xml || { echo "the catalog lacks $wanted"; exit 1; }
  done
  find "$2/compose" -path "*/64x64/$4.png" | grep -q .' \
  sh "$prefix" "$work" "$dest" "$id"

# The installed application up to its first window (its own Xvfb display
# numbers from 150, see tests/meson.build). GApplication needs a
# session bus; the window is found by its title.
check "installed postplan opens its window under Xvfb" xvfb-run -a -n 150 -s "-screen 0 1280x900x24" \
  dbus-run-session -- sh -c '
  GSETTINGS_SCHEMA_DIR="$1/share/glib-2.0/schemas" GDK_BACKEND=x11 "$1/bin/postplan" &
  pid=$!
  for i in $(seq 1 150); do
    if xwininfo -root -tree | grep -q "\"PostPlan\""; then kill $pid; wait $pid; exit 0; fi
    kill -0 $pid 2>/dev/null || { echo "postplan ended before its window"; exit 1; }
    sleep 0.2
  done
  echo "no PostPlan window after 30 s"; kill $pid; exit 1' sh "$root"

finish

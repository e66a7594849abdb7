#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# bench.sh BUILD_DIR [UNITS POSTS]: generates the benchmark plan (once per
# size) and runs pp-bench on it.
set -euo pipefail
build=$1
units=${2:-50000}
posts=${3:-1000000}
plan="$build/bench-$units-$posts.xml"

if [ ! -f "$plan" ]; then
  echo "Generating a plan of $posts posts in $units units…" >&2
  "$build/app/cli/postplan-cli" generate --units "$units" --posts "$posts" --seed 1 -o "$plan"
fi
"$build/tests/pp-bench" "$plan"

# The application, when it is built and Xvfb is there to draw it. Xvfb has
# no GPU: GTK's GL renderer would run on llvmpipe, slower than cairo on
# the same CPU, so the cairo renderer stands in for a desktop's GPU.
if [ -x "$build/tests/pp-bench-gui" ] && command -v xvfb-run >/dev/null; then
  echo
  GSK_RENDERER=cairo GSETTINGS_BACKEND=memory GSETTINGS_SCHEMA_DIR="$PWD/$build/data" NO_AT_BRIDGE=1 \
    xvfb-run -a -s '-screen 0 1280x900x24' dbus-run-session -- "$build/tests/pp-bench-gui" "$plan"
fi

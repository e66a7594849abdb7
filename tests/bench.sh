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
exec "$build/tests/pp-bench" "$plan"

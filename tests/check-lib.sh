# SPDX-License-Identifier: GPL-3.0-or-later
# check-lib.sh: sourced by the packaging checks. `check NAME COMMAND…`
# runs a command and prints "ok: NAME", or "not ok: NAME" and what it
# said; `finish` prints "N passed, N failed" and exits non-zero on any
# failure.
passed=0
failed=0

check() {
  name=$1; shift
  if out=$("$@" 2>&1); then
    echo "ok: $name"
    passed=$((passed + 1))
  else
    echo "not ok: $name"
    echo "$out" | sed 's/^/# /'
    failed=$((failed + 1))
  fi
}

finish() {
  echo "$passed passed, $failed failed"
  [ "$failed" -eq 0 ]
  exit
}

#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# check-flatpak.sh SOURCE PYTHON: the Flatpak manifest is what
# flatpak-builder reads without a warning, fits the schema of the keys we
# use (tests/flatpak-manifest.schema.json: every remote source pinned by
# sha256), and keeps the sandbox tight: its finish-args are exactly the
# allowed set, with no filesystem access (files come through portals).
# Prints "N passed, N failed".
set -u
source=$1
python=$2
manifest=$source/flatpak/io.github.postplan.PostPlan.json
. "$(dirname "$0")/check-lib.sh"

check "the manifest fits flatpak-manifest.schema.json" "$python" - "$manifest" \
  "$source/tests/flatpak-manifest.schema.json" <<'PY'
import json, sys
import jsonschema
manifest, schema = (json.load(open(path)) for path in sys.argv[1:3])
jsonschema.Draft7Validator.check_schema(schema)
errors = sorted(jsonschema.Draft7Validator(schema).iter_errors(manifest), key=lambda e: list(e.path))
for e in errors:
    print("/".join(map(str, e.path)) + ": " + e.message)
sys.exit(1 if errors else 0)
PY

# flatpak-builder warns of a key it does not know and goes on; here a
# warning fails. It keeps its state in the working folder: use a spare one.
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
check "flatpak-builder --show-manifest reads it without a word" sh -c '
  cd "$2" && flatpak-builder --show-manifest "$1" > shown.json 2> warnings.txt || exit 1
  cat warnings.txt; [ ! -s warnings.txt ]' sh "$manifest" "$work"

check "the sandbox and the build: finish-args, command, runtime, modules" "$python" - "$manifest" <<'PY'
import json, sys
m = json.load(open(sys.argv[1]))
problems = []
allowed = {"--share=ipc", "--socket=wayland", "--socket=fallback-x11", "--device=dri"}
args = m.get("finish-args", [])
if set(args) != allowed or len(args) != len(allowed):
    problems.append("finish-args are %s; exactly %s are allowed" % (sorted(args), sorted(allowed)))
if m.get("command") != "postplan":
    problems.append("command is %r, not postplan" % m.get("command"))
if m.get("runtime") != "org.gnome.Platform" or m.get("sdk") != "org.gnome.Sdk":
    problems.append("runtime and sdk must be org.gnome.Platform and org.gnome.Sdk")
version = m.get("runtime-version", "")
if not (version.isdigit() and int(version) >= 50):
    problems.append("runtime-version %r: GNOME 50 or newer" % version)
app = m["modules"][-1]
if app.get("name") != "postplan" or app.get("buildsystem") != "meson" or app.get("run-tests") is not True:
    problems.append("the last module must be postplan, built with meson, run-tests on")
names = [module["name"] for module in m["modules"]]
for needed in ("libxlsxwriter", "noto-sans-mongolian"):
    if needed not in names:
        problems.append("no module %s" % needed)
print("\n".join(problems))
sys.exit(1 if problems else 0)
PY

finish

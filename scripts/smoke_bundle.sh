#!/usr/bin/env bash
# Run the built bundle as an office PC would: fill a database, then open the window.
#   scripts/smoke_bundle.sh [DIST_DIR]     (default dist/crm-desktop)
set -euo pipefail
dist=${1:-dist/crm-desktop}
exe_suffix=""; case "$(uname -s)" in MINGW*|MSYS*|CYGWIN*) exe_suffix=".exe";; esac
cli="$dist/crm-desktop-cli$exe_suffix"
app="$dist/crm-desktop$exe_suffix"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export CRM_DESKTOP_TODAY=2026-11-25 QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}

"$cli" --db "$work/smoke.sqlite3" demo --customers 50 > "$work/demo.txt"
grep -q "demo customers=50" "$work/demo.txt"

# (outputs go to files: `| grep -q` would end the writer early and fail under pipefail)
"$cli" --db "$work/smoke.sqlite3" export "$work/x.json" > "$work/out.txt"
grep -q "exported customers=50" "$work/out.txt"
"$cli" --db "$work/smoke.sqlite3" export "$work/x.xlsx" > /dev/null
"$cli" --db "$work/copy.sqlite3" import "$work/x.xlsx" > "$work/out.txt"
grep -q "imported customers=50" "$work/out.txt"
"$cli" --db "$work/smoke.sqlite3" report "$work/x.pdf" > "$work/out.txt"
grep -q "report written" "$work/out.txt"
if command -v pdftotext > /dev/null; then
  pdftotext "$work/x.pdf" "$work/x.txt"
  grep -q "客户档案" "$work/x.txt"
fi

# A file that is not a database: exit 2 with one line, file untouched.
printf 'not a database' > "$work/bad.sqlite3"
set +e; "$cli" --db "$work/bad.sqlite3" demo --customers 1 2> "$work/err.txt"; rc=$?; set -e
[ "$rc" -eq 2 ] && [ "$(wc -l < "$work/err.txt")" -eq 1 ] || { echo "bad database not refused cleanly"; exit 1; }

# The window, opened through the console program: the windowed one has no stdout on Windows.
test -x "$app"
CRM_DESKTOP_SMOKE_TEST=1 timeout 60 "$cli" --db "$work/smoke.sqlite3" > "$work/window.txt"
grep -q "window ready: 50 customers" "$work/window.txt"
echo "bundle smoke test passed: $dist"

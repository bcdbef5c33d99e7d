#!/usr/bin/env bash
# Build the one-folder bundle (dist/crm-desktop) on this OS, then smoke-test it.
#   scripts/build_bundle.sh            build + smoke test
#   SKIP_SMOKE=1 scripts/build_bundle.sh
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-.venv/bin/python}
"$PY" -m pip install -q -e '.[build]'
"$PY" scripts/build_translations.py >/dev/null
"$PY" -m PyInstaller --noconfirm --log-level WARN --distpath dist --workpath build/pyinstaller build.spec
du -sh dist/crm-desktop
if [ -z "${SKIP_SMOKE:-}" ]; then
  scripts/smoke_bundle.sh dist/crm-desktop
fi

#!/usr/bin/env bash
# Refresh the Qt Linguist sources from the UI code, then compile them.
#   bash scripts/update_translations.sh          # lupdate + lrelease
# Translate new strings in resources/i18n/xiangyue_zh_CN.ts (pyside6-linguist opens it),
# then run this again so the .qm files match. Both .ts and .qm are committed.
set -euo pipefail
cd "$(dirname "$0")/.."
bin=.venv/bin
[ -x "$bin/pyside6-lupdate" ] || bin="$(dirname "$(uv run which python)")"
for lang in zh_CN en; do
  "$bin/pyside6-lupdate" desktop_app/ui/*.py -no-obsolete -source-language en \
    -target-language "$lang" -ts "resources/i18n/xiangyue_${lang}.ts"
  "$bin/pyside6-lrelease" "resources/i18n/xiangyue_${lang}.ts" \
    -qm "resources/i18n/xiangyue_${lang}.qm"
done

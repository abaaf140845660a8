#!/usr/bin/env bash
# Build the double-clickable app with PyInstaller, then prove the bundle works on its own:
# a copy is run from a temporary folder, with the working directory elsewhere, through
# `--self-test` offscreen. On Linux as root, the source tree (and its .venv) is also
# hidden from that run with a private mount, so a bundle that quietly reads files from the
# repository fails here instead of on a user's machine.
#
#   bash scripts/build_frozen.sh             # build + frozen self-test
#   bash scripts/build_frozen.sh --no-build  # self-test the existing dist/ only
#
# Works on Linux, macOS and Windows (Git Bash), as .ci/run and the GitHub workflow use it.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT="$(pwd)"

log() { printf '\n== %s\n' "$*"; }

if [ "$(uname -s)" = Linux ] && ! command -v objdump >/dev/null 2>&1; then
  # PyInstaller reads shared-library dependencies with binutils' objdump (and strips).
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    log "installing binutils"
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends binutils \
      >/dev/null
  else
    echo "build_frozen: PyInstaller needs objdump: install binutils" >&2
    exit 1
  fi
fi

if [ "${1:-}" != "--no-build" ]; then
  log "building the frozen app (uv run pyinstaller build.spec)"
  uv run pyinstaller --noconfirm --clean --log-level WARN build.spec
fi

case "$(uname -s)" in
  Darwin) bundle=dist/Xiangyue.app; exe_in_bundle=Contents/MacOS/Xiangyue ;;
  MINGW* | MSYS* | CYGWIN*) bundle=dist/Xiangyue; exe_in_bundle=Xiangyue.exe ;;
  *) bundle=dist/Xiangyue; exe_in_bundle=Xiangyue ;;
esac
[ -e "$bundle/$exe_in_bundle" ] || { echo "build_frozen: no $bundle/$exe_in_bundle" >&2; exit 1; }

size=$(du -sk "$bundle" | cut -f1)
files=$(find "$bundle" -type f | wc -l | tr -d ' ')
# Issue #12's limit is 250 MB: decimal megabytes, the stricter reading, so both are shown.
log "bundle: $bundle, $((size / 1024)) MiB ($((size * 1024 / 1000000)) MB; limit 250 MB), $files files"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/app" "$work/cwd"
if command -v ditto >/dev/null 2>&1; then
  ditto "$bundle" "$work/app/$(basename "$bundle")"  # keeps the .app's symlinks and signatures
else
  cp -R "$bundle" "$work/app/"
fi
exe="$work/app/$(basename "$bundle")/$exe_in_bundle"
report="$work/selftest.log"
report_for_app="$report"
if command -v cygpath >/dev/null 2>&1; then
  report_for_app="$(cygpath -w "$report")"  # the Windows app needs a Windows path
fi

run_self_test() {
  # Windowed builds on Windows may have no stdout; the report file always has the lines.
  (cd "$work/cwd" && env QT_QPA_PLATFORM=offscreen XIANGYUE_SELFTEST_LOG="$report_for_app" \
    "$exe" --self-test)
}

log "frozen self-test (copy in $work/app, cwd $work/cwd)"
status=0
if [ "$(uname -s)" = Linux ] && [ "$(id -u)" = 0 ] && command -v unshare >/dev/null 2>&1 \
    && unshare --mount sh -c 'mount -t tmpfs -o size=1m probe "$1"' sh "$ROOT" 2>/dev/null; then
  echo "the source tree $ROOT is hidden from this run"
  # Only this process's private mount namespace sees the empty tmpfs over the repository.
  (cd "$work/cwd" && unshare --mount sh -c '
      mount -t tmpfs -o size=1m xiangyue-hidden "$1" && shift &&
      exec env QT_QPA_PLATFORM=offscreen XIANGYUE_SELFTEST_LOG="$1" "$2" --self-test' \
    sh "$ROOT" "$report" "$exe") || status=$?
else
  run_self_test || status=$?
fi

if [ "$status" -ne 0 ] || ! grep -q '^self-test ok' "$report" 2>/dev/null; then
  [ -s "$report" ] && cat "$report"
  echo "build_frozen: the frozen self-test failed (exit $status)" >&2
  exit 1
fi
echo "frozen self-test passed: $(tail -n 1 "$report")"

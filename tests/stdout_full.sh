#!/usr/bin/env bash
# Every command, and --help, --version and bare netgap, exits 2 with a message when standard
# output cannot be written (/dev/full), never 0 with the output lost.
# Usage: stdout_full.sh NETGAP SOURCE_DIR WORK_DIR
set -u
netgap=$1
source_dir=$2
work=$(mktemp -d "$3/stdout-full.XXXXXX")
trap 'rm -rf "$work"' EXIT
roster=$source_dir/data/examples/data-scientist.json
"$netgap" audit "$roster" --as-of 2026-11-25 --save "$work/audits" >/dev/null || exit 1
fail=0
check() {
  local err code
  err=$("$netgap" "$@" 2>&1 >/dev/full)
  code=$?
  if [[ $code != 2 || $err != *"<stdout>: write failed"* ]]; then
    echo "FAIL: netgap $* > /dev/full: exit $code, stderr: $err"
    fail=1
  fi
}
check audit "$roster"
check audit "$roster" --format json
check audit "$roster" --format junit
check validate "$roster"
check dedupe "$roster" --format json
check explain "$roster"
check explain "$roster" Margaret
check diff "$roster" "$roster"
check diff "$roster" "$roster" --format markdown
check trend "$work/audits"
check init -
check import "$roster"
check taxonomy
check taxonomy mentors
check taxonomy --format json
check --help
check audit --help
check --version
check
exit $fail

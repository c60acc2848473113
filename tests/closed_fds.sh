#!/usr/bin/env bash
# A standard descriptor the caller closed is never taken by a file netgap opens: label --batch
# with standard input closed does not read the roster as its answers; log and import --merge with
# standard output or error closed do not write text into the roster they rewrite.
# Usage: closed_fds.sh NETGAP SOURCE_DIR WORK_DIR
set -u
netgap=$1
source_dir=$2
work=$(mktemp -d "$3/closed-fds.XXXXXX")
trap 'rm -rf "$work"' EXIT
fail=0
roster=$work/roster.json
cp "$source_dir/tests/data/activity/roster.json" "$roster"
before=$(cat "$roster")

"$netgap" label "$roster" --batch <&- >/dev/null 2>&1
if [[ $(cat "$roster") != "$before" ]]; then
  echo "FAIL: label --batch <&- changed the roster"
  fail=1
fi
ls "$work" | grep -v '^roster.json$' && { echo "FAIL: files left by label"; fail=1; }

for closed in '>&-' '2>&-'; do
  cp "$source_dir/tests/data/activity/roster.json" "$roster"
  eval "\"$netgap\" log \"$roster\" Grace --date 2026-11-02 --kind call $closed"
  if ! python3 -c 'import json, sys; json.load(open(sys.argv[1]))' "$roster"; then
    echo "FAIL: log $closed: the roster is no longer JSON"
    fail=1
  elif grep -q 'netgap' "$roster"; then
    echo "FAIL: log $closed: netgap's own messages went into the roster"
    fail=1
  fi
done
# With standard output closed, a report sent to /dev/stdout is an error, not written nowhere.
"$netgap" audit "$source_dir/data/examples/data-scientist.json" -o /dev/stdout -q >&- 2>/dev/null
code=$?
if [[ $code != 2 ]]; then
  echo "FAIL: audit -o /dev/stdout >&-: exit $code, expected 2"
  fail=1
fi
exit $fail

#!/usr/bin/env bash
# Write guarantees that need real processes (docs/robustness.md): concurrent merges lose nothing,
# and a signal in the middle of a write leaves no temporary file and the old file as it was.
# Usage: writes.sh NETGAP GENERATE WORKDIR
set -euo pipefail
netgap=$1
generate=$2
work=$(mktemp -d "${3:-/tmp}/netgap-writes-XXXXXX")
trap 'rm -rf "$work"' EXIT
fail() {
  echo "writes.sh: FAILED: $*" >&2
  exit 1
}

# --- Two merges at once into the same roster: both additions survive. The roster is large
# enough (20,000 contacts) that each merge takes a while, so the two always overlap.
"$generate" roster 20000 >"$work/base.json"
printf 'First Name,Last Name,URL,Email Address,Company,Position,Connected On\n' >"$work/header.csv"
for round in 1 2 3; do
  cp "$work/base.json" "$work/roster.json"
  { cat "$work/header.csv"; echo "Alpha,Concurrent$round,,,Acme,Engineer,01 Jan 2026"; } >"$work/a.csv"
  { cat "$work/header.csv"; echo "Beta,Concurrent$round,,,Acme,Engineer,01 Jan 2026"; } >"$work/b.csv"
  "$netgap" -q import --merge "$work/roster.json" "$work/a.csv" 2>"$work/a.err" &
  first=$!
  "$netgap" -q import --merge "$work/roster.json" "$work/b.csv" 2>"$work/b.err" &
  second=$!
  wait "$first" || fail "first merge: $(cat "$work/a.err")"
  wait "$second" || fail "second merge: $(cat "$work/b.err")"
  for who in "Alpha Concurrent$round" "Beta Concurrent$round"; do
    grep -q "\"$who\"" "$work/roster.json" || fail "round $round: $who was lost by a concurrent merge"
  done
  count=$("$netgap" validate "$work/roster.json" 2>/dev/null | sed -E 's/.*ok, ([0-9]+) contacts.*/\1/')
  [ "$count" = 20002 ] || fail "round $round: $count contacts after two merges, expected 20002"
done
echo "writes.sh: concurrent merges: ok"

# --- A signal during import -o: exit 130 (INT), 143 (TERM) or 129 (HUP), no temporary file left,
# the old output untouched.
"$generate" linkedin 1500000 >"$work/big.csv"
for signal in INT TERM HUP; do
  echo '{"contacts": []}' >"$work/out.json"
  # A background job of a script ignores SIGINT; give the import the default disposition back.
  env --default-signal "$netgap" -q import "$work/big.csv" -o "$work/out.json" --force &
  pid=$!
  for _ in $(seq 1 200); do  # wait until the temporary file exists: the write has begun
    compgen -G "$work/out.json.tmp-*" >/dev/null && break
    sleep 0.02
  done
  compgen -G "$work/out.json.tmp-*" >/dev/null || fail "SIG$signal: the import never started writing"
  kill -s "$signal" "$pid"
  status=0
  wait "$pid" || status=$?
  case $signal in INT) want=130 ;; TERM) want=143 ;; HUP) want=129 ;; esac
  [ "$status" = "$want" ] || fail "SIG$signal: exit status $status, expected $want"
  if compgen -G "$work/out.json.tmp-*" >/dev/null; then fail "SIG$signal left $(ls "$work"/out.json.tmp-*)"; fi
  [ "$(cat "$work/out.json")" = '{"contacts": []}' ] || fail "SIG$signal: the old output was changed"
done
echo "writes.sh: signals: ok"

#!/usr/bin/env bash
# Two netgap binaries (and the SAX floor) on the same generated rosters, measured the ways that
# hold on a shared VM:
#   - instructions of a 30k-contact audit under callgrind (repeatable to within 0.1%);
#   - wall time and peak RSS of a 1M-contact audit, the programs run in turn (floor, old, new,
#     floor, old, new, ... PAIRS rounds, default 5) so that a slow spell of the host hits all of
#     them, and the medians given.
#   bench/compare.sh OLD_NETGAP NEW_NETGAP [BUILD_DIR]
# Needs: valgrind, GNU time, and BUILD_DIR/bench/netgap-{generate,sax-floor} (default build/).
# Not perf stat: on this VM it inflates the times it measures.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
usage="usage: bench/compare.sh OLD_NETGAP NEW_NETGAP [BUILD_DIR]"
old=${1:?$usage}
new=${2:?$usage}
build=${3:-$here/build}
rounds=${PAIRS:-5}
work=${WORK:-$(mktemp -d)}
generate=$build/bench/netgap-generate
floor=$build/bench/netgap-sax-floor
for tool in "$old" "$new" "$generate" "$floor" valgrind /usr/bin/time; do
  command -v "$tool" >/dev/null || { echo "compare: $tool is missing" >&2; exit 2; }
done

"$generate" roster 30000 > "$work/roster-30k.json"
"$generate" roster 1000000 > "$work/roster-1m.json"

# command NAME SIZE: the command line measured for NAME (floor, old, new) on the roster of SIZE.
command_of() {
  case $1 in
    floor) echo "$floor $work/roster-$2.json" ;;
    old) echo "$old audit $work/roster-$2.json --format json --as-of 2026-11-25" ;;
    new) echo "$new audit $work/roster-$2.json --format json --as-of 2026-11-25" ;;
  esac
}

# instructions NAME: the instruction count of NAME on the 30k roster.
instructions() {
  # shellcheck disable=SC2046 # the command line is split on purpose (no spaces in the paths)
  valgrind --tool=callgrind --callgrind-out-file=/dev/null $(command_of "$1" 30k) 2>&1 >/dev/null |
    awk '/Collected :/ {print $4}'
}

# run NAME: appends "seconds MB" of one run on the 1M roster to $work/times.NAME.
run() {
  # shellcheck disable=SC2046
  /usr/bin/time -v -o "$work/time" $(command_of "$1" 1m) > /dev/null
  awk -F': ' '/Elapsed \(wall clock\)/ {n = split($2, p, ":"); s = 0; for (k = 1; k <= n; k++) s = s * 60 + p[k]; t = s}
              /Maximum resident/ {m = $2 / 1024} END {print t, m}' "$work/time" >> "$work/times.$1"
}
median() { sort -g | awk '{v[NR] = $1} END {print v[int((NR + 1) / 2)]}'; }
commas() { sed ':a;s/\B[0-9]\{3\}\>/,&/;ta'; }

for name in floor old new; do : > "$work/times.$name"; done
for ((i = 0; i < rounds; i++)); do
  for name in floor old new; do run "$name"; done
done

floor_wall=$(cut -d' ' -f1 "$work/times.floor" | median)
echo "| program | callgrind, 30k | 1M: median wall | median peak RSS | / floor | runs (wall s) |"
echo "|---|---|---|---|---|---|"
for name in floor old new; do
  wall=$(cut -d' ' -f1 "$work/times.$name" | median)
  rss=$(cut -d' ' -f2 "$work/times.$name" | median)
  printf '| %s | %s | %.2f s | %.1f MB | %.2fx | %s |\n' "$name" "$(instructions "$name" | commas)" "$wall" "$rss" \
    "$(awk -v a="$wall" -v b="$floor_wall" 'BEGIN {print a / b}')" "$(cut -d' ' -f1 "$work/times.$name" | paste -sd' ')"
done
rm -f "$work/roster-30k.json" "$work/roster-1m.json"

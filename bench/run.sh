#!/usr/bin/env bash
# netgap against its peers and its own reference reader on generated inputs. Every command of a
# table runs once per round, in the same order, for ROUNDS rounds (A B C A B C ...), so that a
# change in the machine's load hits all of them alike; each cell is the median of the rounds with
# the spread (min-max), and every ratio compares medians of the same run.
#   bench/run.sh [BUILD_DIR]     (SIZES="30000 1000000", ROUNDS=5, PEERS="jq python3", IMPORT_ROWS="1000000")
# Needs: the build (make build), GNU time; jq and python3 for the peers (PEERS="" leaves them out).
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$here/build}
rounds=${ROUNDS:-5}
sizes=${SIZES:-30000 1000000}
peers=${PEERS-jq python3}
import_rows=${IMPORT_ROWS:-1000000}
netgap=$build/netgap
generate=$build/bench/netgap-generate
floor=$build/bench/netgap-sax-floor
for tool in "$netgap" "$generate" "$floor" /usr/bin/time $peers; do
  command -v "$tool" >/dev/null || { echo "bench: $tool is missing (make build; apt-get install jq time)" >&2; exit 2; }
done

echo "Machine: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//'), $(nproc) cores;" \
     "$(date -u +%Y-%m-%d); load average at the start: $(cut -d' ' -f1-3 /proc/loadavg); $rounds rounds."

# shellcheck source=bench/timing.sh
source "$here/bench/timing.sh"
scratch_folder

# table TITLE BASE NAMES...: one row per name; the ratio column compares with BASE's median.
table() {
  local title=$1 base=$2 name
  shift 2
  local base_median
  base_median=$(stats "$base" | cut -d' ' -f1)
  echo
  read -r _ _ _ _ base_cpu <<< "$(stats "$base")"
  echo "| $title | median wall | spread (min-max) | wall vs $base | median CPU | CPU vs $base | peak RSS |"
  echo "|---|---|---|---|---|---|---|"
  for name in "$@"; do
    read -r median low high rss cpu <<< "$(stats "$name")"
    awk -v n="$name" -v m="$median" -v l="$low" -v h="$high" -v r="$rss" -v b="$base_median" -v c="$cpu" \
      -v bc="$base_cpu" 'BEGIN {printf "| %s | %.3f s | %.3f-%.3f s | %.2fx | %.2f s | %.2fx | %.1f MB |\n",
                                n, m, l, h, m / b, c, (bc > 0 ? c / bc : 0), r}'
  done
}

jq_program='[.contacts[] | (.categories // [])[]] | group_by(.) | map({key: .[0], value: length}) | from_entries'
py_program='import collections, json, sys
d = json.load(open(sys.argv[1]))
print(dict(collections.Counter(c for k in d["contacts"] for c in k.get("categories", []))))'
audit=(audit --format json --as-of 2026-11-25 -q)

for n in $sizes; do
  rm -f "$work"/*.times
  "$generate" roster "$n" > "$work/roster.json"
  cp "$work/roster.json" "$work/stdin"
  for ((i = 0; i < rounds; i++)); do
    once "netgap audit FILE" "$netgap" "${audit[@]}" "$work/roster.json"
    once "netgap --threads 1 audit FILE" "$netgap" --threads 1 "${audit[@]}" "$work/roster.json"
    once "netgap audit - <" "$netgap" "${audit[@]}" -
    once "SAX floor" "$floor" "$work/roster.json"
    [[ " $peers " == *" jq "* ]] && once "jq" jq "$jq_program" "$work/roster.json"
    [[ " $peers " == *" python3 "* ]] && once "python3 json" python3 -c "$py_program" "$work/roster.json"
  done
  names=("netgap audit FILE" "netgap --threads 1 audit FILE" "netgap audit - <" "SAX floor")
  [[ " $peers " == *" jq "* ]] && names+=("jq")
  [[ " $peers " == *" python3 "* ]] && names+=("python3 json")
  table "$n contacts ($(du -m "$work/roster.json" | cut -f1) MB)" "SAX floor" "${names[@]}"
done
rm -f "$work/roster.json" "$work/stdin"

for n in $import_rows; do
  rm -f "$work"/*.times
  "$generate" linkedin "$n" > "$work/connections.csv"
  bytes=$(stat -c %s "$work/connections.csv")
  for ((i = 0; i < rounds; i++)); do
    once "import -o FILE" "$netgap" import "$work/connections.csv" -o "$work/imported.json" --force -q
    once "import > stdout" "$netgap" import "$work/connections.csv" -q
  done
  table "$n LinkedIn rows ($((bytes / 1000000)) MB)" "import -o FILE" "import -o FILE" "import > stdout"
  for name in "import -o FILE" "import > stdout"; do
    awk -v b="$bytes" -v n="$name" -v t="$(stats "$name" | cut -d' ' -f1)" \
      'BEGIN {printf "%s: %.0f MB/s of CSV\n", n, b / 1e6 / t}'
  done
done
rm -f "$work/connections.csv" "$work/imported.json" "$work/out" "$work/rss" "$work"/*.times
echo
echo "Load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"

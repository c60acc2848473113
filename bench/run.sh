#!/usr/bin/env bash
# netgap against its peers on generated rosters: wall time and peak RSS (/usr/bin/time -v),
# median of RUNS runs (default 3). Writes Markdown tables to stdout.
#   bench/run.sh [BUILD_DIR]        (sizes: SIZES="30000 300000 1000000")
# Needs: the build (make build), jq and python3 for the peers, GNU time.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$here/build}
runs=${RUNS:-3}
sizes=${SIZES:-30000 300000 1000000}
work=${WORK:-$(mktemp -d)}
netgap=$build/netgap
generate=$build/bench/netgap-generate
floor=$build/bench/netgap-sax-floor
for tool in "$netgap" "$generate" "$floor" /usr/bin/time jq python3; do
  command -v "$tool" >/dev/null || { echo "bench: $tool is missing (make build; apt-get install jq time)" >&2; exit 2; }
done

# measure CMD...: prints "median-seconds peak-MB" over $runs runs.
measure() {
  local times=() rss=() i
  for ((i = 0; i < runs; i++)); do
    /usr/bin/time -v -o "$work/time" "$@" > /dev/null
    times+=("$(awk -F': ' '/Elapsed \(wall clock\)/ {n = split($2, p, ":"); s = 0; for (k = 1; k <= n; k++) s = s * 60 + p[k]; print s}' "$work/time")")
    rss+=("$(awk -F': ' '/Maximum resident/ {print $2 / 1024}' "$work/time")")
  done
  printf '%s %s\n' "$(printf '%s\n' "${times[@]}" | sort -g | sed -n "$(((runs + 1) / 2))p")" \
                   "$(printf '%s\n' "${rss[@]}" | sort -g | sed -n "$(((runs + 1) / 2))p")"
}
cell() { awk '{printf "%.2f s, %.1f MB", $1, $2}' <<< "$1"; }

jq_program='[.contacts[] | (.categories // [])[]] | group_by(.) | map({key: .[0], value: length}) | from_entries'
py_program='import collections, json, sys
d = json.load(open(sys.argv[1]))
print(dict(collections.Counter(c for k in d["contacts"] for c in k.get("categories", []))))'

echo "| contacts (file size) | jq $(jq --version | sed 's/jq-//') | python3 json | SAX floor | netgap audit | netgap / floor |"
echo "|---|---|---|---|---|---|"
for n in $sizes; do
  "$generate" roster "$n" > "$work/roster.json"
  size=$(du -m "$work/roster.json" | cut -f1)
  j=$(measure jq "$jq_program" "$work/roster.json")
  p=$(measure python3 -c "$py_program" "$work/roster.json")
  f=$(measure "$floor" "$work/roster.json")
  g=$(measure "$netgap" audit "$work/roster.json" --format json --as-of 2026-11-25 -q)
  ratio=$(awk -v a="${g%% *}" -v b="${f%% *}" 'BEGIN {printf "%.2fx", a / b}')
  echo "| $n ($size MB) | $(cell "$j") | $(cell "$p") | $(cell "$f") | $(cell "$g") | $ratio |"
done
rm -f "$work/roster.json"

echo
echo "| LinkedIn rows (file size) | netgap import -o | throughput |"
echo "|---|---|---|"
for n in 30000 1000000; do
  "$generate" linkedin "$n" > "$work/connections.csv"
  size=$(du -m "$work/connections.csv" | cut -f1)
  bytes=$(stat -c %s "$work/connections.csv")
  i=$(measure "$netgap" import "$work/connections.csv" -o "$work/imported.json" --force -q)
  rate=$(awk -v b="$bytes" -v t="${i%% *}" 'BEGIN {printf "%.0f MB/s", b / 1e6 / t}')
  echo "| $n ($size MB) | $(cell "$i") | $rate |"
done
rm -f "$work/connections.csv" "$work/imported.json"

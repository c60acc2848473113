#!/usr/bin/env bash
# Times `netgap audit --format json` end to end on generated rosters: median wall time and peak
# RSS of RUNS runs each. Usage: bench/audit.sh [NETGAP] [SIZES...]   (default: build/netgap 30000)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
netgap=${1:-$here/../build/netgap}
shift || true
sizes=${*:-30000}
runs=${RUNS:-5}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }

printf '| contacts | file size | wall time (median of %s) | peak RSS |\n|---:|---:|---:|---:|\n' "$runs"
for n in $sizes; do
  python3 "$here/generate.py" roster "$n" > "$work/roster.json"
  size=$(du -h "$work/roster.json" | cut -f1)
  : > "$work/times"
  : > "$work/rss"
  for _ in $(seq "$runs"); do
    /usr/bin/time -f '%e %M' -o "$work/t" "$netgap" audit "$work/roster.json" --format json --as-of 2026-11-25 > /dev/null
    cut -d' ' -f1 < "$work/t" >> "$work/times"
    cut -d' ' -f2 < "$work/t" >> "$work/rss"
  done
  printf '| %s | %s | %s s | %s MB |\n' "$n" "$size" "$(median < "$work/times")" \
    "$(median < "$work/rss" | awk '{printf "%.1f", $1 / 1024}')"
done

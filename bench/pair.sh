#!/usr/bin/env bash
# Two builds of netgap on the same generated inputs, paired and interleaved: in every round each
# command runs once with the old build and once with the new, the order swapped from one round to
# the next (A B, B A, ...), so that a change in the machine's load hits both alike. Each cell is
# the median of the rounds with the spread (min-max); the ratio compares medians of the same run.
# The two builds must write the same bytes (a speed-up that changes a report is a bug): the first
# round compares their outputs and the table says whether they were identical.
#   bench/pair.sh OLD_NETGAP NEW_NETGAP
#   INPUTS="roster:30000 roster:1000000 roster-activity:300000 linkedin:1000000"  KIND:SIZE, as
#       netgap-generate KIND SIZE makes them; THREADS="1 2" (--threads, for builds that have it);
#       ROUNDS=5; GENERATE=build/bench/netgap-generate
# Needs: GNU time.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
if [[ $# -ne 2 ]]; then
  echo "usage: bench/pair.sh OLD_NETGAP NEW_NETGAP" >&2
  exit 2
fi
old=$1
new=$2
rounds=${ROUNDS:-5}
inputs=${INPUTS:-roster:30000 roster:1000000 roster-activity:300000 linkedin:1000000}
threads=${THREADS:-1 2}
generate=${GENERATE:-$here/build/bench/netgap-generate}
for tool in "$old" "$new" "$generate" /usr/bin/time; do
  command -v "$tool" >/dev/null || { echo "bench: $tool is missing (make build; apt-get install time)" >&2; exit 2; }
done
# shellcheck source=bench/timing.sh
source "$here/bench/timing.sh"
for input in $inputs; do
  if [[ ! $input =~ ^(roster|roster-activity|linkedin):[0-9]+$ ]]; then
    echo "bench: INPUTS: \"$input\" is not KIND:SIZE (roster, roster-activity or linkedin, and a count)" >&2
    exit 2
  fi
done
scratch_folder

# A build from before --threads runs with its own default (said under the table).
has_threads() { "$1" --threads 1 --version > /dev/null 2>&1; }
threads_of() { if has_threads "$1"; then echo "--threads $2"; fi; }  # never false: set -e

echo "Machine: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//'), $(nproc) cores;" \
     "$(date -u +%Y-%m-%d); load average at the start: $(cut -d' ' -f1-3 /proc/loadavg); $rounds rounds."
echo "old: $old ($("$old" --version 2>&1 | head -1)); new: $new ($("$new" --version 2>&1 | head -1))"

for input in $inputs; do
  kind=${input%%:*}
  size=${input#*:}
  rm -f "$work"/*.times
  case $kind in
    linkedin) file=$work/connections.csv ;;
    *) file=$work/roster.json ;;
  esac
  "$generate" "$kind" "$size" > "$file"
  # The commands of this input, as "label|arguments" ({T} is replaced by --threads N, {OUT} by a
  # file of the build's own).
  commands=()
  if [[ $kind == linkedin ]]; then
    commands+=("import -o FILE|import $file -o {OUT} --force -q" "import > stdout|import $file -q")
  else
    for t in $threads; do
      commands+=("--threads $t audit FILE|{T} audit $file --format json --as-of 2026-11-25 -q")
    done
  fi
  same=()
  for ((i = 0; i < rounds; i++)); do
    for c in "${commands[@]}"; do
      label=${c%%|*}
      order=(old new)
      ((i % 2 == 1)) && order=(new old)
      for side in "${order[@]}"; do
        build=$old
        [[ $side == new ]] && build=$new
        t=${label#--threads }
        t=${t%% *}
        args=${c#*|}
        args=${args//\{T\}/$(threads_of "$build" "$t")}
        args=${args//\{OUT\}/$work/out-file.$side}
        # shellcheck disable=SC2086 # the arguments are words
        once "$side $label" "$build" $args
        cp "$work/out" "$work/out.$side"
      done
      if ((i == 0)); then
        verdict=identical
        cmp -s "$work/out.old" "$work/out.new" || verdict="DIFFERENT"
        [[ $label == *"-o FILE"* ]] && { cmp -s "$work/out-file.old" "$work/out-file.new" || verdict="DIFFERENT"; }
        same+=("$verdict")
      fi
    done
  done
  echo
  echo "| $kind $size ($(du -m "$file" | cut -f1) MB) | old: median wall (min-max) | new: median wall (min-max) | new / old | old / new CPU | old / new peak RSS | outputs |"
  echo "|---|---|---|---|---|---|---|"
  k=0
  for c in "${commands[@]}"; do
    label=${c%%|*}
    read -r om ol oh orss ocpu <<< "$(stats "old $label")"
    read -r nm nl nh nrss ncpu <<< "$(stats "new $label")"
    awk -v n="$label" -v om="$om" -v ol="$ol" -v oh="$oh" -v nm="$nm" -v nl="$nl" -v nh="$nh" -v oc="$ocpu" \
      -v nc="$ncpu" -v orss="$orss" -v nrss="$nrss" -v same="${same[$k]}" \
      'BEGIN {printf "| %s | %.3f s (%.3f-%.3f) | %.3f s (%.3f-%.3f) | %.2fx | %.2f / %.2f s | %.1f / %.1f MB | %s |\n",
              n, om, ol, oh, nm, nl, nh, nm / om, oc, nc, orss, nrss, same}'
    k=$((k + 1))
  done
  [[ $kind == linkedin ]] && awk -v b="$(stat -c %s "$file")" -v o="$(stats "old import -o FILE" | cut -d' ' -f1)" \
    -v n="$(stats "new import -o FILE" | cut -d' ' -f1)" 'BEGIN {printf "import -o FILE: old %.0f MB/s, new %.0f MB/s of CSV\n", b / 1e6 / o, b / 1e6 / n}'
  has_threads "$old" || echo "(old has no --threads: it ran with its own default)"
  rm -f "$file"
done
rm -f "$work"/out* "$work/rss" "$work"/*.times
echo
echo "Load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"

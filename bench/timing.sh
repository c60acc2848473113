# Shared by bench/run.sh and bench/pair.sh (sourced, not run): the scratch folder, one timed run of
# a command, and the median, spread, CPU and RSS of a name's runs.

# scratch_folder: sets $work to $WORK, or to a new temporary folder, and removes what the bench
# writes there when the script ends, also on Ctrl-C or an error (generated inputs are up to
# 300 MB): the whole folder when it made it.
scratch_folder() {
  work=${WORK:-$(mktemp -d)}
  # shellcheck disable=SC2064 # $work is expanded now, on purpose
  trap "rm -f '$work'/roster.json '$work'/stdin '$work'/connections.csv '$work'/imported.json '$work'/out* \
        '$work'/rss '$work'/*.times; [[ -n '${WORK:-}' ]] || rmdir '$work' 2>/dev/null; true" EXIT
  trap 'exit 130' INT TERM
}

# once NAME CMD...: runs CMD once (stdin from $work/stdin when the name ends in '<'), appends
# "wall-seconds peak-MB cpu-seconds" to $work/NAME.times; stdout goes to $work/out. CPU time
# (user + system) leaves out the time spent waiting for a core, so it wanders less than wall time
# on a shared machine.
once() {
  local name=$1 start end
  shift
  local input=/dev/null
  [[ $name == *"<" ]] && input=$work/stdin
  start=$EPOCHREALTIME
  /usr/bin/time -f '%M %U %S' -o "$work/rss" "$@" < "$input" > "$work/out" 2> /dev/null || {
    echo "bench: $name failed: $*" >&2
    exit 3
  }
  end=$EPOCHREALTIME
  echo "$(awk -v s="$start" -v e="$end" 'BEGIN {printf "%.4f", e - s}') $(awk '{printf "%.1f %.2f", $1 / 1024, $2 + $3}' "$work/rss")" \
    >> "$work/${name//[^a-zA-Z0-9]/_}.times"
}

# median: the median of the numbers on standard input (the mean of the middle two for an even count).
median() { sort -g | awk '{v[NR] = $1} END {printf "%s", NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2}'; }

# stats NAME: "median min max median-rss median-cpu" of NAME's rounds.
stats() {
  local file=$work/${1//[^a-zA-Z0-9]/_}.times
  printf '%s ' "$(cut -d' ' -f1 "$file" | median)"
  cut -d' ' -f1 "$file" | sort -g | awk '{t[NR] = $1} END {printf "%s %s ", t[1], t[NR]}'
  printf '%s %s\n' "$(cut -d' ' -f2 "$file" | median)" "$(cut -d' ' -f3 "$file" | median)"
}

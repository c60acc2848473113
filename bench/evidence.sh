#!/usr/bin/env bash
# The evidence readers on generated inputs: wall time and peak RSS (/usr/bin/time), paired and
# interleaved (A B, B A, ...) because the machine is shared, medians of RUNS runs (default 3).
#   bench/evidence.sh [BUILD_DIR]       (MESSAGES=100000 MBOX_BYTES="100000000 1000000000"
#                                        ENTRIES="1000 50000": archives of that many members)
# Writes Markdown tables to stdout; the generated files go to a temporary folder, then away.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$here/build}
runs=${RUNS:-3}
messages=${MESSAGES:-100000}
mbox_sizes=${MBOX_BYTES-100000000 1000000000}  # MBOX_BYTES="" for none
entries=${ENTRIES-1000 50000}  # ENTRIES="" for none
work=${WORK:-$(mktemp -d)}
netgap=$build/netgap
generate=$build/bench/netgap-generate
for tool in "$netgap" "$generate" /usr/bin/time; do
  command -v "$tool" >/dev/null || { echo "bench: $tool is missing (make build; apt-get install time)" >&2; exit 2; }
done

# one NAME CMD...: runs CMD once under /usr/bin/time, appends "seconds megabytes" to $work/NAME.
one() {
  local name=$1; shift
  /usr/bin/time -f '%e %M' -o "$work/time" "$@" > /dev/null 2> /dev/null
  awk '{printf "%s %.1f\n", $1, $2 / 1024}' "$work/time" >> "$work/$name"
}
# pair A B CMD-A -- CMD-B: RUNS runs of each, the order swapped every run.
pair() {
  local a=$1 b=$2; shift 2
  local left=() right=() seen=0 arg i
  for arg in "$@"; do
    if [[ $arg == -- ]]; then seen=1; elif ((seen)); then right+=("$arg"); else left+=("$arg"); fi
  done
  rm -f "$work/$a" "$work/$b"
  for ((i = 0; i < runs; i++)); do
    if ((i % 2 == 0)); then one "$a" "${left[@]}"; one "$b" "${right[@]}"; else one "$b" "${right[@]}"; one "$a" "${left[@]}"; fi
  done
}
median() { sort -g -k"$2" "$work/$1" | awk -v k="$2" '{v[NR] = $k} END {print v[int((NR + 1) / 2)]}'; }
spread() { sort -g -k1 "$work/$1" | awk 'NR == 1 {lo = $1} {hi = $1} END {printf "%.2f-%.2f", lo, hi}'; }
cell() { printf '%.2f s (%s), %.1f MB' "$(median "$1" 1)" "$(spread "$1")" "$(median "$1" 2)"; }

owner=(--owner-email me@example.org -q)
echo "| input | A | B | B / A (time) |"
echo "|---|---|---|---|"
if ((messages > 0)); then
"$generate" messages "$messages" > "$work/messages.csv"
size=$(du -m "$work/messages.csv" | cut -f1)
pair one_pass two_passes "$netgap" evidence "$work/messages.csv" --owner-url https://www.linkedin.com/in/me -q \
  -- "$netgap" evidence "$work/messages.csv" -q
echo "| messages.csv, $messages rows ($size MB); A: --owner-url given, B: owner found (two passes) |" \
     "$(cell one_pass) | $(cell two_passes) | $(awk -v a="$(median one_pass 1)" -v b="$(median two_passes 1)" 'BEGIN {printf "%.2fx", b / a}') |"
rm -f "$work/messages.csv"
fi

for bytes in $mbox_sizes; do
  "$generate" mbox "$bytes" > "$work/mail.mbox"
  size=$(du -m "$work/mail.mbox" | cut -f1)
  # wc -l looks at every byte once: the floor of any reader (grep stops early when writing to /dev/null).
  pair floor netgap wc -l "$work/mail.mbox" -- "$netgap" evidence "$work/mail.mbox" "${owner[@]}"
  echo "| mbox, $size MB; A: wc -l (a floor), B: netgap evidence |" \
       "$(cell floor) | $(cell netgap) | $(awk -v a="$(median floor 1)" -v b="$(median netgap 1)" 'BEGIN {printf "%.2fx", b / a}') |"
  rm -f "$work/mail.mbox"
  # The same bytes generated on the fly and streamed through a pipe: nothing is written to disk.
  rm -f "$work/piped"
  for ((i = 0; i < runs; i++)); do
    "$generate" mbox "$bytes" | /usr/bin/time -f '%e %M' -o "$work/time" "$netgap" evidence - "${owner[@]}" > /dev/null
    awk '{printf "%s %.1f\n", $1, $2 / 1024}' "$work/time" >> "$work/piped"
  done
  echo "| mbox, $size MB generated into a pipe: \`netgap evidence -\` | $(cell piped) | | |"
done

# An export with many members: the same files as a folder (A) and as a zip (B); every member is
# opened to be detected, so a reader that restarts the archive for each member is quadratic.
for n in $entries; do
  rm -rf "$work/export" "$work/export.zip"
  mkdir "$work/export"
  printf 'From,To,Sent At,Message,Direction\nAda King,Me,"1/8/18, 6:14 PM",,INCOMING\n' > "$work/export/Invitations.csv"
  for ((i = 0; i < n; i++)); do echo "note $i" > "$work/export/note-$i.txt"; done
  (cd "$work/export" && python3 -m zipfile -c "$work/export.zip" . > /dev/null)
  pair folder zip "$netgap" evidence "$work/export" -q -- "$netgap" evidence "$work/export.zip" -q
  echo "| $n files; A: as a folder, B: as a zip |" \
       "$(cell folder) | $(cell zip) | $(awk -v a="$(median folder 1)" -v b="$(median zip 1)" 'BEGIN {printf "%.2fx", b / a}') |"
  rm -rf "$work/export" "$work/export.zip"
done

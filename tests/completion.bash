#!/usr/bin/env bash
# Runs the bash completion function as bash would and checks what it offers.
set -u
source "$1"
fail=0
complete_words() {  # complete_words WORD... ; the last word is the one being completed
  COMP_WORDS=("$@")
  COMP_CWORD=$(($# - 1))
  COMPREPLY=()
  _netgap
  echo "${COMPREPLY[*]}"
}
expect() {
  local want=$1; shift
  local got
  got=$(complete_words "$@")
  if [[ $got != "$want" ]]; then
    echo "completing '$*': expected '$want', got '$got'"
    fail=1
  fi
}
expect "audit" netgap au
expect "trend taxonomy" netgap t
expect "text json markdown tsv github junit html" netgap audit roster.json --format ""
expect "text json html" netgap trend audits --format ""
expect "--history" netgap audit r.json --hi
expect "json junit" netgap diff a b --format j
expect "text json markdown" netgap taxonomy --format ""
expect "missing weak developing off" netgap audit r.json --fail-on ""
expect "--fail-on-regression --fail-on-decay" netgap diff --fail-on-
expect "mentors" netgap taxonomy ment
expect "evidence" netgap ev
expect "--owner-email --owner-url" netgap evidence mail.mbox --owner-
expect "label log" netgap l
expect "call meeting message mail invitation" netgap log r.json Ada --kind ""
expect "--activity" netgap audit r.json --act
expect "label" netgap la
expect "--batch" netgap label --b
expect "diff dedupe" netgap d
expect "--apply" netgap dedupe r.json --ap
expect "text json" netgap dedupe r.json --format ""
expect "-q" netgap -q
expect "--quiet" netgap audit r.json --qu
expect "--color --config" netgap diff a b --co
expect "--dry-run" netgap import x.csv --dr
expect "1 2" netgap --threads ""
expect "--threads" netgap audit r.json --thr
exit $fail

#!/usr/bin/env bash
# Runs one libFuzzer target for SECONDS, seeded from ../shared/corpora; crashes land in
# fuzz/crashes/TARGET/ and each one found becomes a regression test in tests/test_hostile.cpp.
#   bench/fuzz.sh roster|roster-paths|csv|vcard|taxonomy SECONDS
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
target=${1:?usage: bench/fuzz.sh roster|roster-paths|csv|vcard|taxonomy SECONDS}
seconds=${2:-600}
build=$here/build-fuzz
corpora=$here/../shared/corpora
command -v clang++ >/dev/null || { echo "fuzz: clang++ is needed (apt-get install clang)" >&2; exit 2; }
cmake -S "$here" -B "$build" -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DNETGAP_FUZZ=ON -DNETGAP_BUILD_TESTS=OFF >/dev/null
cmake --build "$build" --target "fuzz-$target" -j "$(nproc)" >/dev/null

seeds=$build/seeds-$target
work=$build/corpus-$target
crashes=$here/fuzz/crashes/$target
mkdir -p "$seeds" "$work" "$crashes"
case $target in
  roster | roster-paths) cp "$corpora"/json-test-suite/test_parsing/*.json "$here"/data/examples/*.json "$seeds"/ ;;
  csv) cp "$corpora"/csv-spectrum/csvs/*.csv "$corpora"/contacts-csv/roundcube/*.csv \
         "$corpora"/linkedin/*/*.csv "$here"/tests/data/import/*.csv "$seeds"/ ;;
  vcard) cp "$corpora"/vcard/*/*.vcf "$seeds"/ ;;
  taxonomy) cp "$here"/data/taxonomy.json "$here"/tests/data/taxonomy/*.json "$seeds"/ ;;
esac
"$build/fuzz/fuzz-$target" "$work" "$seeds" -max_total_time="$seconds" -max_len=65536 -timeout=10 \
  -rss_limit_mb=2048 -artifact_prefix="$crashes/" -print_final_stats=1

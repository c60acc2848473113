#!/usr/bin/env bash
# The folder tree is the architecture: a file may include headers of its own layer and the layers
# below it, never above (docs/ARCHITECTURE.md). read/ and write/ are siblings and do not meet.
set -euo pipefail
cd "${1:-$(dirname "$0")/..}"

rank() {
  case "$1" in
    util) echo 0 ;; model) echo 1 ;; read) echo 2 ;; write) echo 3 ;; analyse) echo 4 ;; render) echo 5 ;; cli) echo 6 ;;
    *) echo "" ;;
  esac
}

status=0
while IFS= read -r file; do
  layer=$(echo "$file" | sed -E 's#^(src|include/netgap)/([a-z]+)/.*#\2#')
  mine=$(rank "$layer")
  [ -n "$mine" ] || continue
  while IFS= read -r used; do
    theirs=$(rank "$used")
    [ -n "$theirs" ] || continue
    if [ "$theirs" -gt "$mine" ]; then
      echo "layering: $file ($layer) includes a header of $used" >&2
      status=1
    fi
  done < <(sed -nE 's#^\#include [<"](netgap/)?([a-z]+)/[a-z_]+\.hpp[>"].*#\2#p' "$file")
done < <(find src include -name '*.cpp' -o -name '*.hpp' | sort)
exit $status

#!/usr/bin/env bash
# docs/ARCHITECTURE.md is true file by file: every source file's name appears in it.
set -euo pipefail
cd "${1:-$(dirname "$0")/..}"
status=0
while IFS= read -r file; do
  name=$(basename "$file")
  stem=${name%.*}
  if ! grep -qE "\`($stem|$name)\`|\`$stem\`|$name" docs/ARCHITECTURE.md; then
    echo "architecture: docs/ARCHITECTURE.md does not mention $file" >&2
    status=1
  fi
done < <(find src include -name '*.cpp' -o -name '*.hpp' | sort)
exit $status

#!/usr/bin/env bash
# Re-copies the shared examples and spec files the tests read into the repository, so the tests never
# read outside it (tests/fixtures/paths.ts says where each copy lives). Does nothing without ../shared.
# Usage: bash scripts/sync-fixtures.sh [shared-dir]   (default: ../shared beside the repository)
# Afterwards `npx vitest run tests/fixtures` checks every copy against its source.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
shared="${1:-$root/../shared}"
if [ ! -d "$shared/examples" ]; then
  echo "sync-fixtures: no $shared/examples, nothing to copy"
  exit 0
fi
shared="$(cd "$shared" && pwd)"

copy() { # source (under shared/), destination (under the repository)
  mkdir -p "$(dirname "$root/$2")"
  if ! cmp -s "$shared/$1" "$root/$2"; then
    rm -f "$root/$2"
    cp "$shared/$1" "$root/$2"
    chmod 644 "$root/$2" # shared/ may be read-only; the copies are ordinary files of the repository
    echo "updated $2"
  fi
}

# Kept elsewhere already (the same list as REUSED_COPIES in tests/fixtures/paths.ts).
copy examples/small-assessment.json src/data/small-assessment.json
copy spec/kpi-library.json docs/spec/kpi-library.json

# Every other example, mirrored under tests/fixtures/examples/.
while IFS= read -r -d '' file; do
  rel="${file#"$shared/"}"
  [ "$rel" = examples/small-assessment.json ] && continue
  copy "$rel" "tests/fixtures/$rel"
done < <(find "$shared/examples" -type f -print0 | sort -z)

# Copies whose source is gone.
while IFS= read -r -d '' file; do
  rel="${file#"$root/tests/fixtures/"}"
  if [ ! -f "$shared/$rel" ]; then
    rm "$file"
    echo "removed tests/fixtures/$rel (no longer in shared/)"
  fi
done < <(find "$root/tests/fixtures/examples" -type f -print0)
echo "sync-fixtures: copies in step with $shared"

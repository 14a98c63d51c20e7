#!/usr/bin/env bash
# The README contract: in a fresh clone with nothing beside it (no ../shared, no database configured), the two
# commands of the README's Quick start, run exactly as written, must succeed. Tests that need ../shared/bench skip.
set -euo pipefail
cd "$(dirname "$0")/../.."
root="$PWD"
mapfile -t commands < <(awk '/^## Quick start/ { inside = 1 } inside && /^```sh/ { block = 1; next } block && /^```/ { exit } block' README.md | sed -E 's/[[:space:]]+#.*$//' | grep -v '^[[:space:]]*$')
[ "${#commands[@]}" -eq 2 ] || { echo "README Quick start should hold two commands, found ${#commands[@]}"; exit 1; }

work="$(mktemp -d /tmp/parallax-bare.XXXXXX)"
trap 'rm -rf "$work"' EXIT
git clone --quiet "$root" "$work/parallax"
cd "$work/parallax"
for command in "${commands[@]}"; do
  echo "bare clone \$ $command"
  env -u DATABASE_URL -u PARALLAX_DB -u PARALLAX_BENCH -u PARALLAX_SEEDS bash -euo pipefail -c "$command"
done
echo "README commands ok on a bare clone"

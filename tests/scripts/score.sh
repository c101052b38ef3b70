#!/usr/bin/env bash
# Scores the extractor the way a user would see it: build the sample over a corpus, export
# JSON, run the shared scorer. Needs ../shared (beside the repo) for the gold files.
#   tests/scripts/score.sh            seeds, our own corpus and, when present, the dev articles
#   tests/scripts/score.sh --verbose  with every miss
set -euo pipefail
repo=$(cd "$(dirname "$0")/../.." && pwd)
shared="$repo/../shared"
[ -f "$shared/tools/score.py" ] || { echo "no $shared/tools/score.py: nothing to score against"; exit 0; }
out=$(mktemp -d)
sample="$repo/samples/DefenseDialogues.Explorer"

score() { # name, gold, [msbuild args…]
  local name=$1 gold=$2; shift 2
  dotnet build "$sample" -c Release -nologo -v q -o "$out/$name" "$@" >"$out/$name.build.log" 2>&1 \
    || { cat "$out/$name.build.log"; exit 1; }
  dotnet "$out/$name/DefenseDialogues.Explorer.dll" export --format json >"$out/$name.json"
  echo "== $name: python3 ../shared/tools/score.py $name.json ${gold#$repo/}"
  python3 "$shared/tools/score.py" "$out/$name.json" "$gold" "${VERBOSE[@]}"
}

VERBOSE=()
[ "${1:-}" = "--verbose" ] && VERBOSE=(--verbose)
score seeds "$shared/gold/seeds.gold.json"
score own "$repo/tests/DefenseDialogues.Tests/Corpus/gold.json" "-p:DialogueSeeds=$repo/tests/DefenseDialogues.Tests/Corpus/*.txt"
if [ -f "$shared/dev/gold.json" ]; then
  score dev "$shared/dev/gold.json" "-p:DialogueSeeds=$shared/dev/*.txt"
fi

#!/usr/bin/env bash
# Rewrites src/DefenseDialogues.Generator/hot-methods.txt: the generator's methods that its optimized copy
# (the package's build/optimized/) marks AggressiveOptimization. Training run: the per-article extraction
# (the work that grows with the corpus) over COUNT synthetic articles (default 10000) on two threads in a
# fresh process, with the default (unmarked) generator and the JIT's summary on (DOTNET_JitDisasmSummary:
# every method it compiles and at which tier). The list is the generator's methods it optimized, i.e.
# called often enough to leave tier 0, folded into the source methods they were written in. Only those:
# marking more (emission, linking: once per block or per corpus) costs more full JIT than it saves.
# Rerun after a change that renames a listed method (the build fails with HOT001) or moves work around.
# Usage: tests/scripts/hot-methods.sh [COUNT]
set -euo pipefail
cd "$(dirname "$0")/../.."
n=${1:-10000}
work=$(mktemp -d /tmp/dd-hot.XXXXXX)
trap 'rm -rf "$work"' EXIT

dotnet build tests/DefenseDialogues.Benchmarks -c Release --artifacts-path "$work/artifacts" -nologo -v:q -clp:ErrorsOnly >/dev/null
dotnet build src/DefenseDialogues.HotMethods -c Release -nologo -v:q -clp:ErrorsOnly >/dev/null
DOTNET_JitStdOutFile="$work/jit.txt" DOTNET_JitDisasmSummary=1 \
  dotnet "$work/artifacts/bin/DefenseDialogues.Benchmarks/release/DefenseDialogues.Benchmarks.dll" extract --count "$n" --runs 1 --threads 2 >/dev/null
dotnet src/DefenseDialogues.HotMethods/bin/Release/net10.0/DefenseDialogues.HotMethods.dll collect \
  "$work/jit.txt" "$work/artifacts/bin/DefenseDialogues.Generator/release/DefenseDialogues.Generator.dll" src/DefenseDialogues.Generator/hot-methods.txt

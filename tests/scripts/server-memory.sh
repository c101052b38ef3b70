#!/usr/bin/env bash
# What the compiler server holds after a build (issue 17, goal 3): builds the sample over COUNT synthetic
# articles (default 10,000) through the shared compiler server, as an IDE-hosted build or `dotnet build`
# does by default, then reads the server's resident memory (VmRSS, and VmHWM: its peak) from /proc.
# Beside it, the same over the bundled five. Each measurement starts from a shut-down server.
# Usage: tests/scripts/server-memory.sh [COUNT] [REPO]   (REPO: another checkout to measure, e.g. an older commit)
set -euo pipefail
cd "$(dirname "$0")/../.."
# Machines that switch the server off (UseSharedCompilation=false in the environment, as CI images do) get it back here.
unset UseSharedCompilation MSBUILDDISABLENODEREUSE
count=${1:-10000}
repo=$(cd "${2:-.}" && pwd)
work=$(mktemp -d /tmp/dd-server.XXXXXX)
trap 'dotnet build-server shutdown >/dev/null 2>&1 || true; rm -rf "$work"' EXIT

dotnet build tests/DefenseDialogues.Benchmarks -c Release -nologo -v:q -clp:ErrorsOnly >/dev/null
made=$(dotnet tests/DefenseDialogues.Benchmarks/bin/Release/net10.0/DefenseDialogues.Benchmarks.dll corpus --count "$count" --out "$work/corpus")

server_kb() { # FIELD: the compiler server's (VBCSCompiler) line of /proc/PID/status, in kB
  local pid
  pid=$(pgrep -f 'bincore/VBCSCompiler' | head -1 || true)
  [ -n "$pid" ] && awk -v f="$1:" '$1 == f {print $2}' "/proc/$pid/status" || echo 0
}

measure() { # LABEL [MSBUILD ARGS...]
  local label=$1; shift
  dotnet build-server shutdown >/dev/null 2>&1 || true
  # A first build restores and builds the generator (its compiles go through the server too); then the
  # server is shut down and the sample's assembly deleted, so the measured build is the sample's compile alone.
  dotnet build "$repo/samples/DefenseDialogues.Explorer" -c Release --artifacts-path "$work/artifacts-$label" -nologo -v:q -clp:ErrorsOnly "$@" >/dev/null
  dotnet build-server shutdown >/dev/null 2>&1 || true
  find "$work/artifacts-$label/obj/DefenseDialogues.Explorer" -name 'DefenseDialogues.Explorer.dll' -delete
  local start=$SECONDS
  dotnet build "$repo/samples/DefenseDialogues.Explorer" -c Release --artifacts-path "$work/artifacts-$label" \
    -p:UseSharedCompilation=true -nologo -v:n "$@" >"$work/build-$label.log" 2>&1 || { tail -20 "$work/build-$label.log"; exit 1; }
  grep -q 'server processed compilation - DefenseDialogues.Explorer' "$work/build-$label.log" || { echo "$label: the sample's compile did not go through the server"; exit 1; }
  sleep 2
  echo "$label: build $((SECONDS - start)) s; compiler server after the build: RSS $(( $(server_kb VmRSS) / 1024 )) MB, peak $(( $(server_kb VmHWM) / 1024 )) MB"
}

echo "machine: $(nproc) cores, $(free -h | awk '/Mem:/ {print $2}') RAM, dotnet $(dotnet --version); repo $(git -C "$repo" rev-parse --short HEAD)"
measure bundled
measure "corpus-$count" -p:DialogueSeeds="$work/corpus/*.txt"
echo "corpus: $made"

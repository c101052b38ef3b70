#!/usr/bin/env bash
# Builds the sample over synthetic corpora of growing size and prints build time, peak memory
# and the generator's own time. Usage: tests/scripts/scale.sh [COUNT...]   (default: 100 1000 10000)
#
# Measurement: /usr/bin/time -v around `dotnet build`; its "Maximum resident set size" is the
# largest single process in the tree (getrusage of waited-for children), i.e. the compiler.
# --disable-build-servers (= -nodeReuse:false -p:UseSharedCompilation=false): csc runs as a child
# of this build instead of in a long-lived server, and -m:1 keeps MSBuild in this process (a worker
# node is not waited for, so its children would escape the count); nothing survives the build.
# Each build uses its own --artifacts-path, so the repo's obj/ and bin/ are not touched.
# SCALE_PROPS (e.g. "-p:GenerateDocumentationFile=false") is passed to every build of the sample.
# SCALE_ROUNDS=R (default 1) times the bundled/full pair R times and prints each round and the median:
# on a machine whose speed moves, one pair is one sample.
set -euo pipefail
cd "$(dirname "$0")/../.."
counts=("${@:-100 1000 10000}")
read -r -a props <<< "${SCALE_PROPS:-}"
read -r -a counts <<< "${counts[*]}"
work=$(mktemp -d /tmp/dd-scale.XXXXXX)
trap 'rm -rf "$work"' EXIT

dotnet build tests/DefenseDialogues.Benchmarks -c Release -nologo -v:q -clp:ErrorsOnly >/dev/null
bench="dotnet tests/DefenseDialogues.Benchmarks/bin/Release/net10.0/DefenseDialogues.Benchmarks.dll"

# One timed build of the sample (its intermediate assembly removed first, so MSBuild runs the compiler
# again): timed_build TIME_FILE [extra dotnet build arguments...]; /usr/bin/time -v writes TIME_FILE.
timed_build() {
  local out=$1; shift
  rm -f "$artifacts"/obj/DefenseDialogues.Explorer/release/DefenseDialogues.Explorer.dll
  /usr/bin/time -v -o "$out" \
    dotnet build samples/DefenseDialogues.Explorer "${props[@]}" -c Release --disable-build-servers -m:1 --artifacts-path "$artifacts" -nologo "$@"
}
wall_of() { awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' "$1"; }
rss_mb_of() { awk -F': ' '/Maximum resident set size/ {print int($2 / 1024)}' "$1"; }
seconds() { awk -F: '{ s = 0; for (i = 1; i <= NF; i++) s = s * 60 + $i; printf "%.1f", s }' <<< "$1"; }
over_of() { awk -v a="$(seconds "$1")" -v b="$(seconds "$2")" 'BEGIN { printf "%+.1f", a - b }'; }
median() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

echo "machine: $(nproc) cores, $(free -h | awk '/Mem:/ {print $2}') RAM, dotnet $(dotnet --version)"
rows=()
for n in "${counts[@]}"; do
  corpus="$work/corpus-$n"; artifacts="$work/artifacts-$n"
  made=$($bench corpus --count "$n" --out "$corpus")
  # Warm-up build over the bundled seeds: restore and the generator/runtime projects are built
  # first, so the timed build below is the sample's compile over the corpus (plus MSBuild overhead).
  dotnet build samples/DefenseDialogues.Explorer "${props[@]}" -c Release --disable-build-servers --artifacts-path "$artifacts" -nologo -v:q -clp:ErrorsOnly >/dev/null
  # The bundled build, timed the same way in the same run: the sample's compile over the five seeds the
  # package carries (its intermediate assembly removed, so MSBuild runs the compiler again).
  timed_build "$work/time-bundled-$n.txt" -v:d -clp:PerformanceSummary >"$work/build-bundled-$n.log" 2>&1 \
    || { tail -30 "$work/build-bundled-$n.log"; exit 1; }
  b_wall=$(wall_of "$work/time-bundled-$n.txt")
  b_rss=$(rss_mb_of "$work/time-bundled-$n.txt")
  b_csc=$(grep -E '^\s+[0-9]+ ms\s+Csc\s' "$work/build-bundled-$n.log" | tail -1 | awk '{print $1}')
  log="$work/build-$n.log"
  timed_build "$work/time-$n.txt" -p:DialogueSeeds="$corpus/*.txt" -p:ReportAnalyzer=true -v:d -clp:PerformanceSummary \
      -p:EmitCompilerGeneratedFiles=true -p:CompilerGeneratedFilesOutputPath="$work/gen-$n" >"$log" 2>&1 \
    || { tail -30 "$log"; exit 1; }
  wall=$(wall_of "$work/time-$n.txt")
  rss=$(rss_mb_of "$work/time-$n.txt")
  csc=$(grep -E '^\s+[0-9]+ ms\s+Csc\s' "$log" | tail -1 | awk '{print $1}')
  # -p:ReportAnalyzer=true: csc prints "Total generator execution time" and one line per generator.
  gen=$(grep -E '^\s+[0-9.,<]+\s+[0-9]+\s+DefenseDialogues.Generator.DialogueGenerator' "$log" | head -1 | awk '{print $1}')
  gen_total=$(awk '/Total generator execution time/ {t = $(NF-1)} /DialogueGenerator\.DialogueGenerator$/ {print t " s"; exit}' "$log")
  # What the compiler had to read: the generator's sources against the article text they came from.
  text_bytes=$(cat "$corpus"/*.txt | wc -c)
  gen_bytes=$(find "$work/gen-$n" -path '*DefenseDialogues.Generator*' -name '*.g.cs' -exec cat {} + | wc -c)
  doc_bytes=$(find "$work/gen-$n" -path '*DefenseDialogues.Generator*' -name '*.g.cs' -exec cat {} + | grep -E '^\s*///' | wc -c)
  # The payload literals, one line each: records (with their paragraphs), evidence, people.
  part_ratio() { find "$work/gen-$n" -path '*DefenseDialogues.Generator*' -name '*.g.cs' -exec cat {} + | grep -E "$1[0-9]+\\((out string\\? text)?\\) (=>|\\{)" | wc -c | awk -v t="$text_bytes" '{ printf "%.2f", $1 / t }'; }
  parts="records $(part_ratio RecordChunk), text $(part_ratio TextChunk), evidence $(part_ratio EvidenceChunk), people $(part_ratio PersonChunk), meetings $(part_ratio MeetingChunk)"
  ratio=$(awk -v g="$gen_bytes" -v t="$text_bytes" 'BEGIN { printf "%.2f", g / t }')
  doc_ratio=$(awk -v g="$doc_bytes" -v t="$text_bytes" 'BEGIN { printf "%.2f", g / t }')
  exe="$artifacts/bin/DefenseDialogues.Explorer/release/DefenseDialogues.Explorer"
  sample=$("$exe" export --format json | head -c 100 | tr '\n' ' ')
  count=$("$exe" export --format json | grep -c '"id"' || true)
  meetings=$("$exe" meetings | head -1)
  over=$(over_of "$wall" "$b_wall")
  # MSBuild logs every warning twice (as it comes and in the summary): thousands of them cost seconds.
  warnings=$(grep -E '^ +[0-9]+ Warning\(s\)' "$log" | tail -1 | awk '{print $1}')
  echo "N=$n: bundled five: wall $b_wall; max RSS $b_rss MB; Csc task ${b_csc:-?} ms"
  echo "N=$n: $made; wall $wall ($over s over the bundled build); max RSS $rss MB; Csc task ${csc:-?} ms; ${warnings:-?} warnings; DialogueGenerator ${gen:-?} s (all generators of that Csc ${gen_total:-?}); records in export: $count; $meetings; generated source $((gen_bytes / 1024 / 1024)) MB for $((text_bytes / 1024 / 1024)) MB of text = $ratio bytes per byte (doc comments $doc_ratio; $parts)"
  echo "  export: $sample"
  overs=("$over"); peaks=("$rss")
  for ((round = 2; round <= ${SCALE_ROUNDS:-1}; round++)); do
    timed_build "$work/time-bundled-$n-$round.txt" -v:q >/dev/null 2>&1
    timed_build "$work/time-$n-$round.txt" -p:DialogueSeeds="$corpus/*.txt" -v:q >/dev/null 2>&1
    rb=$(wall_of "$work/time-bundled-$n-$round.txt"); rf=$(wall_of "$work/time-$n-$round.txt"); rr=$(rss_mb_of "$work/time-$n-$round.txt")
    ro=$(over_of "$rf" "$rb")
    echo "N=$n round $round: bundled $rb, full $rf ($ro s over the bundled build); max RSS $rr MB"
    overs+=("$ro"); peaks+=("$rr")
  done
  if [ "${SCALE_ROUNDS:-1}" -gt 1 ]; then
    echo "N=$n over ${#overs[@]} rounds: over the bundled build $(printf '%s\n' "${overs[@]}" | sort -g | tr '\n' ' ')(median $(median "${overs[@]}") s); max RSS $(printf '%s\n' "${peaks[@]}" | sort -g | tr '\n' ' ')(median $(median "${peaks[@]}") MB)"
  fi
  rows+=("| $n | $(du -sh "$corpus" | cut -f1) | $wall ($over s over $b_wall bundled) | $rss ($b_rss bundled) | ${csc:-?} | ${gen:-?} | $count | $ratio ($doc_ratio) |")
done

echo
echo "| articles | corpus | build wall (m:ss; over the bundled five, same run) | max RSS (MB) | Csc task (ms) | DialogueGenerator (s, ReportAnalyzer) | records exported | source bytes per text byte (doc comments) |"
echo "|---:|---:|---:|---:|---:|---:|---:|---:|"
printf '%s\n' "${rows[@]}"

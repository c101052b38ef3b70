#!/usr/bin/env bash
# Where the compiler spends its CPU on a large corpus: builds the sample over COUNT synthetic articles
# (default 10000), reruns its exact csc command line under dotnet-trace (sampling, all threads) and
# prints the CPU share of the compiler's phases, the analyzer driver, the GC and the generator's steps.
# Usage: tests/scripts/csc-profile.sh [COUNT]   Needs dotnet-trace (dotnet tool install -g dotnet-trace)
# and python3. A measurement tool, not a test: shares within one run hold when the machine's speed moves.
set -euo pipefail
cd "$(dirname "$0")/../.."
n=${1:-10000}
trace=${DOTNET_TRACE:-$(command -v dotnet-trace || echo "$HOME/.dotnet/tools/dotnet-trace")}
[ -x "$trace" ] || { echo "dotnet-trace not found: dotnet tool install -g dotnet-trace" >&2; exit 1; }
work=$(mktemp -d /tmp/dd-profile.XXXXXX)
trap 'rm -rf "$work"' EXIT

dotnet build tests/DefenseDialogues.Benchmarks -c Release -nologo -v:q -clp:ErrorsOnly >/dev/null
dotnet tests/DefenseDialogues.Benchmarks/bin/Release/net10.0/DefenseDialogues.Benchmarks.dll corpus --count "$n" --out "$work/corpus"
artifacts="$work/artifacts"
dotnet build samples/DefenseDialogues.Explorer -c Release --disable-build-servers --artifacts-path "$artifacts" -nologo -v:q -clp:ErrorsOnly >/dev/null
rm -f "$artifacts"/obj/DefenseDialogues.Explorer/release/DefenseDialogues.Explorer.dll
dotnet build samples/DefenseDialogues.Explorer -c Release --disable-build-servers -m:1 --artifacts-path "$artifacts" \
  -p:DialogueSeeds="$work/corpus/*.txt" -v:d -nologo >"$work/build.log" 2>&1 || { tail -30 "$work/build.log"; exit 1; }

# The Csc task logs its command line at detailed verbosity; replay it from a response file.
python3 - "$work" <<'PY'
import shlex, sys, re, shutil, os
work = sys.argv[1]
line = next(l for l in open(f"{work}/build.log", encoding="utf-8") if re.search(r"bincore/csc(\.dll)? /noconfig", l))
args = shlex.split(line.strip())[1:]
with open(f"{work}/csc.rsp", "w", encoding="utf-8") as rsp:
    for a in args:
        if a == "/noconfig":
            continue
        # csc splits a source path at commas (".NETCoreApp,Version=…AssemblyAttributes.cs"): copy it to a plain name.
        m = re.match(r"^(/embed:)?(.*,.*\.cs)$", a)
        if m:
            plain = os.path.join(work, "AssemblyAttributes.cs")
            shutil.copyfile(m.group(2), plain)
            a = (m.group(1) or "") + plain
        rsp.write(('"' + a + '"') if (" " in a or ";" in a) else a)
        rsp.write("\n")
PY
csc=$(grep -m1 -oE '/[^ ]*/Roslyn/bincore/csc' "$work/build.log")
(cd samples/DefenseDialogues.Explorer && "$trace" collect --format Speedscope -o "$work/csc.nettrace" -- dotnet "$csc.dll" /noconfig "@$work/csc.rsp" >"$work/trace.log" 2>&1) \
  || { tail -20 "$work/trace.log"; exit 1; }

python3 - "$work/csc.speedscope.json" <<'PY'
import json, sys, collections
d = json.load(open(sys.argv[1]))
frames = [f["name"] for f in d["shared"]["frames"]]
cpu = frames.index("CPU_TIME")
incl = collections.Counter(); total = 0.0
for p in d["profiles"]:
    stack, last = [], None
    for e in p["events"]:
        t = e["at"]
        if stack and last is not None and cpu in stack:
            dt = t - last; total += dt
            for name in set(frames[i] for i in stack):
                incl[name] += dt
        last = t
        stack.append(e["frame"]) if e["type"] == "O" else stack.pop()
rows = [
    ("generator (DialogueGenerator, all steps)", "CommonCompiler.RunGenerators("),
    ("  per-article extraction", "ArticleExtractor.Extract("),
    ("  emission of the record blocks", "DialoguesEmitter.EmitBlock("),
    ("  deflating the chunks", "DeflateEncoder.Compress("),
    ("method bodies (bind, lower, IL)", "MethodCompiler.CompileMethod("),
    ("  nullable analysis", "NullableWalker.Analyze("),
    ("  u8 literals lowered byte by byte", "LocalRewriter.MakeUtf8Span("),
    ("analyzer driver (the SDK's CA analyzers)", "AnalyzerDriver+<ProcessCompilationEventsCoreAsync>"),
    ("  operation trees for analyzers", "GetOperationBlocksToAnalyze("),
    ("doc comments to XML", "DocumentationCommentCompiler.WriteDocumentationCommentXml("),
    ("parsing", "CSharpSyntaxTree.ParseText("),
    ("PE and PDB writing", "PeWriter.WritePeToStream("),
    ("garbage collection", "PollGCWorker"),
]
print(f"csc CPU, all threads: {total / 1000:.1f} s")
for label, key in rows:
    ms = max((w for name, w in incl.items() if key in name), default=0.0)
    print(f"{label:45s} {ms / 1000:6.1f} s  {ms / total * 100:5.1f} %")
PY

#!/usr/bin/env bash
# The layout for large corpora (issue 17, goal 1), measured: the articles in a dataset library, the app
# referencing it. Packs the package to a temp feed, makes a library over COUNT synthetic articles
# (default 10,000) and an app referencing it, and, beside it, an app over the bundled five; builds both,
# then times, for each, the rebuild after an edit to the app's code only.
# Usage: tests/scripts/library-layout.sh [COUNT]   (KEEP=DIR keeps the projects in DIR for further runs)
set -euo pipefail
cd "$(dirname "$0")/../.."
count=${1:-10000}
if [ -n "${KEEP:-}" ]; then work=$KEEP; rm -rf "$work"; mkdir -p "$work"; else
  work=$(mktemp -d /tmp/dd-layout.XXXXXX)
  trap 'rm -rf "$work"' EXIT
fi
version="0.1.0-layout.$(date +%Y%m%d%H%M%S)"

dotnet pack src/DefenseDialogues/DefenseDialogues.csproj -c Release -o "$work/feed" -p:Version="$version" -nologo -v:q -clp:ErrorsOnly >/dev/null
dotnet build tests/DefenseDialogues.Benchmarks -c Release -nologo -v:q -clp:ErrorsOnly >/dev/null
made=$(dotnet tests/DefenseDialogues.Benchmarks/bin/Release/net10.0/DefenseDialogues.Benchmarks.dll corpus --count "$count" --out "$work/Dataset/articles")

project() { # DIR NAME PROPERTIES ITEMS CODE
  mkdir -p "$1"
  cat >"$1/$2.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup><TargetFramework>net10.0</TargetFramework><Nullable>enable</Nullable><RestorePackagesPath>$work/packages</RestorePackagesPath>$3</PropertyGroup>
  <ItemGroup>$4</ItemGroup>
</Project>
XML
  echo "$5" >"$1/Program.cs"
  echo '<Project />' >"$1/Directory.Build.props"
  printf '<configuration><packageSources><add key="local" value="%s" /></packageSources></configuration>\n' "$work/feed" >"$1/NuGet.config"
}

project "$work/Dataset" Dataset "<DialoguesVisibility>public</DialoguesVisibility><LangVersion>latest</LangVersion>" \
  "<PackageReference Include=\"DefenseDialogues\" Version=\"$version\" /><DialogueArticle Include=\"articles/*.txt\" />" "// the dataset"
project "$work/App" App "<OutputType>Exe</OutputType>" "<ProjectReference Include=\"../Dataset/Dataset.csproj\" />" \
  'System.Console.WriteLine("count=" + DefenseDialogues.Dialogues.Count);'
project "$work/Bundled" Bundled "<OutputType>Exe</OutputType>" "<PackageReference Include=\"DefenseDialogues\" Version=\"$version\" />" \
  'System.Console.WriteLine("count=" + DefenseDialogues.Dialogues.Count);'

timed() { # DIR LABEL: seconds of one `dotnet build` (build servers on, as a developer's inner loop has them)
  local start end
  start=$(date +%s.%N)
  dotnet build "$1" -c Release -nologo -v:q -clp:ErrorsOnly >"$work/$2.log" 2>&1 || { cat "$work/$2.log"; exit 1; }
  end=$(date +%s.%N)
  awk -v a="$start" -v b="$end" 'BEGIN { printf "%.2f", b - a }'
}

echo "corpus: $made"
echo "first build, library layout (restore, library over $count articles, app): $(timed "$work/App" first-app) s"
echo "first build, bundled five: $(timed "$work/Bundled" first-bundled) s"
for round in 1 2 3; do
  echo "// edit $round" >>"$work/App/Program.cs"
  echo "// edit $round" >>"$work/Bundled/Program.cs"
  app=$(timed "$work/App" "app-$round")
  bundled=$(timed "$work/Bundled" "bundled-$round")
  echo "app-only edit $round: library layout ${app} s, bundled five ${bundled} s, difference $(awk -v a="$app" -v b="$bundled" 'BEGIN { printf "%+.2f", a - b }') s"
done
"$work/App/bin/Release/net10.0/App"

# Where the library layout's remaining seconds go: one more app-only rebuild, MSBuild's own summary.
echo "// edit 4" >>"$work/App/Program.cs"
dotnet build "$work/App" -c Release -nologo -v:q -clp:PerformanceSummary >"$work/summary.log" 2>&1
echo "slowest targets and tasks of an app-only rebuild (library layout):"
awk '/Target Performance Summary/ {t = 1} /Task Performance Summary/ {t = 2} t && $1 ~ /^[0-9]+$/ && $2 == "ms" {print}' "$work/summary.log" | sort -rn | head -12

using System.Diagnostics;
using System.Globalization;
using BenchmarkDotNet.Running;
using DefenseDialogues.Benchmarks;
using DefenseDialogues.Benchmarks.ColdStart;
using DefenseDialogues.Benchmarks.Infrastructure;
using DefenseDialogues.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

// Modes (dotnet run -c Release -- <mode> …):
//   corpus --count N --out DIR [--size BYTES] [--seed S]   write a synthetic corpus
//   coldstart [--count 1000] [--runs 15]                   first access in fresh processes vs STJ
//   incremental [--count 10000] [--runs 10]                what edits re-run, timed with a Stopwatch
//   compile-phases --generated DIR [--variant as-is]      the compiler's phases over generated files (CompilePhases.cs)
//   extract [--count 2000] [--runs 5] [--dir DIR] [--threads 1]  per-article extraction over a corpus (synthetic, or DIR's *.txt), in one process
//   anything else                                          BenchmarkDotNet (e.g. --filter '*Extraction*')
var options = Options.Parse(args);
switch (args.FirstOrDefault())
{
    case "corpus":
        var paths = CorpusMaker.WriteCorpus(options.Required("--out"), options.Int("--count", 100), options.Int("--size", CorpusMaker.DefaultSize), options.Int("--seed", 1));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{paths.Count} articles, {paths.Sum(p => new FileInfo(p).Length):N0} bytes"));
        return 0;
    case "coldstart":
        return ColdStartRunner.Run(options.Int("--count", 1_000), options.Int("--runs", 15));
    case "incremental":
        return Incremental(options.Int("--count", 10_000), options.Int("--runs", 10));
    case "compile-phases":
        return CompilePhases.Run(options.Required("--generated"), options.Text("--variant", "as-is"));
    case "extract":
        return ExtractionRun.Run(options.Int("--count", 2_000), options.Int("--runs", 5), options.Text("--dir", string.Empty), options.Int("--threads", 1));
    default:
        BenchmarkSwitcher.FromAssembly(typeof(BenchmarkConfig).Assembly).Run(args);
        return 0;
}

static int Incremental(int count, int runs)
{
    var files = Workload.Files(count);
    var compilation = GeneratorHarness.CreateCompilation(TargetKind.Net10, Workload.UserSource);
    var tree = compilation.SyntaxTrees.Single();
    var edited = compilation.ReplaceSyntaxTree(tree, CSharpSyntaxTree.ParseText(Workload.EditedUserSource, (CSharpParseOptions)tree.Options));
    var seed = files[count / 2];
    var editedSeed = Workload.Edited(seed);
    GeneratorDriver warm = null!;
    var cold = IncrementalCheck.Run("cold run", count, () => warm = Workload.Driver(files, trackSteps: true).RunGenerators(compilation));
    Console.WriteLine(cold);
    var checks = new List<IncrementalCheck>();
    for (var r = 0; r < runs; r++)
    {
        checks.Add(IncrementalCheck.UnrelatedEdit(warm, edited));
        checks.Add(IncrementalCheck.SeedEdit(warm, compilation, seed, editedSeed));
    }

    foreach (var group in checks.GroupBy(c => c.Scenario))
    {
        var sorted = group.OrderBy(c => c.Elapsed).ToList();
        Console.WriteLine($"{group.Key} (tracked): median {sorted[sorted.Count / 2].Elapsed.TotalMilliseconds:F2} ms over {sorted.Count} runs; median run: {sorted[sorted.Count / 2]}");
        foreach (var check in group)
        {
            check.ThrowIfWrong();
        }
    }

    // Untracked, as the compiler runs it.
    var untracked = Workload.Driver(files, trackSteps: false).RunGenerators(compilation);
    Console.WriteLine($"unrelated C# edit (untracked): median {Median(runs, () => untracked.RunGenerators(edited)):F2} ms");
    Console.WriteLine($"one-seed edit (untracked): median {Median(runs, () => untracked.ReplaceAdditionalText(seed, editedSeed).RunGenerators(compilation)):F2} ms");
    return 0;
}

static double Median(int runs, Func<GeneratorDriver> run)
{
    var times = new List<double>();
    for (var r = 0; r < runs; r++)
    {
        var clock = Stopwatch.StartNew();
        run();
        times.Add(clock.Elapsed.TotalMilliseconds);
    }

    times.Sort();
    return times[times.Count / 2];
}

/// <summary>The <c>--name value</c> pairs of the command line.</summary>
internal sealed class Options(Dictionary<string, string> values)
{
    public static Options Parse(string[] args)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 1; i + 1 < args.Length; i++)
        {
            if (args[i].StartsWith("--", StringComparison.Ordinal))
            {
                values[args[i]] = args[++i];
            }
        }

        return new Options(values);
    }

    public int Int(string name, int fallback) => values.TryGetValue(name, out var v) ? int.Parse(v, CultureInfo.InvariantCulture) : fallback;

    public string Text(string name, string fallback) => values.TryGetValue(name, out var v) ? v : fallback;

    public string Required(string name) => values.TryGetValue(name, out var v) ? v : throw new ArgumentException("missing " + name);
}

using System.Diagnostics;
using System.Globalization;

namespace DefenseDialogues.Benchmarks.ColdStart;

/// <summary>
/// True cold start: builds ColdStart/App over a synthetic corpus in a temp dir, then launches it
/// once per measurement, alternating the generated storage with STJ, and reports medians of the
/// times the child measures with a Stopwatch (JIT and type loading included, runtime start-up not).
/// </summary>
public static class ColdStartRunner
{
    public static int Run(int count, int runs)
    {
        var root = Repository.Root();
        var work = Directory.CreateTempSubdirectory("dd-coldstart-").FullName;
        var corpus = Path.Combine(work, "corpus");
        var app = Path.Combine(work, "app");
        CorpusMaker.WriteCorpus(corpus, count);
        Directory.CreateDirectory(app);
        foreach (var file in Directory.GetFiles(Path.Combine(root, "tests/DefenseDialogues.Benchmarks/ColdStart/App")))
        {
            File.Copy(file, Path.Combine(app, Path.GetFileName(file)));
        }

        // Two builds of the same app over the same corpus: from the packed package as a user installs it
        // (its runtime is ReadyToRun for this platform), and from the projects (IL runtime, JIT-compiled).
        // Own artifacts and package paths: the repo's obj/ folders and the NuGet cache stay untouched.
        var feed = Path.Combine(work, "feed");
        var version = "0.1.0-coldstart." + DateTime.UtcNow.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture);
        Exec("dotnet", ["pack", Path.Combine(root, "src/DefenseDialogues/DefenseDialogues.csproj"), "-c", "Release", "-nologo", "-v:q",
            "-o", feed, "-p:Version=" + version]);
        var builds = new Dictionary<string, string>();
        foreach (var (name, extra) in new[]
        {
            ("package", new[] { "-p:DefenseDialoguesVersion=" + version, "-p:RestoreAdditionalProjectSources=" + feed, "-p:RestorePackagesPath=" + Path.Combine(work, "packages") }),
            ("projects", Array.Empty<string>()),
        })
        {
            Exec("dotnet", ["build", Path.Combine(app, "ColdStartApp.csproj"), "-c", "Release", "-nologo", "-v:q", "-clp:ErrorsOnly",
                "-p:DefenseDialoguesRoot=" + root, "-p:Corpus=" + corpus, "--artifacts-path", Path.Combine(work, "artifacts-" + name), .. extra]);
            builds[name] = Path.Combine(work, $"artifacts-{name}/bin/ColdStartApp/release/ColdStartApp.dll");
        }

        var dll = builds["projects"];
        var json = Path.Combine(work, "records.json");
        Console.WriteLine($"records exported: {Exec("dotnet", [dll, "export", json]).Trim()}; JSON {new FileInfo(json).Length:N0} bytes; work dir {work}");
        var runtime = Exec("dotnet", [builds["package"], "runtime"]).Trim();
        if (!runtime.Contains("runtimes", StringComparison.Ordinal))
        {
            Console.WriteLine($"note: the package build loaded the IL runtime ({runtime}): no ReadyToRun image for this platform");
        }

        var modes = new (string Name, string App, string[] Args)[]
        {
            ("Dialogues.All, package (ReadyToRun runtime)", builds["package"], ["dialogues"]),
            ("Dialogues.All, project reference (JIT-compiled runtime)", dll, ["dialogues"]),
            ("STJ reflection (read file + deserialize)", dll, ["json", json]),
            ("STJ source-generated (read file + deserialize)", dll, ["json-sg", json]),
        };
        var first = modes.Select(_ => new List<double>()).ToArray();
        var all = modes.Select(_ => new List<double>()).ToArray();
        var text = modes.Select(_ => new List<double>()).ToArray();
        var process = modes.Select(_ => new List<double>()).ToArray();
        var checksums = new HashSet<string>();
        for (var r = 0; r < runs; r++)
        {
            for (var m = 0; m < modes.Length; m++)
            {
                var clock = Stopwatch.StartNew();
                var fields = Exec("dotnet", [modes[m].App, .. modes[m].Args]).Trim().Split('\t');
                process[m].Add(clock.Elapsed.TotalMilliseconds);
                first[m].Add(double.Parse(fields[0], CultureInfo.InvariantCulture) / 1000);
                all[m].Add(double.Parse(fields[1], CultureInfo.InvariantCulture) / 1000);
                text[m].Add(double.Parse(fields[3], CultureInfo.InvariantCulture) / 1000);
                checksums.Add(fields[2] + "/" + fields[4]);
            }
        }

        if (checksums.Count != 1)
        {
            throw new InvalidOperationException("The modes read different data (paragraphs/chars): " + string.Join(", ", checksums));
        }

        // STJ has no record before the whole file is parsed, so its three columns are one time.
        Console.WriteLine($"\nCold start, {count:N0} articles, median of {runs} processes each (ms); every mode read {checksums.Single()} paragraphs/chars:\n");
        Console.WriteLine("| Mode | first record | all records | all records + every paragraph read | STJ reflection ÷ this (first / all / +text) | STJ source-gen ÷ this | whole process |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|");
        for (var m = 0; m < modes.Length; m++)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {modes[m].Name} | {Median(first[m]):F2} | {Median(all[m]):F2} | {Median(text[m]):F2} | {Ratios(Median(all[2]), m)} | {Ratios(Median(all[3]), m)} | {Median(process[m]):F0} |"));
        }

        string Ratios(double stj, int m)
            => string.Create(CultureInfo.InvariantCulture, $"{stj / Median(first[m]):F1}× / {stj / Median(all[m]):F1}× / {stj / Median(text[m]):F1}×");

        Directory.Delete(work, recursive: true);
        return 0;
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
    }

    private static string Exec(string file, string[] args)
    {
        var start = new ProcessStartInfo(file, args) { RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{file} {string.Join(' ', args)} exited with {process.ExitCode}:\n{stdout}\n{stderr.Result}");
        }

        return stdout;
    }
}

/// <summary>Where the repository is: the folder holding Dataset.sln above the running program.</summary>
public static class Repository
{
    public static string Root()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Dataset.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Dataset.sln not found above " + AppContext.BaseDirectory);
    }
}

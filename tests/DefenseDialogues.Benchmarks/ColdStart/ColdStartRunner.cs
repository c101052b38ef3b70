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

        // Own artifacts path: the repo's obj/ folders stay untouched by this build.
        Exec("dotnet", ["build", Path.Combine(app, "ColdStartApp.csproj"), "-c", "Release", "-nologo", "-v:q", "-clp:ErrorsOnly",
            "-p:DefenseDialoguesRoot=" + root, "-p:Corpus=" + corpus, "--artifacts-path", Path.Combine(work, "artifacts")]);
        var dll = Path.Combine(work, "artifacts/bin/ColdStartApp/release/ColdStartApp.dll");
        var json = Path.Combine(work, "records.json");
        Console.WriteLine($"records exported: {Exec("dotnet", [dll, "export", json]).Trim()}; JSON {new FileInfo(json).Length:N0} bytes; work dir {work}");

        var modes = new (string Name, string[] Args)[]
        {
            ("Dialogues.All (u8 payloads)", ["dialogues"]),
            ("STJ reflection (read file + deserialize)", ["json", json]),
            ("STJ source-generated (read file + deserialize)", ["json-sg", json]),
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
                var fields = Exec("dotnet", [dll, .. modes[m].Args]).Trim().Split('\t');
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
        Console.WriteLine("| Mode | first record | all records | all records + every paragraph read | STJ reflection ÷ this (first / all / +text) | whole process |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|");
        for (var m = 0; m < modes.Length; m++)
        {
            var stj = Median(all[1]);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {modes[m].Name} | {Median(first[m]):F2} | {Median(all[m]):F2} | {Median(text[m]):F2} | {stj / Median(first[m]):F1}× / {stj / Median(all[m]):F1}× / {stj / Median(text[m]):F1}× | {Median(process[m]):F0} |"));
        }

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

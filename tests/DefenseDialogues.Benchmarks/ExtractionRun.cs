using System.Diagnostics;
using System.Globalization;
using DefenseDialogues.Generator.Extraction;

namespace DefenseDialogues.Benchmarks;

/// <summary>
/// The generator's per-article extraction over a whole corpus in one process, run after run: the part of
/// a cold build the generator spends alone on one core (issue 17), and a steady workload to profile
/// (<c>dotnet-trace collect -- dotnet DefenseDialogues.Benchmarks.dll extract …</c>). The first run
/// includes JIT and first-use costs; the later ones are the steady state.
/// </summary>
internal static class ExtractionRun
{
    public static int Run(int count, int runs, string directory, int threads = 1)
    {
        var articles = directory.Length > 0
            ? Directory.GetFiles(directory, "*.txt").OrderBy(f => f, StringComparer.Ordinal).Take(count).Select(f => (Path: f, Text: File.ReadAllText(f))).ToList()
            : Enumerable.Range(0, count).Select(i => CorpusMaker.Article(i)).Select(a => (Path: "/corpus/" + a.FileName, a.Text)).ToList();
        var bytes = articles.Sum(a => (long)System.Text.Encoding.UTF8.GetByteCount(a.Text));
        var times = new List<double>();
        var allocated = new List<long>();
        var records = 0;
        for (var run = 0; run < runs; run++)
        {
            var before = GC.GetTotalAllocatedBytes(precise: true);
            var clock = Stopwatch.StartNew();
            records = 0;
            // As the generator's corpus step runs new extractions: Parallel.For over the articles (with one thread, one after the other).
            Parallel.For(0, articles.Count, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, threads) }, i =>
            {
                if (ArticleExtractor.Extract(articles[i].Path, articles[i].Text).Dialogue is not null)
                {
                    Interlocked.Increment(ref records);
                }
            });

            times.Add(clock.Elapsed.TotalMilliseconds);
            allocated.Add(GC.GetTotalAllocatedBytes(precise: true) - before);
        }

        var steady = times.Skip(1).DefaultIfEmpty(times[0]).OrderBy(t => t).ToList();
        var median = steady[steady.Count / 2];
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{articles.Count} articles, {threads} thread(s) ({bytes / 1048576.0:F1} MB), {records} records; first run {times[0]:F0} ms; steady median {median:F0} ms ({median * 1000 / articles.Count:F0} µs per article, {bytes / 1048576.0 / (median / 1000):F1} MB/s); runs: {string.Join(", ", times.Select(t => t.ToString("F0", CultureInfo.InvariantCulture)))}; allocated per run {allocated.Min() / 1048576.0:F0} MB ({allocated.Min() / articles.Count / 1024.0:F0} KB per article)"));
        return 0;
    }
}

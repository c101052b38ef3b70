using System.Collections.Concurrent;
using System.Text;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace DefenseDialogues.Benchmarks;

/// <summary>
/// Throughput of a benchmark with a <c>Size</c> parameter (a <see cref="CorpusMaker"/> article size):
/// the article's real UTF-8 bytes divided by the mean time. Empty for other benchmarks.
/// </summary>
public sealed class MegabytesPerSecondColumn : IColumn
{
    public static readonly MegabytesPerSecondColumn Instance = new();

    private static readonly ConcurrentDictionary<int, int> Bytes = new();

    public string Id => nameof(MegabytesPerSecondColumn);
    public string ColumnName => "MB/s";
    public bool AlwaysShow => false;
    public ColumnCategory Category => ColumnCategory.Custom;
    public int PriorityInCategory => 0;
    public bool IsNumeric => true;
    public UnitType UnitType => UnitType.Dimensionless;
    public string Legend => "Article bytes (UTF-8) per second of mean time, in 10^6 bytes/s";

    /// <summary>The real size in bytes of the article a benchmark with that <c>Size</c> parameter reads.</summary>
    public static int ArticleBytes(int size) => Bytes.GetOrAdd(size, s => Encoding.UTF8.GetByteCount(CorpusMaker.Article(0, s).Text));

    public bool IsAvailable(Summary summary) => true;
    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var size = benchmarkCase.Parameters.Items.FirstOrDefault(p => p.Name == "Size")?.Value;
        var mean = summary[benchmarkCase]?.ResultStatistics?.Mean;
        return size is int s && mean is double ns && ns > 0
            ? (ArticleBytes(s) / (ns / 1e9) / 1e6).ToString("F1", System.Globalization.CultureInfo.InvariantCulture)
            : "-";
    }

    public override string ToString() => ColumnName;
}

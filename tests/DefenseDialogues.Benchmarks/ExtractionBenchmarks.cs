using BenchmarkDotNet.Attributes;
using DefenseDialogues.Generator.Extraction;

namespace DefenseDialogues.Benchmarks;

/// <summary>
/// Extraction of one article (the per-file pipeline step), single-threaded, at the seeds' size and
/// far beyond: equal MB/s across sizes means extraction is linear in article length.
/// </summary>
[Config(typeof(BenchmarkConfig))]
public class ExtractionBenchmarks
{
    private string _text = "";

    [Params(3_000, 100_000, 5_000_000)]
    public int Size { get; set; }

    [GlobalSetup]
    public void Setup() => _text = CorpusMaker.Article(0, Size).Text;

    // object: ExtractionResult is internal to the generator.
    [Benchmark]
    public object Extract() => ArticleExtractor.Extract(Infrastructure.Workload.Directory + "/00000_article.txt", _text);
}

using BenchmarkDotNet.Attributes;
using DefenseDialogues.Generator.Extraction;
using DefenseDialogues.Generator.Model;
using DefenseDialogues.Generator.Extraction.Text;
using DefenseDialogues.Generator.Extraction.Reading;
using DefenseDialogues.Generator.Extraction.Fields;
using DefenseDialogues.Generator.Extraction.Fields.Dates;
using DefenseDialogues.Generator.Extraction.Fields.People;
using DefenseDialogues.Generator.Extraction.Fields.Partners;
using DefenseDialogues.Generator.Extraction.Fields.Place;
using DefenseDialogues.Generator.Extraction.Fields.Kind;
using DefenseDialogues.Generator.Extraction.Fields.Cues;

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

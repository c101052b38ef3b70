extern alias runtime;

using System.Reflection;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using DefenseDialogues.Benchmarks.Infrastructure;
using DefenseDialogues.Benchmarks.Json;
using DefenseDialogues.Tests.Infrastructure;
using runtime::DefenseDialogues;
using runtime::DefenseDialogues.Storage;

namespace DefenseDialogues.Benchmarks;

/// <summary>
/// Materializing the 1,000 records of a generated <c>Dialogues.All</c> against deserializing the
/// same records from JSON with System.Text.Json (Baseline). The generated class is compiled and
/// loaded once; each "first" benchmark builds a fresh <see cref="DialogueList"/> over the generated
/// <c>RecordPayloads()</c>, <c>TextPayloads()</c> and <c>EvidencePayloads()</c> tables, as its static constructor does,
/// so every invocation decodes from the u8 literals again. Paragraphs stay UTF-8 until read, so the
/// "every paragraph read" row is the like-for-like comparison with STJ, which builds every string. JIT and type loading are not in these figures: `coldstart` measures them.
/// </summary>
[Config(typeof(BenchmarkConfig))]
public class FirstAccessBenchmarks
{
    public const int Count = 1_000;

    private static readonly JsonSerializerOptions Reflection = new();

    private Func<PayloadTable> _records = null!;
    private Func<PayloadTable> _text = null!;
    private Func<PayloadTable> _evidence = null!;
    private Func<IReadOnlyList<Person>> _people = null!;
    private byte[] _json = [];
    private IReadOnlyList<Dialogue> _warm = null!;

    [GlobalSetup]
    public void Setup()
    {
        var (_, output) = GeneratorHarness.Run(Workload.Files(Count));
        var dialogues = GeneratorHarness.LoadDialoguesClass(output);
        const BindingFlags Private = BindingFlags.NonPublic | BindingFlags.Static;
        _records = dialogues.GetMethod("RecordPayloads", Private)!.CreateDelegate<Func<PayloadTable>>();
        _text = dialogues.GetMethod("TextPayloads", Private)!.CreateDelegate<Func<PayloadTable>>();
        _evidence = dialogues.GetMethod("EvidencePayloads", Private)!.CreateDelegate<Func<PayloadTable>>();
        var people = (IReadOnlyList<Person>)dialogues.Assembly.GetType(dialogues.Namespace + ".People", throwOnError: true)!.GetProperty("All")!.GetValue(null)!;
        _people = () => people;
        _warm = (IReadOnlyList<Dialogue>)dialogues.GetProperty("All")!.GetValue(null)!;
        if (_warm.Count != Count)
        {
            throw new InvalidOperationException($"Expected {Count} dialogues, got {_warm.Count}.");
        }

        _json = JsonSerializer.SerializeToUtf8Bytes(_warm.Select(DialogueRecord.From).ToArray(), RecordJsonContext.Default.DialogueRecordArray);
    }

    [Benchmark(Baseline = true, Description = "STJ deserialize 1,000 (reflection)")]
    public int JsonReflection() => Touch(JsonSerializer.Deserialize<DialogueRecord[]>(_json, Reflection)!);

    [Benchmark(Description = "STJ deserialize 1,000 (source-generated)")]
    public int JsonSourceGenerated() => Touch(JsonSerializer.Deserialize(_json, RecordJsonContext.Default.DialogueRecordArray)!);

    [Benchmark(Description = "Dialogues.All first enumeration (1,000 decoded)")]
    public int FirstEnumeration()
    {
        var all = Fresh();
        var sum = 0;
        for (var i = 0; i < all.Count; i++)
        {
            sum += all[i].Paragraphs.Count;
        }

        return sum;
    }

    [Benchmark(Description = "Dialogues.All first enumeration, every paragraph read")]
    public int FirstEnumerationWithText()
    {
        var all = Fresh();
        var sum = 0;
        for (var i = 0; i < all.Count; i++)
        {
            foreach (var paragraph in all[i].Paragraphs)
            {
                sum += paragraph.Length;
            }
        }

        return sum;
    }

    [Benchmark(Description = "Dialogues.All first enumeration, every record's .Evidence decoded")]
    public int FirstEnumerationWithEvidence()
    {
        var all = Fresh();
        var sum = 0;
        for (var i = 0; i < all.Count; i++)
        {
            foreach (var e in all[i].Evidence)
            {
                sum += e.QuoteStart;
            }
        }

        return sum;
    }

    [Benchmark(Description = "Dialogues.All[^1] first access (1 decoded)")]
    public int FirstLast() => Fresh()[Count - 1].Paragraphs.Count;

    [Benchmark(Description = "Dialogues.All repeated index loop")]
    public int RepeatedIndexLoop()
    {
        var all = _warm;
        var sum = 0;
        for (var i = 0; i < all.Count; i++)
        {
            sum += all[i].Paragraphs.Count;
        }

        return sum;
    }

    [Benchmark(Description = "Dialogues.All repeated foreach")]
    public int RepeatedForeach()
    {
        var sum = 0;
        foreach (var d in _warm)
        {
            sum += d.Paragraphs.Count;
        }

        return sum;
    }

    private DialogueList Fresh() => new(_records(), _text(), new EvidenceStore(_evidence()), _people, null);

    private static int Touch(DialogueRecord[] records)
    {
        var sum = 0;
        foreach (var r in records)
        {
            sum += r.Paragraphs.Count;
        }

        return sum;
    }
}

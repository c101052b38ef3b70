using System.Collections.Immutable;
using DefenseDialogues.Generator;
using DefenseDialogues.Generator.Model;
using DefenseDialogues.Generator.Planning;
using DefenseDialogues.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace DefenseDialogues.Tests.Generator;

/// <summary>
/// Plain string literals share a 16 MB metadata heap (CS8103). Below C# 11 the generator must
/// say which LangVersion to set instead of emitting code that cannot compile; from C# 11 on
/// the same corpus compiles: the first blocks are string literals within a budget of the heap, the
/// rest UTF-8 literals.
/// </summary>
public class StorageLimitTests
{
    private static ImmutableArray<AdditionalText> LargeCorpus()
    {
        // ~7.5 M characters over 150 articles of ~50 K characters.
        var paragraph = "Les deux parties ont convenu de renforcer la coopération en matière de formation et de sécurité maritime. ";
        var body = string.Concat(Enumerable.Repeat(paragraph, 460));
        return Enumerable.Range(0, 150)
            .Select(i => (AdditionalText)new InMemoryAdditionalText(
                $"/big/a{i:D3}.txt",
                $" date 2024-05 Dialogue {i}\n\nHanoï, 14 mai (VNA) - Le Vietnam et le Laos ont tenu des entretiens le 14 mai à Hanoï.\n\n{body}\n"))
            .ToImmutableArray();
    }

    [Fact]
    public void Below_CSharp_11_a_corpus_past_the_string_heap_gives_DD0201_and_no_code()
    {
        // A user file parsed as C# 7.3 sets the compilation's language version (an empty compilation has the latest).
        var (result, _) = GeneratorHarness.Run(LargeCorpus(), TargetKind.NetStandard20, null, null, "internal class UserCode { }");
        var error = Assert.Single(result.Diagnostics, d => d.Id == "DD0201");
        Assert.Equal(DiagnosticSeverity.Error, error.Severity);
        Assert.Contains("<LangVersion>11</LangVersion>", error.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Empty(result.GeneratedTrees);
    }

    [Fact]
    public void From_CSharp_11_the_same_corpus_compiles_its_chunks_deflated_within_the_string_budget()
    {
        var (result, output) = GeneratorHarness.Run(LargeCorpus(), TargetKind.Net10);
        Assert.DoesNotContain(result.Diagnostics, d => d.Id == "DD0201");
        var source = GeneratorHarness.GeneratedSource(result);
        Assert.Contains("private static global::System.ReadOnlySpan<byte> RecordChunk(int chunk, out string? text)", source);
        Assert.Contains("TextChunk0(out string? text) { text = \"w", source);
        Assert.Empty(GeneratorHarness.Problems(output).Where(d => d.Id == "CS8103"));
        Assert.Equal(150, GeneratorHarness.LoadAll(output).Count);
    }

    [Fact]
    public void The_checked_size_is_the_length_of_every_payload_as_emitted()
    {
        // Sizes are measured per file with the person links left null and the links added afterwards:
        // the sum must be exactly what the payloads written into the blocks take before deflating (a chunk
        // is stored deflated only when that is shorter, so the check is a bound on the literals).
        var seeds = GeneratorHarness.Seeds();
        var compilation = GeneratorHarness.CreateCompilation(TargetKind.NetStandard20, "class A { }");
        var result = GeneratorHarness.CreateDriver(seeds, TargetKind.NetStandard20).RunGenerators(compilation).GetRunResult().Results.Single();
        T Step<T>(string name) => (T)Assert.Single(result.TrackedSteps[name].SelectMany(s => s.Outputs)).Value;
        var corpus = Step<CorpusModel>(TrackingNames.Corpus);
        var index = Step<CorpusIndexModel>(TrackingNames.Index);
        Assert.Contains(index.ParticipantPeople, links => links.Any(p => p >= 10));

        long expected = 0;
        for (var i = 0; i < corpus.Dialogues.Count; i++)
        {
            expected += RecordPayloads.Dialogue(corpus.Dialogues[i], index.ParticipantPeople[i], textApart: true).Length + RecordPayloads.Text(corpus.Dialogues[i]).Length
                + RecordPayloads.Evidence(corpus.Dialogues[i].Evidence).Length
                + StoragePlan.MeetingCharsPerArticle;
        }

        var storage = Step<StorageCheck>(TrackingNames.Storage);
        Assert.Equal(expected, storage.Chars);

        // The meetings' share is a bound: what Meetings.g.cs stores takes no more.
        var meetings = Step<MeetingsPlanModel>(TrackingNames.MeetingsPlan);
        Assert.InRange(meetings.Meetings.Sum(m => m.Payload.Length), 1, corpus.Dialogues.Count * StoragePlan.MeetingCharsPerArticle);
        Assert.True(storage.Fits);
    }

    private static (int Strings, int Utf8) BlockForms(GeneratorDriverRunResult result)
    {
        var blocks = GeneratorHarness.GeneratedSources(result).Where(s => s.HintName.StartsWith("Dialogues.Records.", StringComparison.Ordinal)).ToList();
        var strings = blocks.Count(b => b.Source.Contains("Chunk" + b.HintName.Split('.')[2] + "(out string? text) { text = \"", StringComparison.Ordinal));
        var utf8 = blocks.Count(b => b.Source.Contains("(out string? text) { text = null; return \"", StringComparison.Ordinal));
        Assert.Equal(blocks.Count, strings + utf8);
        // A block's three chunks are all one or all the other.
        Assert.All(blocks, b => Assert.True(Count(b.Source, "{ text = null;") is 0 or 3));
        return (strings, utf8);
    }

    private static int Count(string text, string part) => (text.Length - text.Replace(part, string.Empty, StringComparison.Ordinal).Length) / part.Length;

    [Theory]
    [InlineData(null, 2, 0)] // the default budget: both blocks (128 and 22 articles) as strings
    [InlineData("65536", 1, 1)] // one block's share: the first block
    [InlineData("0", 0, 2)] // none: every chunk a u8 literal
    public void With_UTF8_literals_the_blocks_within_the_string_budget_are_string_literals(string? budget, int strings, int utf8)
    {
        var properties = budget is null ? null : new Dictionary<string, string> { ["DialoguesStringLiteralChars"] = budget };
        var (result, output) = GeneratorHarness.Run(LargeCorpus(), TargetKind.Net10, properties);
        Assert.Equal((strings, utf8), BlockForms(result));
        Assert.Empty(GeneratorHarness.Problems(output));
        var all = GeneratorHarness.LoadAll(output);
        Assert.Equal(150, all.Count);
        Assert.All(new[] { all[0], all[127], all[128], all[149] }, d => Assert.Contains("formation", d.Paragraphs[^1], StringComparison.Ordinal));
    }

    [Fact]
    public void A_block_larger_than_its_share_of_the_string_budget_stays_utf8()
    {
        // Text that deflates badly: a full block of it is more characters than one block's share.
        var random = new Random(17);
        string Word() => new(Enumerable.Range(0, 3 + random.Next(8)).Select(_ => (char)('a' + random.Next(26))).ToArray());
        var files = Enumerable.Range(0, 130).Select(i => (AdditionalText)new InMemoryAdditionalText(
            $"/noisy/a{i:D3}.txt",
            $" date 2024-05 Dialogue {i}\n\nHanoï, 14 mai (VNA) - Le Vietnam et le Laos ont tenu des entretiens le 14 mai à Hanoï.\n\n{string.Join(' ', Enumerable.Range(0, 400).Select(_ => Word()))}.\n")).ToImmutableArray();
        var (result, output) = GeneratorHarness.Run(files, TargetKind.Net10);
        Assert.Equal((1, 1), BlockForms(result));
        Assert.Contains("Chunk1(out string? text) { text = \"", GeneratorHarness.GeneratedSources(result).Single(s => s.HintName == "Dialogues.Records.1.g.cs").Source, StringComparison.Ordinal);
        Assert.Empty(GeneratorHarness.Problems(output));
        Assert.Equal(130, GeneratorHarness.LoadAll(output).Count);
    }

    [Theory]
    [InlineData("-1")]
    [InlineData("lots")]
    [InlineData("8000001")]
    public void An_invalid_string_budget_is_reported_and_the_default_used(string budget)
    {
        var (result, output) = GeneratorHarness.Run(LargeCorpus(), TargetKind.Net10, new Dictionary<string, string> { ["DialoguesStringLiteralChars"] = budget });
        var warning = Assert.Single(result.Diagnostics, d => d.GetMessage(System.Globalization.CultureInfo.InvariantCulture).Contains("DialoguesStringLiteralChars", StringComparison.Ordinal));
        Assert.Contains("6000000", warning.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Assert.Equal((2, 0), BlockForms(result));
        Assert.Equal(150, GeneratorHarness.LoadAll(output).Count);
    }

    [Theory]
    [InlineData(0, 65_536, 6_000_000, true)]
    [InlineData(0, 65_537, 6_000_000, false)]
    [InlineData(90, 1, 6_000_000, true)] // 6,000,000 / 65,536 = 91 blocks may be strings
    [InlineData(91, 1, 6_000_000, false)]
    [InlineData(0, 1, 0, false)]
    [InlineData(0, 1, 65_535, false)]
    public void The_first_blocks_up_to_the_budget_may_be_strings_each_within_its_share(int block, long chars, int budget, bool strings)
        => Assert.Equal(strings, StoragePlan.ChunksAsStrings(block, chars, budget));
}

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
/// the same corpus is stored as UTF-8 literals and compiles.
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
    public void From_CSharp_11_the_same_corpus_is_stored_as_utf8_and_compiles()
    {
        var (result, output) = GeneratorHarness.Run(LargeCorpus(), TargetKind.Net10);
        Assert.DoesNotContain(result.Diagnostics, d => d.Id == "DD0201");
        var source = GeneratorHarness.GeneratedSource(result);
        Assert.Contains("\"u8;", source);
        Assert.Contains("private static global::System.ReadOnlySpan<byte> RecordChunk(int chunk)", source);
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
}

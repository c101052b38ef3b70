extern alias runtime;

using System.Collections.Immutable;
using DefenseDialogues.Explorer;
using DefenseDialogues.Generator.Extraction;
using DefenseDialogues.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;
using runtime::DefenseDialogues;
using runtime::DefenseDialogues.Storage;
using DefenseDialogues.Tests.Runtime;

namespace DefenseDialogues.Tests.Evidence;

/// <summary>
/// Evidence as users reach it: <c>dialogue.Evidence</c> on the generated dataset equals what extraction
/// found, typed and aligned with the record's lists, decoded only when asked; DD0301 marks values in the
/// .txt only when switched on; the explorer's markup brackets each value where it was read.
/// </summary>
public class EvidenceApiTests
{
    private static IReadOnlyList<Dialogue> SeedDataset() => GeneratorHarness.LoadAll(GeneratorHarness.Run(GeneratorHarness.Seeds()).Output);

    // The seeds and our own corpus (76 articles: headers, datelines, trailers, captions, multi-line
    // paragraphs), so every flag of the compact evidence format is exercised against what extraction found.
    [Theory]
    [InlineData("seeds")]
    [InlineData("Corpus")]
    public void Generated_evidence_is_what_extraction_found(string folder)
    {
        var files = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, folder), "*.txt").Order(StringComparer.Ordinal)
            .Select(p => (AdditionalText)new InMemoryAdditionalText(p, File.ReadAllText(p))).ToImmutableArray();
        var all = GeneratorHarness.LoadAll(GeneratorHarness.Run(files).Output);
        var expected = files.Select(s => ArticleExtractor.Extract(s.Path, s.GetText()!.ToString()).Dialogue).OfType<global::DefenseDialogues.Generator.Model.DialogueModel>()
            .OrderBy(d => d.Id, StringComparer.Ordinal).ToArray();
        Assert.Equal(expected.Length, all.Count);
        for (var i = 0; i < expected.Length; i++)
        {
            var evidence = all[i].Evidence;
            Assert.Equal(expected[i].Evidence.Count, evidence.Count);
            for (var k = 0; k < evidence.Count; k++)
            {
                var (model, e) = (expected[i].Evidence[k], evidence[k]);
                Assert.Equal(((int)model.Field, model.Index, model.Item, model.Value, model.Note), ((int)e.Field, e.Index, e.Item, e.Value, e.Note));
                Assert.Equal(model.Span?.Quote, e.Quote);
                if (model.Span is { } span)
                {
                    // One-based, as editors show them.
                    Assert.Equal(new SourceSpan(all[i].SourceFile, span.Location.StartLine + 1, span.Location.StartColumn + 1, span.Location.EndLine + 1, span.Location.EndColumn + 1), e.Span);
                    Assert.Equal((int)span.Part, (int)e.Part!.Value);
                    Assert.Equal(span.PartIndex, e.PartIndex);
                    Assert.Equal(span.QuoteStart, e.QuoteStart);
                    Assert.Equal(e.PartText!.Substring(span.SentenceStart, span.SentenceLength), e.Sentence);
                    Assert.Contains(e.Quote!, e.Sentence!, StringComparison.Ordinal);
                    if (span.PartText is not null)
                    {
                        Assert.Equal(span.PartText, e.PartText);
                    }
                }
                else
                {
                    Assert.Null(e.Span);
                    Assert.Null(e.Sentence);
                }
            }
        }
    }

    [Fact]
    public void Typed_access_shows_the_japan_dialogues_evidence()
    {
        var japan = SeedDataset().Single(d => d.Partner?.Code == "JP");
        var e = japan.Evidence;
        Assert.Equal("mardi 27 février", e.HeldOn.Quote);
        Assert.True(e.HeldOn.IsInferred);
        Assert.Contains("year 2024 from the header", e.HeldOn.Note, StringComparison.Ordinal);
        Assert.Equal(3, e.HeldOn.Span!.Value.StartLine);
        Assert.StartsWith("Le général de corps d’armée Hoang Xuân Chiên", e.HeldOn.Sentence, StringComparison.Ordinal);
        Assert.Equal("Hanoi", e.Location.Quote);
        Assert.Equal("vice-ministre japonais de la Défense", e.Partner.Quote);
        Assert.Equal(japan.Partners.Count, e.Partners.Count);
        Assert.Equal(japan.Participants.Count, e.Participants.Count);
        Assert.Equal("général de corps d’armée", e.Participants[0].Rank.Quote);
        Assert.Equal("Hoang Xuân Chiên", e.Participants[0].Name.Quote);
        Assert.Equal(japan.Participants[0].Titles.Count, e.Participants[0].Titles.Count);
        Assert.Equal(japan.Topics.Count, e.Topics.Count);
        Assert.All(e.Topics, t => Assert.True(t.IsLocated));
        Assert.Equal("10e", e.Edition.Quote);
        Assert.Equal("partenariat stratégique intégral", e.Partnership.Quote);
        Assert.Equal("VNA", e.Source.Quote);
        Assert.Equal(runtime::DefenseDialogues.ArticlePart.Dateline, e.Source.Part);
        Assert.Equal("participants[1].titles[0]", e.Participants[1].Titles[0].Path);
    }

    [Fact]
    public void Unknown_values_say_why()
    {
        var russia = SeedDataset().Single(d => d.Partner?.Code == "RU");
        Assert.Null(russia.Location);
        Assert.False(russia.Evidence.Location.IsLocated);
        Assert.Null(russia.Evidence.Location.Value);
        Assert.False(string.IsNullOrEmpty(russia.Evidence.Location.Note));
        Assert.Null(russia.Evidence.Edition.Value);
        Assert.NotNull(russia.Evidence.Edition.Note);
    }

    [Fact]
    public void Evidence_is_decoded_only_when_asked_and_once()
    {
        var calls = 0;
        var store = new EvidenceStore((index, d) =>
        {
            calls++;
            return EvidencePayload.Decode("E3l1:s10:2024-06-04n14:1,138,1,0,0,0,2,0,3,6,0,13,2,3,", d);
        });
        var payload = Payloads.Of(DialogueSpec.Make(s => s.Paragraphs = ["Le 4 juin, X."]));
        var dialogue = DialoguePayload.Decode(System.Text.Encoding.UTF8.GetBytes(payload), null, store, 7);
        Assert.Equal(0, calls);
        var evidence = dialogue.Evidence;
        Assert.Equal(1, calls);
        Assert.Same(evidence, dialogue.Evidence);
        Assert.Equal(1, calls);
        Assert.Equal("4 juin", evidence.HeldOn.Quote);
        Assert.Equal("Le 4 juin, X.", evidence.HeldOn.Sentence);
        Assert.Equal(new SourceSpan(dialogue.SourceFile, 3, 4, 3, 10), evidence.HeldOn.Span);
    }

    [Fact]
    public void A_record_built_by_hand_has_evidence_that_says_every_value_is_unknown()
    {
        var dialogue = DialogueSpec.Make();
        Assert.Empty(dialogue.Evidence);
        Assert.False(dialogue.Evidence.HeldOn.IsLocated);
        Assert.Equal(dialogue.Partners.Count, dialogue.Evidence.Partners.Count);
        Assert.All(dialogue.Evidence.Partners, p => Assert.NotNull(p.Note));
    }

    [Fact]
    public void Malformed_evidence_is_a_format_error_not_a_wrong_answer()
    {
        var dialogue = WithParagraph(DialogueSpec.Make(), "Court.");
        // Flags 136: a span whose end is on its start's line; 138: with a stored value; 137: the value is the quote.
        Assert.Throws<FormatException>(() => EvidencePayload.Decode("E3l0:n13:1,136,1,0,0,2,5,0,1,0,1,0,0,", dialogue)); // paragraph 5 does not exist
        Assert.Throws<FormatException>(() => EvidencePayload.Decode("E3l0:n13:1,136,1,0,0,2,0,3,60,0,1,0,0,", dialogue)); // quote past the text
        Assert.Throws<FormatException>(() => EvidencePayload.Decode("E3l0:n13:1,137,1,0,0,2,0,3,60,0,1,0,0,", dialogue)); // value cut past the text
        Assert.Throws<FormatException>(() => EvidencePayload.Decode("E3l0:n14:1,138,1,0,0,0,2,0,0,1,0,1,0,0,", dialogue)); // string 0 does not exist
        Assert.Throws<FormatException>(() => EvidencePayload.Decode("E3l0:n5:1,512,1,0,0,", dialogue)); // unknown flag
        Assert.Throws<FormatException>(() => EvidencePayload.Decode("E3l0:n6:1,256,1,0,0,0,", dialogue)); // a name on a field without a vocabulary (heldOn)
        Assert.Throws<FormatException>(() => EvidencePayload.Decode("E3l0:n6:1,256,9,0,0,99,", dialogue)); // topic 99 is not declared
        Assert.Equal("Training", EvidencePayload.Decode("E3l0:n6:1,256,9,0,0,1,", dialogue)[0].Value);
        Assert.Throws<FormatException>(() => EvidencePayload.Decode("E3l0:n5:1,3,1,0,0,", dialogue)); // value both quoted and stored
        Assert.Throws<FormatException>(() => EvidencePayload.Decode("E3l0:n6:1,0,1,0,0,9,", dialogue)); // an integer after the last item
        Assert.Throws<FormatException>(() => EvidencePayload.Decode("E3l0:n4:1,0,1,0,", dialogue)); // an item cut short
        Assert.Throws<FormatException>(() => EvidencePayload.Decode("E3l0:n9:1,152,1,0,0,2,0,0,1,", dialogue)); // the previous span's sentence, with no previous span
        Assert.Throws<FormatException>(() => EvidencePayload.Decode("E3l0:n11:1,200,1,0,0,2,0,0,1,0,1,", dialogue)); // a position from a part never placed
        Assert.Throws<FormatException>(() => EvidencePayload.Decode("E3l0:n5:1,16,1,0,0,", dialogue)); // span flags without a span
        Assert.Throws<FormatException>(() => EvidencePayload.Decode("D2l0:", dialogue));
    }

    [Fact]
    public void Value_diagnostics_are_off_by_default()
    {
        var (result, _) = GeneratorHarness.Run(GeneratorHarness.Seeds());
        Assert.DoesNotContain(result.Diagnostics, d => d.Id == "DD0301");
    }

    [Fact]
    public void Value_diagnostics_mark_each_located_value_in_the_txt_when_switched_on()
    {
        var seeds = GeneratorHarness.Seeds();
        var (result, output) = GeneratorHarness.Run(seeds, properties: new Dictionary<string, string> { ["DialogueEvidenceDiagnostics"] = "true" });
        var marks = result.Diagnostics.Where(d => d.Id == "DD0301").ToList();
        var expected = seeds.SelectMany(s => ArticleExtractor.Extract(s.Path, s.GetText()!.ToString()).Dialogue!.Evidence.Where(e => e.Span is not null && e.Value is not null)).ToList();
        Assert.Equal(expected.Count, marks.Count);
        Assert.All(marks, d => Assert.Equal(DiagnosticSeverity.Info, d.Severity));
        Assert.All(marks, d => Assert.EndsWith(".txt", d.Location.GetLineSpan().Path, StringComparison.Ordinal));

        var japan = seeds.Single(s => s.GetText()!.ToString().Contains("Serizawa", StringComparison.Ordinal));
        var heldOn = marks.Single(d => d.Location.GetLineSpan().Path == japan.Path && d.GetMessage(System.Globalization.CultureInfo.InvariantCulture).StartsWith("heldOn = 2024-02-27", StringComparison.Ordinal));
        var line = EvidenceSpanTests.Lines(japan.GetText()!.ToString())[heldOn.Location.GetLineSpan().StartLinePosition.Line];
        var span = heldOn.Location.GetLineSpan();
        Assert.Equal("mardi 27 février", line.Substring(span.StartLinePosition.Character, span.EndLinePosition.Character - span.StartLinePosition.Character));

        // Info diagnostics do not break a warnings-as-errors build, and the output still compiles.
        Assert.Empty(GeneratorHarness.Problems(output));
    }

    [Fact]
    public void Markup_brackets_each_value_and_nests_or_merges_overlaps()
    {
        Assert.Equal("Le ⟦5 juin⟧heldOn à ⟦Hanoï⟧location.", EvidenceMarkup.Mark("Le 5 juin à Hanoï.", [(3, 9, "heldOn"), (12, 17, "location")], color: false));
        Assert.Equal("⟦vice-ministre ⟦japonais⟧x de la Défense⟧partners[0],titles[0]", EvidenceMarkup.Mark("vice-ministre japonais de la Défense", [(0, 36, "partners[0]"), (0, 36, "titles[0]"), (14, 22, "x")], color: false));
        Assert.Equal("abc", EvidenceMarkup.Mark("abc", [(2, 9, "outside")], color: false));
        Assert.Contains("\u001b[", EvidenceMarkup.Mark("abc", [(0, 1, "a")], color: true), StringComparison.Ordinal);
    }

    private static Dialogue WithParagraph(Dialogue d, string paragraph)
        => new(d.Id, d.SourceFile, d.Published, d.HeldOn, d.Headline, d.Captions, d.Location, d.Partners, d.Kind, d.Edition, d.Participants, d.Topics, d.LegalReferences, d.Anniversaries, d.Partnership, d.Source, [paragraph]);
}

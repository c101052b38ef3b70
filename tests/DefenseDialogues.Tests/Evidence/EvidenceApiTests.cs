extern alias runtime;

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

    [Fact]
    public void Generated_evidence_is_what_extraction_found()
    {
        var seeds = GeneratorHarness.Seeds();
        var all = SeedDataset();
        var expected = seeds.Select(s => ArticleExtractor.Extract(s.Path, s.GetText()!.ToString()).Dialogue!).OrderBy(d => d.Id, StringComparer.Ordinal).ToArray();
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
                    Assert.Contains(e.Quote!, e.Sentence!, StringComparison.Ordinal);
                    Assert.Equal((int)span.Part, (int)e.Part!.Value);
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
            return EvidencePayload.Decode("E2l1:l6:i1;i0;i0;s10:2024-06-04~l11:i2;i0;i3;i6;i0;i13;~i2;i3;i2;i9;", d);
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
        Assert.Throws<FormatException>(() => EvidencePayload.Decode("E2l1:l6:i1;i0;i0;~~l11:i2;i5;i0;i1;i0;i1;~i0;i0;i0;i1;", dialogue)); // paragraph 5 does not exist
        Assert.Throws<FormatException>(() => EvidencePayload.Decode("E2l1:l6:i1;i0;i0;~~l11:i2;i0;i3;i60;i0;i1;~i0;i0;i0;i1;", dialogue)); // quote past the text
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

using System.Globalization;
using DefenseDialogues.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace DefenseDialogues.Tests.Generator;

/// <summary>
/// Content warnings point into the .txt and never drop the record: it is emitted with what was found.
/// </summary>
public class ExtractionDiagnosticsTests
{
    private static (Diagnostic Diagnostic, LoadedRecord Record) RunOne(string id, string text)
    {
        var path = "/articles/" + id + ".txt";
        var (result, output) = GeneratorHarness.Run([new InMemoryAdditionalText(path, text)]);
        var diagnostic = Assert.Single(result.Diagnostics, d => d.Id == id.ToUpperInvariant());
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
        Assert.Equal(path, diagnostic.Location.GetLineSpan().Path);
        Assert.Equal("https://github.com/DefenseDialogues/DefenseDialogues/blob/main/README.md#" + id, diagnostic.Descriptor.HelpLinkUri);
        var all = GeneratorHarness.LoadAll(output);
        return (diagnostic, new LoadedRecord(Assert.Single(all).Id, Assert.Single(all).Participants.Count, Assert.Single(all).Partners.Count, Assert.Single(all).HeldOn?.ToString()));
    }

    [Fact]
    public void No_partner_gives_DD0101_on_the_story_and_keeps_the_record()
    {
        var (diagnostic, record) = RunOne("dd0101", "Titre\n\nHanoï (VNA) - Le général Phan Van Giang a présidé le 3 mars une conférence sur la formation.\n");
        Assert.Equal(2, diagnostic.Location.GetLineSpan().StartLinePosition.Line);
        Assert.Equal((0, "--03-03"), (record.Partners, record.HeldOn));
        Assert.Equal(1, record.Participants);
    }

    [Fact]
    public void No_date_gives_DD0102()
    {
        var (diagnostic, record) = RunOne("dd0102", "Titre\n\nLe général Phan Van Giang a reçu l'ambassadeur du Japon, Ito Naoki.\n");
        Assert.Equal(2, diagnostic.Location.GetLineSpan().StartLinePosition.Line);
        Assert.Null(record.HeldOn);
        Assert.Equal(1, record.Partners);
    }

    [Fact]
    public void No_participant_gives_DD0103()
    {
        var (diagnostic, record) = RunOne("dd0103", "Titre\n\nHanoï (VNA) - Le Vietnam et le Japon ont tenu des entretiens le 3 mars.\n");
        Assert.Equal(0, record.Participants);
        Assert.Equal(1, record.Partners);
        Assert.Equal("--03-03", record.HeldOn);
        var span = diagnostic.Location.GetLineSpan();
        Assert.Equal(2, span.StartLinePosition.Line);
        Assert.Equal("Hanoï (VNA) - ".Length, span.StartLinePosition.Character); // the story's first word, after the dateline
        Assert.Contains("dd0103", diagnostic.GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    [Fact]
    public void Content_warnings_point_at_the_first_paragraph_even_after_a_header_caption_and_links()
    {
        var text = " date 2024-03 Une légende. Photo : VNA\n>> Un lien vers le Japon\n\n\nUne réunion sans rien de notable.\n";
        var path = "/articles/late.txt";
        var (result, output) = GeneratorHarness.Run([new InMemoryAdditionalText(path, text)]);
        var ids = result.Diagnostics.Select(d => d.Id).Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(["DD0101", "DD0102", "DD0103"], ids);
        Assert.All(result.Diagnostics, d =>
        {
            Assert.Equal(DiagnosticSeverity.Warning, d.Severity);
            Assert.Equal(path, d.Location.GetLineSpan().Path);
            Assert.Equal(4, d.Location.GetLineSpan().StartLinePosition.Line);
            Assert.Equal("https://github.com/DefenseDialogues/DefenseDialogues/blob/main/README.md#" + d.Id.ToLowerInvariant(), d.Descriptor.HelpLinkUri);
        });
        var record = Assert.Single(GeneratorHarness.LoadAll(output));
        Assert.Equal("late", record.Id);
        Assert.Equal(["Une légende."], record.Captions);
        Assert.Empty(record.Partners);
    }

    [Fact]
    public void A_complete_article_gives_no_content_warning()
    {
        var text = " date 2024-02 Titre\n\nHanoï (VNA) - Le général Phan Van Giang a reçu mardi 27 février l'ambassadeur du Japon, Ito Naoki.\n";
        var (result, output) = GeneratorHarness.Run([new InMemoryAdditionalText("/articles/ok.txt", text)]);
        Assert.Empty(result.Diagnostics);
        var record = Assert.Single(GeneratorHarness.LoadAll(output));
        Assert.Equal("2024-02-27", record.HeldOn?.ToString());
        Assert.NotEmpty(record.Participants);
    }

    [Theory]
    [InlineData("DD0001", "   \n\n", 0, 0)]
    [InlineData("DD0002", "Titre\nLe ministre\0 a reçu.\n", 1, 11)]
    [InlineData("DD0004", " date 2024-03 Titre seul\n", 0, 1)]
    public void An_unusable_article_is_skipped_with_a_warning_in_its_file_and_the_others_are_kept(string id, string text, int line, int column)
    {
        var bad = "/articles/bad.txt";
        var good = new InMemoryAdditionalText("/articles/good.txt", "Titre\n\nHanoï (VNA) - Le général Phan Van Giang a reçu le 3 mars l'ambassadeur du Japon, Ito Naoki.\n");
        var (result, output) = GeneratorHarness.Run([new InMemoryAdditionalText(bad, text), good]);
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(id, diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
        var span = diagnostic.Location.GetLineSpan();
        Assert.Equal(bad, span.Path);
        Assert.Equal((line, column), (span.StartLinePosition.Line, span.StartLinePosition.Character));
        Assert.Equal("https://github.com/DefenseDialogues/DefenseDialogues/blob/main/README.md#" + id.ToLowerInvariant(), diagnostic.Descriptor.HelpLinkUri);
        Assert.Equal(["good"], GeneratorHarness.LoadAll(output).Select(d => d.Id));
    }

    [Fact]
    public void A_weekday_that_contradicts_the_date_gives_DD0104_at_the_date()
    {
        // 2024-02-28 is a Wednesday, not a Tuesday.
        var text = " date 2024-02 Titre\n\nHanoï (VNA) - Le Vietnam et le Japon ont tenu des entretiens mardi 28 février à Hanoï.\n";
        var (diagnostic, record) = RunOne("dd0104", text);
        var span = diagnostic.Location.GetLineSpan();
        Assert.Equal(2, span.StartLinePosition.Line);
        Assert.Equal(text.Split('\n')[2].IndexOf("mardi", StringComparison.Ordinal), span.StartLinePosition.Character);
        Assert.Contains("mercredi", diagnostic.GetMessage(CultureInfo.InvariantCulture));
        Assert.Equal("2024-02-28", record.HeldOn);
    }

    [Fact]
    public void A_weekday_that_matches_gives_no_warning()
    {
        var (result, _) = GeneratorHarness.Run([new InMemoryAdditionalText("/a/ok.txt", " date 2024-02 Titre\n\nHanoï (VNA) - Le Vietnam et le Japon ont tenu des entretiens mardi 27 février à Hanoï.\n")]);
        Assert.DoesNotContain(result.Diagnostics, d => d.Id == "DD0104");
    }

    [Fact]
    public void An_invalid_namespace_gives_DD0203_and_the_default_is_used()
    {
        var (result, output) = GeneratorHarness.Run(GeneratorHarness.Seeds(), properties: new Dictionary<string, string> { ["DialoguesNamespace"] = "1bad.ns" });
        var diagnostic = Assert.Single(result.Diagnostics, d => d.Id == "DD0203");
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
        Assert.Equal(Location.None, diagnostic.Location);
        Assert.Equal("https://github.com/DefenseDialogues/DefenseDialogues/blob/main/README.md#dd0203", diagnostic.Descriptor.HelpLinkUri);
        var message = diagnostic.GetMessage(CultureInfo.InvariantCulture);
        Assert.Contains("DialoguesNamespace", message, StringComparison.Ordinal);
        Assert.Contains("'1bad.ns'", message, StringComparison.Ordinal);
        Assert.Contains("'DefenseDialogues'", message, StringComparison.Ordinal);
        Assert.Equal(5, GeneratorHarness.LoadAll(output, "DefenseDialogues").Count);
    }

    [Theory]
    [InlineData("a..b")]
    [InlineData("class.Data")]
    [InlineData("My Data")]
    [InlineData("Data.")]
    public void Other_invalid_namespaces_give_DD0203(string ns)
    {
        var (result, output) = GeneratorHarness.Run(GeneratorHarness.Seeds(), properties: new Dictionary<string, string> { ["DialoguesNamespace"] = ns });
        Assert.Contains(result.Diagnostics, d => d.Id == "DD0203");
        Assert.Equal(5, GeneratorHarness.LoadAll(output, "DefenseDialogues").Count);
    }

    [Fact]
    public void A_valid_namespace_gives_no_DD0203_and_is_used()
    {
        var (result, output) = GeneratorHarness.Run(GeneratorHarness.Seeds(), properties: new Dictionary<string, string> { ["DialoguesNamespace"] = "Company.Data" });
        Assert.DoesNotContain(result.Diagnostics, d => d.Id == "DD0203");
        Assert.Equal(5, GeneratorHarness.LoadAll(output, "Company.Data").Count);
    }

    /// <summary>What the tests read back from the loaded record.</summary>
    public sealed record LoadedRecord(string Id, int Participants, int Partners, string? HeldOn);
}

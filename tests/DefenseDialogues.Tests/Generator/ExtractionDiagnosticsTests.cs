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
        var (_, record) = RunOne("dd0103", "Titre\n\nHanoï (VNA) - Le Vietnam et le Japon ont tenu des entretiens le 3 mars.\n");
        Assert.Equal(0, record.Participants);
        Assert.Equal(1, record.Partners);
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
        Assert.Contains(result.Diagnostics, d => d.Id == "DD0203" && d.GetMessage(CultureInfo.InvariantCulture).Contains("1bad.ns", StringComparison.Ordinal));
        Assert.Equal(5, GeneratorHarness.LoadAll(output, "DefenseDialogues").Count);
    }

    /// <summary>What the tests read back from the loaded record.</summary>
    public sealed record LoadedRecord(string Id, int Participants, int Partners, string? HeldOn);
}

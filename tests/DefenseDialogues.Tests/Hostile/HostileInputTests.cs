extern alias runtime;

using System.Text;
using DefenseDialogues.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;
using Dialogue = runtime::DefenseDialogues.Dialogue;

namespace DefenseDialogues.Tests.Hostile;

/// <summary>
/// Broken input: each case gets its diagnostic, with a location in the .txt, and the good
/// article beside it comes through whole (generated code compiled, loaded and read).
/// </summary>
public class HostileInputTests
{
    private const string GoodText =
        " date 2024-05 Dialogue Vietnam-Inde\n\nNew Delhi, 14 mai (VNA) - Le 12e Dialogue sur la politique de défense Vietnam-Inde a eu lieu le 14 mai à New Delhi, coprésidé par le général Hoang Xuan Chien et le secrétaire indien à la Défense, Rajesh Kumar Singh.\n\nLes deux parties ont convenu de renforcer la formation. -VNA\n";

    private static readonly AdditionalText Good = new InMemoryAdditionalText("/corpus/good.txt", GoodText);

    private static (GeneratorDriverRunResult Result, IReadOnlyList<Dialogue> All) Run(params AdditionalText[] bad)
    {
        var (result, output) = GeneratorHarness.Run(bad.Prepend(Good));
        Assert.Empty(GeneratorHarness.Problems(output));
        Assert.DoesNotContain(result.Diagnostics, d => d.Id == "DD0900");
        var all = GeneratorHarness.LoadAll(output);
        var good = Assert.Single(all, d => d.Id == "good");
        Assert.Equal("IN", good.Partner?.Code);
        Assert.Equal(12, good.Edition);
        Assert.Equal("2024-05-14", good.HeldOn?.ToString());
        return (result, all);
    }

    private static Diagnostic Single(GeneratorDriverRunResult result, string id, string path, int line)
    {
        var diagnostic = Assert.Single(result.Diagnostics, d => d.Id == id);
        var span = diagnostic.Location.GetLineSpan();
        Assert.Equal(path, span.Path);
        Assert.Equal(line, span.StartLinePosition.Line);
        return diagnostic;
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\t\n\u00A0 \r\n")]
    public void Empty_or_whitespace_only_gives_DD0001(string text)
    {
        var (result, all) = Run(new InMemoryAdditionalText("/corpus/empty.txt", text));
        Single(result, "DD0001", "/corpus/empty.txt", 0);
        Assert.Single(all);
    }

    [Fact]
    public void Binary_file_with_NUL_bytes_gives_DD0002_at_the_first_NUL()
    {
        var (result, all) = Run(new InMemoryAdditionalText("/corpus/binary.txt", "PNG header\nline two \0\0\u0001\u0002 junk"));
        var diagnostic = Single(result, "DD0002", "/corpus/binary.txt", 1);
        Assert.Equal(9, diagnostic.Location.GetLineSpan().StartLinePosition.Character);
        Assert.Single(all);
    }

    [Fact]
    public void A_file_the_compiler_cannot_read_gives_DD0002_and_no_crash()
    {
        var (result, all) = Run(new FailingAdditionalText("/corpus/locked.txt"));
        Assert.Contains("being used by another process", Single(result, "DD0002", "/corpus/locked.txt", 0).GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Single(all);
    }

    [Fact]
    public void Utf16_with_a_BOM_is_read_and_gives_DD0005()
    {
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(GoodText.Replace("Inde", "Japon"))).ToArray();
        var (result, all) = Run(new CompilerLikeAdditionalText("/corpus/utf16.txt", bytes));
        Assert.Contains("utf-16", Single(result, "DD0005", "/corpus/utf16.txt", 0).GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("JP", all.Single(d => d.Id == "utf16").Partner?.Code);
    }

    [Fact]
    public void Latin1_text_is_read_with_the_fallback_code_page_and_gives_DD0005()
    {
        var (result, all) = Run(new CompilerLikeAdditionalText("/corpus/latin1.txt", Encoding.Latin1.GetBytes(GoodText.Replace("Inde", "Corée du Sud"))));
        Single(result, "DD0005", "/corpus/latin1.txt", 0);
        var latin = all.Single(d => d.Id == "latin1");
        Assert.Contains(latin.Paragraphs, p => p.Contains("défense", StringComparison.Ordinal));
    }

    [Fact]
    public void Undecodable_bytes_give_DD0006_at_the_first_one()
    {
        var text = GoodText.Replace("formation", "form\uFFFDtion");
        var (result, _) = Run(new InMemoryAdditionalText("/corpus/broken.txt", text));
        Single(result, "DD0006", "/corpus/broken.txt", 4);
    }

    [Fact]
    public void Header_with_nothing_after_it_gives_DD0004()
    {
        var (result, all) = Run(new InMemoryAdditionalText("/corpus/header.txt", " date 2024-05 \n\n"));
        Single(result, "DD0004", "/corpus/header.txt", 0);
        Assert.Single(all);
    }

    [Fact]
    public void One_5MB_line_completes_and_keeps_the_story()
    {
        var line = string.Concat(Enumerable.Repeat("Les deux parties ont discuté de la sécurité maritime et de la formation. ", 70_000));
        var (_, all) = Run(new InMemoryAdditionalText("/corpus/huge.txt", "Titre\n\nHanoï (VNA) - Le Vietnam et le Laos ont tenu des entretiens le 3 mars. " + line + "\n"));
        var huge = all.Single(d => d.Id == "huge");
        Assert.True(huge.Paragraphs[0].Length > 5_000_000);
        Assert.Equal("LA", huge.Partner?.Code);
    }

    [Fact]
    public void Ten_thousand_link_lines_are_all_removed()
    {
        var links = string.Concat(Enumerable.Range(0, 10_000).Select(i => $">> Le Japon et la Chine signent l'accord n°{i}\n"));
        var (_, all) = Run(new InMemoryAdditionalText("/corpus/links.txt", "Titre\n\n" + links + "Hanoï (VNA) - Le Vietnam et le Laos ont tenu des entretiens le 3 mars.\n"));
        var record = all.Single(d => d.Id == "links");
        Assert.Equal(["LA"], record.Partners.Select(p => p.Code));
        Assert.DoesNotContain(record.Paragraphs, p => p.Contains(">>", StringComparison.Ordinal));
    }

    [Fact]
    public void CR_only_line_endings_split_lines_like_LF()
    {
        var (result, all) = Run(new InMemoryAdditionalText("/corpus/cr.txt", GoodText.Replace("\n", "\r") + "\r\rSans partenaire ni date.\r"));
        var record = all.Single(d => d.Id == "cr");
        Assert.Equal(all.Single(d => d.Id == "good").Paragraphs.Count + 1, record.Paragraphs.Count);
        Assert.DoesNotContain(result.Diagnostics, d => d.Location.GetLineSpan().Path == "/corpus/cr.txt" && d.Id == "DD0102");
    }

    [Fact]
    public void Two_files_with_the_same_name_in_different_folders_give_DD0003_on_the_second()
    {
        var (result, all) = Run(
            new InMemoryAdditionalText("/b/same.txt", GoodText.Replace("Inde", "Japon")),
            new InMemoryAdditionalText("/a/same.txt", GoodText.Replace("Inde", "Chine")));
        Single(result, "DD0003", "/b/same.txt", 0);
        Assert.Equal("CN", all.Single(d => d.Id == "same").Partner?.Code); // "/a/…" sorts first
    }
}

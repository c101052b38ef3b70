extern alias runtime;

using System.Text;
using System.Xml;
using DefenseDialogues.Build;
using DefenseDialogues.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace DefenseDialogues.Tests.Hostile;

/// <summary>
/// What real builds of the sample over 10,000 mutated articles found (issue 19), each reproduced from a seed
/// with one change: no stage throws, no doc comment is bad XML, every payload decodes. Also the build
/// check's reading of a file's bytes, and the article-level verdicts (DD0005, DD0006, DD0105, DD0106).
/// </summary>
public class RealBuildFindingsTests
{
    private static readonly string[] Seeds = Directory.GetFiles(GeneratorHarness.SeedsDirectory, "*.txt")
        .OrderBy(p => p, StringComparer.Ordinal).Select(File.ReadAllText).ToArray();

    private static (GeneratorDriverRunResult Result, IReadOnlyList<runtime::DefenseDialogues.Dialogue> All, string Source) Run(string path, string text)
    {
        var (result, output) = GeneratorHarness.Run([new InMemoryAdditionalText(path, text)]);
        Assert.DoesNotContain(result.Diagnostics, d => d.Id == "DD0900" || d.Severity == DiagnosticSeverity.Error);
        Assert.Empty(GeneratorHarness.Problems(output));
        var source = string.Concat(GeneratorHarness.GeneratedSources(result).Select(s => s.Source));
        AssertDocCommentsAreXml(source);
        return (result, GeneratorHarness.LoadAll(output).ToList(), source); // ToList: every record decodes
    }

    /// <summary>Each member's <c>///</c> block parses as XML (the compiler's CS1570 under GenerateDocumentationFile).</summary>
    private static void AssertDocCommentsAreXml(string source)
    {
        var block = new StringBuilder();
        foreach (var line in source.Split('\n'))
        {
            var trimmed = line.TrimStart();
            if (trimmed.StartsWith("///", StringComparison.Ordinal))
            {
                block.Append(trimmed[3..]).Append('\n');
                continue;
            }

            if (block.Length > 0)
            {
                var xml = "<doc>" + block + "</doc>";
                var exception = Record.Exception(() =>
                {
                    using var reader = XmlReader.Create(new StringReader(xml), new XmlReaderSettings { CheckCharacters = true });
                    while (reader.Read())
                    {
                    }
                });
                Assert.True(exception is null, "bad doc comment XML: " + exception?.Message + "\n" + xml);
                block.Clear();
            }
        }
    }

    [Fact]
    public void A_long_sentence_whose_spaces_are_zero_width_is_quoted_without_throwing()
    {
        // One sentence of 500 characters without an ASCII space (its spaces are U+200B), the values far into it:
        // the doc comment quotes a window of it, which once searched past its end for a space.
        var filler = string.Concat(Enumerable.Repeat("au cours d'une longue séance de travail consacrée à la coopération, ", 6));
        var sentence = ("New Delhi, 14 mai (VNA) - " + filler + "le général Hoang Xuan Chien a coprésidé le 12e Dialogue sur la politique de défense Vietnam-Inde le 14 mai à New Delhi avec le secrétaire indien à la Défense, Rajesh Kumar Singh.").Replace(' ', '\u200B');
        var (_, all, _) = Run("/m/zwsp.txt", " date 2024-05 Dialogue Vietnam-Inde\n\n" + sentence + "\n");
        var record = Assert.Single(all);
        Assert.Equal("IN", record.Partner?.Code);
    }

    [Theory]
    [InlineData(@"\uFFFE\u0301\u0302")]
    [InlineData(@"\uFFFF\u0327")]
    [InlineData(@"\uDBFF\uDFFE\u0301")]
    [InlineData(@"\uD800\u0301")]
    public void Noncharacters_and_lone_surrogates_before_combining_marks_do_not_break_normalization(string escaped)
    {
        var flaw = System.Text.RegularExpressions.Regex.Unescape(escaped); // xunit would mangle a lone surrogate in the data
        var text = Seeds[0];
        var at = text.IndexOf("Japon", StringComparison.Ordinal) is var j and > 0 ? j : text.Length / 2;
        var (result, all, _) = Run("/m/fffe.txt", text.Insert(at, flaw));
        Assert.Single(all);
        Assert.DoesNotContain(result.Diagnostics, d => d.Id == "DD0006"); // the file had no undecodable byte
    }

    [Fact]
    public void A_noncharacter_inside_the_datelines_month_is_read_without_throwing()
    {
        var text = Seeds[0];
        var months = new[] { "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre" };
        var month = months.Select(m => (Name: m, At: text.IndexOf(m, StringComparison.Ordinal))).Where(m => m.At > 0).MinBy(m => m.At);
        Run("/m/month.txt", text.Insert(month.At + 2, "\uFFFE\u0301"));
    }

    [Theory]
    [InlineData(@"\uFFFE")]
    [InlineData(@"\uFFFF")]
    [InlineData(@"\u0001\u001F")]
    [InlineData(@"\uD83D")]
    public void Characters_XML_forbids_at_a_paragraphs_end_never_reach_a_doc_comment_raw(string escaped)
    {
        var flaw = System.Text.RegularExpressions.Regex.Unescape(escaped);
        var lines = Seeds[1].Split('\n').Select(l => l.Length > 40 ? l.TrimEnd('\r') + flaw : l);
        var (_, all, source) = Run("/m/xml.txt", string.Join('\n', lines));
        Assert.Single(all);
        Assert.DoesNotContain(flaw, source, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("le 29 février 2023", "2023-02")]
    [InlineData("le 29 février", "2025-02")]
    public void An_impossible_meeting_date_is_located_and_left_out_and_the_dataset_enumerates(string date, string header)
    {
        var text = $" date {header} Dialogue Vietnam-Inde\n\nLe 12e Dialogue sur la politique de défense Vietnam-Inde a eu lieu {date} à New Delhi, coprésidé par le général Hoang Xuan Chien.\n";
        var (result, all, _) = Run("/m/date.txt", text);
        var diagnostic = Assert.Single(result.Diagnostics, d => d.Id == "DD0105");
        Assert.Equal(2, diagnostic.Location.GetLineSpan().StartLinePosition.Line);
        Assert.DoesNotContain(result.Diagnostics, d => d.Id == "DD0102"); // one warning for one problem
        var record = Assert.Single(all);
        Assert.Null(record.HeldOn);
        Assert.Equal("IN", record.Partner?.Code);
    }

    [Fact]
    public void An_impossible_dateline_date_is_left_out()
    {
        var text = " date 2023-02 Dialogue\n\nHanoï, 30 février (VNA) - Le ministre de la Défense a reçu l'ambassadeur du Japon.\n";
        var (result, all, _) = Run("/m/dateline.txt", text);
        Assert.Single(result.Diagnostics, d => d.Id == "DD0105");
        Assert.Null(Assert.Single(all).HeldOn);
    }

    [Fact]
    public void Bytes_that_were_not_utf8_skip_the_file_with_DD0006_saying_to_resave_it()
    {
        var (result, all, _) = Run("/m/garbled.txt", Seeds[4].Replace("é", "\uFFFD", StringComparison.Ordinal));
        var diagnostic = Assert.Single(result.Diagnostics, d => d.Id == "DD0006");
        Assert.Contains("re-save it as UTF-8", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Assert.Empty(all); // no record whose values come from mojibake
    }

    [Fact]
    public void An_off_topic_page_is_skipped_with_DD0106()
    {
        var (result, all, _) = Run("/m/recipe.txt", " date 2024-05\nRecette de la soupe pho\n\nHanoï (VNA) - La soupe pho se prépare avec du bouillon, des nouilles de riz et des herbes fraîches.\n");
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("DD0106", diagnostic.Id);
        Assert.Equal(1, diagnostic.Location.GetLineSpan().StartLinePosition.Line); // the story's first line
        Assert.Empty(all);
    }

    [Fact]
    public void Every_seed_and_every_own_corpus_article_is_of_the_genre()
    {
        var corpus = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Corpus"), "*.txt").Select(p => new InMemoryAdditionalText(p, File.ReadAllText(p)));
        var (result, _) = GeneratorHarness.Run(GeneratorHarness.Seeds().Concat(corpus));
        Assert.DoesNotContain(result.Diagnostics, d => d.Id == "DD0106");
    }

    [Fact]
    public void The_help_links_follow_DialoguesHelpLinkBase()
    {
        var (result, _) = GeneratorHarness.Run([new InMemoryAdditionalText("/m/empty.txt", string.Empty)], properties: new Dictionary<string, string> { ["DialoguesHelpLinkBase"] = "https://example.org/dd/README.md" });
        Assert.Equal("https://example.org/dd/README.md#dd0001", Assert.Single(result.Diagnostics).Descriptor.HelpLinkUri);

        var (invalid, _) = GeneratorHarness.Run([new InMemoryAdditionalText("/m/empty.txt", string.Empty)], properties: new Dictionary<string, string> { ["DialoguesHelpLinkBase"] = "not a url" });
        Assert.Contains(invalid.Diagnostics, d => d.Id == "DD0203");
        Assert.Equal("https://github.com/DefenseDialogues/DefenseDialogues/blob/main/README.md#dd0001", invalid.Diagnostics.Single(d => d.Id == "DD0001").Descriptor.HelpLinkUri);
    }

    [Fact]
    public void The_props_default_help_page_is_the_packages_project_readme()
    {
        var root = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "../../../../.."));
        var props = File.ReadAllText(Path.Combine(root, "src/DefenseDialogues/buildTransitive/DefenseDialogues.props"));
        var project = File.ReadAllText(Path.Combine(root, "src/DefenseDialogues/DefenseDialogues.csproj"));
        var url = System.Text.RegularExpressions.Regex.Match(project, "<PackageProjectUrl>([^<]+)</PackageProjectUrl>").Groups[1].Value;
        Assert.Contains(">" + url + "/blob/main/README.md</DialoguesHelpLinkBase>", props, StringComparison.Ordinal);
        Assert.StartsWith(url + "/blob/main/README.md", DefenseDialogues.Generator.Diagnostics.DiagnosticDescriptors.DefaultHelpLinkBase, StringComparison.Ordinal);
    }
}

/// <summary>The build check's verdict on a file's bytes: what the compiler would do with them.</summary>
public class ArticleBytesTests
{
    private const string French = "Le ministre de la Défense a reçu l’ambassadeur ; cœur, « été », déjà.\r\nDeuxième ligne.\n";

    [Fact]
    public void Utf8_with_or_without_a_mark_and_utf16_with_a_mark_are_readable()
    {
        Assert.Equal(ArticleEncoding.Readable, ArticleBytes.Classify(Encoding.UTF8.GetBytes(French)).Encoding);
        Assert.Equal(ArticleEncoding.Readable, ArticleBytes.Classify([.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(French)]).Encoding);
        Assert.Equal(ArticleEncoding.Readable, ArticleBytes.Classify([.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(French)]).Encoding);
        Assert.Equal(ArticleEncoding.Readable, ArticleBytes.Classify([.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(French)]).Encoding);
        Assert.Equal(ArticleEncoding.Readable, ArticleBytes.Classify([]).Encoding);
    }

    [Fact]
    public void A_NUL_is_binary_and_located_where_the_generator_would_locate_it()
    {
        var verdict = ArticleBytes.Classify(Encoding.UTF8.GetBytes("première ligne\r\nsecond\rtroisième é\0\0x"));
        Assert.Equal(ArticleEncoding.Binary, verdict.Encoding);
        Assert.Equal((3, 12), (verdict.Line, verdict.Column));
        Assert.Equal(ArticleEncoding.Binary, ArticleBytes.Classify(Encoding.Unicode.GetBytes("sans marque")).Encoding); // UTF-16 without its mark
        Assert.Equal(ArticleEncoding.Binary, ArticleBytes.Classify([.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes("a\0b")]).Encoding);
        Assert.Equal(ArticleEncoding.Binary, ArticleBytes.Classify([0x89, 0x50, 0x4E, 0x47, 0xFF, 0, 0]).Encoding);
    }

    [Fact]
    public void A_latin1_or_windows1252_text_is_legacy_and_decodes_to_its_characters()
    {
        var cp1252 = new byte[French.Length];
        for (var i = 0; i < French.Length; i++)
        {
            cp1252[i] = French[i] switch { '’' => 0x92, 'œ' => 0x9C, var c => checked((byte)c) };
        }

        var verdict = ArticleBytes.Classify(cp1252);
        Assert.Equal(ArticleEncoding.Legacy, verdict.Encoding);
        Assert.Equal(French, verdict.Text);
        Assert.Equal("Dépôt", ArticleBytes.Classify(Encoding.Latin1.GetBytes("Dépôt")).Text);
    }

    [Fact]
    public void Utf8_with_a_few_damaged_bytes_is_left_to_the_generator()
    {
        byte[] damaged = [.. Encoding.UTF8.GetBytes(French), 0xFF, .. Encoding.UTF8.GetBytes(French)];
        Assert.Equal(ArticleEncoding.Readable, ArticleBytes.Classify(damaged).Encoding); // the generator's DD0006 skips it, pointing at the byte
    }

    [Fact]
    public void The_build_check_and_the_generator_word_DD0002_alike()
    {
        var (result, _) = GeneratorHarness.Run([new InMemoryAdditionalText("/m/bin.txt", "abc\0def")]);
        Assert.Equal(ArticleBytes.Unreadable("/m/bin.txt", ArticleBytes.NulBytes), Assert.Single(result.Diagnostics).GetMessage(System.Globalization.CultureInfo.InvariantCulture));
    }
}

/// <summary>Any decoded text made safe for normalization and XML without moving a character.</summary>
public class WellFormedTextTests
{
    [Theory]
    [InlineData(@"a\uFFFEb", @"a\uFFFDb")]
    [InlineData(@"a\uFFFF", @"a\uFFFD")]
    [InlineData(@"\uFDD0x", @"\uFFFDx")]
    [InlineData(@"x\uD800y", @"x\uFFFDy")]
    [InlineData(@"x\uDC00", @"x\uFFFD")]
    [InlineData(@"\uDBFF\uDFFF", @"\uFFFD\uFFFD")]
    [InlineData(@"a\u0001b\u001Fc\u000Bd", "a b c d")]
    [InlineData(@"tab\tLF\nCR\rNUL\u0000", @"tab\tLF\nCR\rNUL\u0000")]
    [InlineData(@"d\u00E9j\u00E0 \uD83D\uDE00 ok", @"d\u00E9j\u00E0 \uD83D\uDE00 ok")]
    public void Repair_replaces_only_what_breaks_normalization_or_XML(string escapedText, string escapedRepaired)
    {
        // Escaped in the data: xunit would mangle a lone surrogate.
        var text = System.Text.RegularExpressions.Regex.Unescape(escapedText);
        var repaired = System.Text.RegularExpressions.Regex.Unescape(escapedRepaired);
        var result = DefenseDialogues.Generator.Extraction.Text.WellFormedText.Repair(text);
        Assert.Equal(repaired, result);
        Assert.Equal(text.Length, result.Length);
        DefenseDialogues.Generator.Extraction.Text.WellFormedText.Normalize(text, NormalizationForm.FormD); // does not throw
    }

    [Fact]
    public void Well_formed_text_is_returned_as_it_is()
    {
        const string text = "Le général Phan Văn Giang a reçu l’ambassadeur.";
        Assert.Same(text, DefenseDialogues.Generator.Extraction.Text.WellFormedText.Repair(text));
    }
}

using System.Globalization;
using System.Text;
using DefenseDialogues.Generator.Extraction;
using DefenseDialogues.Generator.Gazetteers;
using DefenseDialogues.Generator.Model;
using Xunit;
using DefenseDialogues.Generator.Extraction.Text;
using DefenseDialogues.Generator.Extraction.Fields.Kind;

namespace DefenseDialogues.Tests.Evidence;

/// <summary>
/// Every span of evidence, on the seeds, our corpus and (when present beside the repo) ../shared/dev,
/// points at text of the article that says the value: the file's own characters at that line and
/// column hold the words quoted and the value's wording, inside the story (never a <c>&gt;&gt;</c> link,
/// a photo credit or anything after the footer). The same holds after CRLF, NFD and a BOM.
/// </summary>
public class EvidenceSpanTests
{
    public static TheoryData<string> Articles()
    {
        var data = new TheoryData<string>();
        foreach (var file in ArticleFiles())
        {
            data.Add(file);
        }

        return data;
    }

    /// <summary>Seeds, our corpus, then ../shared/dev when it is there (it is not ours to ship).</summary>
    public static IEnumerable<string> ArticleFiles()
    {
        var seeds = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "seeds"), "*.txt");
        var corpus = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Corpus"), "*.txt");
        var dev = DevDirectory() is { } d ? Directory.GetFiles(d, "*.txt") : [];
        return seeds.Concat(corpus).Concat(dev).Order(StringComparer.Ordinal);
    }

    private static string? DevDirectory()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Dataset.sln")))
            {
                var dev = Path.Combine(dir.FullName, "..", "shared", "dev");
                return Directory.Exists(dev) ? dev : null;
            }
        }

        return null;
    }

    [Fact]
    public void All_three_corpora_are_read_when_present()
    {
        var files = ArticleFiles().ToList();
        Assert.Equal(5, files.Count(f => f.Contains($"{Path.DirectorySeparatorChar}seeds{Path.DirectorySeparatorChar}", StringComparison.Ordinal)));
        Assert.True(files.Count(f => f.Contains($"{Path.DirectorySeparatorChar}Corpus{Path.DirectorySeparatorChar}", StringComparison.Ordinal)) >= 30);
    }

    [Theory]
    [MemberData(nameof(Articles))]
    public void Every_span_points_at_the_values_wording_inside_the_story(string file)
    {
        var text = File.ReadAllText(file);
        var record = Extract(file, text);
        var located = record.Evidence.Where(e => e.Span is not null).ToList();
        Assert.NotEmpty(located);
        foreach (var e in record.Evidence)
        {
            CheckSpan(text, e, record);
        }
    }

    [Theory]
    [MemberData(nameof(Articles))]
    public void Spans_survive_crlf_nfd_and_a_byte_order_mark(string file)
    {
        var text = File.ReadAllText(file).Replace("\r\n", "\n");
        var original = Extract(file, text);
        var variants = new Dictionary<string, string>
        {
            ["crlf"] = text.Replace("\n", "\r\n"),
            ["nfd"] = text.Normalize(NormalizationForm.FormD),
            ["bom"] = "\uFEFF" + text,
        };

        foreach (var (name, variant) in variants)
        {
            var record = Extract(file, variant);
            Assert.Equal(original.Evidence.Count, record.Evidence.Count);
            for (var k = 0; k < record.Evidence.Count; k++)
            {
                var (a, b) = (original.Evidence[k], record.Evidence[k]);
                Assert.Equal((a.Field, a.Index, a.Item, a.Value, a.Span?.Quote, a.Span?.Location.StartLine), (b.Field, b.Index, b.Item, b.Value, b.Span?.Quote, b.Span?.Location.StartLine));
                if (name != "nfd")
                {
                    // Same columns: a CR ends a line, and a BOM is not a column.
                    Assert.Equal(a.Span?.Location.StartColumn, b.Span?.Location.StartColumn);
                    Assert.Equal(a.Span?.Location.EndColumn, b.Span?.Location.EndColumn);
                }

                CheckSpan(variant, b, record);
            }
        }
    }

    [Fact]
    public void Nfd_columns_count_the_combining_marks_as_the_editor_does()
    {
        const string text = " date 2024-06 Titre\n\nHanoi (VNA) - Le ministre de la De\u0301fense a rec\u0327u a\u0300 Hano\u0308i le 5 juin l'ambassadeur du Japon.\n";
        var record = Extract("nfd.txt", text);
        var date = record.Evidence.Single(e => e.Field == EvidenceField.HeldOn).Span!;
        var line = text.Split('\n')[date.Location.StartLine];
        Assert.Equal(line.IndexOf("5 juin", StringComparison.Ordinal), date.Location.StartColumn);
        Assert.Equal("5 juin", date.Quote);
        var place = record.Evidence.Single(e => e.Field == EvidenceField.Location).Span!;
        Assert.Equal(line.IndexOf("Hano\u0308i", StringComparison.Ordinal), place.Location.StartColumn);
        Assert.Equal(place.Location.StartColumn + "Hano\u0308i".Length, place.Location.EndColumn);
    }

    internal static DialogueModel Extract(string file, string text)
    {
        var result = ArticleExtractor.Extract(file, text);
        Assert.DoesNotContain(result.Diagnostics, d => d.Id == "DD0900");
        return result.Dialogue ?? throw new Xunit.Sdk.XunitException(Path.GetFileName(file) + ": no record");
    }

    private static void CheckSpan(string text, EvidenceModel e, DialogueModel record)
    {
        var where = $"{record.Id} {e.Field}[{e.Index}.{e.Item}] = {e.Value}";
        if (e.Span is not { } span)
        {
            Assert.True(e.Note is not null, where + ": no span and no note");
            return;
        }

        Assert.True(e.Value is not null, where + ": a span for an unknown value");
        var lines = Lines(text);
        var loc = span.Location;
        Assert.True(loc.StartLine < lines.Count && loc.EndLine == loc.StartLine, where + ": span on one line");
        var line = lines[loc.StartLine];
        var bom = loc.StartLine == 0 && line.StartsWith('\uFEFF') ? 1 : 0;
        var raw = line.Substring(loc.StartColumn + bom, loc.EndColumn - loc.StartColumn);

        // The file's own characters are the words quoted (spaces aside: cleaning folds them).
        Assert.True(NoSpace(raw.Normalize(NormalizationForm.FormC)) == NoSpace(span.Quote), $"{where}: file has '{raw}', quote is '{span.Quote}'");

        // The sentence holds the quote.
        var partText = span.PartText ?? span.Part switch
        {
            ArticlePart.Headline => record.Headline!,
            ArticlePart.Paragraph => record.Paragraphs[span.PartIndex],
            ArticlePart.Caption => record.Captions[span.PartIndex],
            _ => throw new Xunit.Sdk.XunitException(where + ": no text for " + span.Part),
        };
        Assert.Equal(span.Quote, partText.Substring(span.QuoteStart, span.Quote.Length));
        var sentence = partText.Substring(span.SentenceStart, span.SentenceLength);
        Assert.True(span.QuoteStart >= span.SentenceStart && span.QuoteStart + span.Quote.Length <= span.SentenceStart + span.SentenceLength, $"{where}: quote outside its sentence '{sentence}'");

        // Inside the story: never a link line, a photo credit, or past the footer.
        var trimmed = line.TrimStart('\uFEFF', ' ', '\t');
        Assert.False(trimmed.StartsWith(">>", StringComparison.Ordinal), where + ": in a >> line");
        Assert.False(InPhotoCredit(line, loc.StartColumn + bom), where + ": in a photo credit");
        Assert.False(AfterFooter(lines, loc.StartLine), where + ": after the footer");
        var expectedParts = e.Field switch
        {
            EvidenceField.Published => [ArticlePart.Header],
            EvidenceField.Source => [ArticlePart.Dateline, ArticlePart.Trailer],
            _ => new[] { ArticlePart.Headline, ArticlePart.Paragraph, ArticlePart.Caption, ArticlePart.Dateline },
        };
        Assert.Contains(span.Part, expectedParts);

        Assert.True(SaysValue(e, span.Quote, record), $"{where}: '{span.Quote}' does not say it");
    }

    /// <summary>Whether the quoted words carry the value's wording.</summary>
    private static bool SaysValue(EvidenceModel e, string quote, DialogueModel record)
    {
        var g = Gazetteer.Default;
        var folded = TextFolding.Fold(quote);
        var tokens = PhraseTokenizer.Tokenize(quote);
        switch (e.Field)
        {
            case EvidenceField.Published:
                return e.Value!.StartsWith(quote.Substring(0, 7), StringComparison.Ordinal);
            case EvidenceField.HeldOn:
            {
                var date = record.HeldOn!;
                var ok = date.Month is not { } m || FrenchDates.MonthOf(Words(folded).FirstOrDefault(w => FrenchDates.MonthOf(w) > 0) ?? string.Empty) == m;
                ok &= date.Day is not { } day || Words(folded).Any(w => w == day.ToString(CultureInfo.InvariantCulture) || (day == 1 && w is "1er" or "premier"));
                ok &= date.Year is not { } y || e.Note is not null || folded.Contains(y.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
                return ok;
            }

            case EvidenceField.Location:
                return g.FindCity(quote)?.EnglishName == e.Value;
            case EvidenceField.Partner:
                for (var i = 0; i < tokens.Count; i++)
                {
                    if ((g.MatchCountryName(tokens, i, out var c, out _) || g.MatchCountryAdjective(tokens, i, out c, out _)) && c.Code == e.Value)
                    {
                        return true;
                    }
                }

                return false;
            case EvidenceField.Participant:
                return NoSpace(folded) == NoSpace(TextFolding.Fold(e.Value!));
            case EvidenceField.ParticipantRank:
                return NoSpace(folded).Replace('\u2019', '\'') == NoSpace(TextFolding.Fold(e.Value!)).Replace('\u2019', '\'');
            case EvidenceField.ParticipantTitle:
                return folded.StartsWith(Words(TextFolding.Fold(e.Value!)).First(), StringComparison.Ordinal);
            case EvidenceField.Topic:
                return g.MatchTopic(tokens, 0, out var topic, out _) && topic.Value.ToString() == e.Value;
            case EvidenceField.LegalReference:
                return g.MatchLegalReference(tokens, 0, out var legal, out _) && legal.Value.ToString() == e.Value;
            case EvidenceField.Kind:
                return e.Value == nameof(DialogueKind.PolicyDialogue)
                    ? folded.StartsWith("dialogue", StringComparison.Ordinal) && folded.Contains("defense", StringComparison.Ordinal)
                    : g.MatchKind(tokens, 0, out var kind, out _) && kind.Value.ToString() == e.Value;
            case EvidenceField.Edition:
                return FrenchOrdinals.At(tokens, 0, out _).ToString(CultureInfo.InvariantCulture) == e.Value;
            case EvidenceField.Anniversary:
                return e.Value!.StartsWith(FrenchOrdinals.At(tokens, 0, out _) is > 0 and var n ? n.ToString(CultureInfo.InvariantCulture) + " " : tokens[0].Key + " ", StringComparison.Ordinal);
            case EvidenceField.Partnership:
                return g.MatchPartnership(tokens, 0, out var level, out _) && level.ToString() == e.Value;
            case EvidenceField.Source:
                return quote == e.Value;
            default:
                return false;
        }
    }

    private static IEnumerable<string> Words(string folded)
        => folded.Split([' ', ',', '.', '-', '\'', '(', ')'], StringSplitOptions.RemoveEmptyEntries);

    private static string NoSpace(string s)
    {
        var sb = new StringBuilder(s.Length);
        foreach (var c in s)
        {
            if (!char.IsWhiteSpace(c) && !char.IsControl(c) && c is not ('\u00A0' or '\u202F' or '\u200B' or '\uFEFF'))
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }

    /// <summary>Lines as an editor cuts them (LF, CRLF, CR).</summary>
    internal static List<string> Lines(string text)
    {
        var lines = new List<string>();
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i == text.Length || text[i] is '\n' or '\r')
            {
                lines.Add(text.Substring(start, i - start));
                if (i < text.Length && text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                start = i + 1;
            }
        }

        return lines;
    }

    /// <summary>Whether column <paramref name="column"/> lies in a <c>Photo : CREDIT</c> (the credit's words).</summary>
    private static bool InPhotoCredit(string line, int column)
    {
        var at = line.IndexOf("Photo", StringComparison.OrdinalIgnoreCase);
        while (at >= 0)
        {
            var colon = line.IndexOf(':', at);
            if (colon > at && colon - at <= 7)
            {
                var end = colon + 1;
                while (end < line.Length && line[end] == ' ')
                {
                    end++;
                }

                while (end < line.Length && line[end] != ' ')
                {
                    end++;
                }

                if (column >= at && column < end)
                {
                    return true;
                }
            }

            at = line.IndexOf("Photo", at + 5, StringComparison.OrdinalIgnoreCase);
        }

        return false;
    }

    private static bool AfterFooter(List<string> lines, int line)
    {
        for (var k = 0; k < line; k++)
        {
            if (lines[k].TrimStart().StartsWith("Voir plus", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}

using System.Collections.Generic;
using DefenseDialogues.Generator.Extraction.Reading;
using DefenseDialogues.Generator.Extraction.Text;
using DefenseDialogues.Generator.Model;

namespace DefenseDialogues.Tests.Infrastructure;

/// <summary>Test-side helpers over <see cref="ArticleText"/>: articles from clean parts, and where a unit stands in its file.</summary>
internal static class Articles
{
    /// <summary>An article assembled from clean parts (no file positions): for tests of single stages.</summary>
    public static ArticleText FromParts(string id, IReadOnlyList<string> paragraphs, string? headline = null, IReadOnlyList<string>? captions = null, Dateline? dateline = null, YearMonthModel? published = null)
    {
        var lexicon = new Lexicon();
        var p = new List<StoryUnit>();
        foreach (var text in paragraphs)
        {
            p.Add(new StoryUnit(ArticlePart.Paragraph, p.Count, text, lexicon: lexicon));
        }

        var c = new List<StoryUnit>();
        foreach (var text in captions ?? System.Array.Empty<string>())
        {
            c.Add(new StoryUnit(ArticlePart.Caption, c.Count, text, lexicon: lexicon));
        }

        var h = headline is null ? null : new StoryUnit(ArticlePart.Headline, 0, headline, lexicon: lexicon);
        return new ArticleText(id + ".txt", id, published, null, h, c, dateline, p, "VNA");
    }

    /// <summary>Zero-based line of a unit's first character in the file.</summary>
    public static int LineOf(this ArticleText article, StoryUnit unit) => article.Lines.PositionOf(unit.StartOf(0)).Line;

    /// <summary>Zero-based column (as an editor counts) of a unit's first character.</summary>
    public static int ColumnOf(this ArticleText article, StoryUnit unit) => article.Lines.PositionOf(unit.StartOf(0)).Column;

    /// <summary>Offset of a unit's first character in the file.</summary>
    public static int OffsetOf(this ArticleText article, StoryUnit unit) => unit.StartOf(0);
}

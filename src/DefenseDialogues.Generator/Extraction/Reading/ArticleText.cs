using System.Collections.Generic;
using DefenseDialogues.Generator.Extraction.Text;
using DefenseDialogues.Generator.Model;

namespace DefenseDialogues.Generator.Extraction.Reading;

/// <summary>
/// An article split into its parts with the page noise removed (header, captions and
/// their credits, <c>&gt;&gt;</c> links, trailers, footers, everything after <c>Voir plus</c>).
/// Every later stage reads only this, never the raw text, so no fact can come from noise.
/// </summary>
internal sealed class ArticleText
{
    public ArticleText(
        string filePath,
        string id,
        YearMonthModel? published,
        int? headerDay,
        StoryUnit? headline,
        IReadOnlyList<StoryUnit> captions,
        Dateline? dateline,
        IReadOnlyList<StoryUnit> paragraphs,
        string? source,
        LineMap? lines = null)
    {
        FilePath = filePath;
        Id = id;
        Published = published;
        HeaderDay = headerDay;
        HeadlineUnit = headline;
        CaptionUnits = captions;
        Dateline = dateline;
        Paragraphs = paragraphs;
        Source = source;
        Lines = lines ?? LineMap.Of(string.Empty);
        var texts = new string[captions.Count];
        for (var k = 0; k < texts.Length; k++)
        {
            texts[k] = captions[k].Text;
        }

        Captions = texts;
    }

    /// <summary>The path the file was read from (for diagnostics).</summary>
    public string FilePath { get; }

    /// <summary>File name without extension.</summary>
    public string Id { get; }

    /// <summary>The header's <c>YYYY-MM</c>, or null without a header.</summary>
    public YearMonthModel? Published { get; }

    /// <summary>The header's day when it reads <c>YYYY-MM-DD</c>.</summary>
    public int? HeaderDay { get; }

    /// <summary>The title without photo credit; null when the header text is only a caption or a lead.</summary>
    public string? Headline => HeadlineUnit?.Text;

    /// <summary>The title as a unit with positions, or null.</summary>
    public StoryUnit? HeadlineUnit { get; }

    /// <summary>Photo captions without their credits, each once, in order.</summary>
    public IReadOnlyList<string> Captions { get; }

    /// <summary>The captions as units with positions.</summary>
    public IReadOnlyList<StoryUnit> CaptionUnits { get; }

    /// <summary>The dateline that opens the story (<c>Rome, 4 juillet (VNA) -</c>), or null.</summary>
    public Dateline? Dateline { get; }

    /// <summary>The story's paragraphs, clean, dateline removed, glued sentences separated by one space.</summary>
    public IReadOnlyList<StoryUnit> Paragraphs { get; }

    /// <summary>The agency credit of the dateline or trailer (<c>VNA</c>, <c>VNA/CVN</c>), or null.</summary>
    public string? Source { get; }

    /// <summary>The header's date (<c>2024-05</c>), where the publication month was read; null without a header.</summary>
    public StoryUnit? Header { get; init; }

    /// <summary>The trailer credit (<c>VNA</c> in <c>- VNA</c>) when the source was read there.</summary>
    public StoryUnit? Trailer { get; init; }

    /// <summary>The file's line starts, to turn positions into lines and columns.</summary>
    public LineMap Lines { get; }
}

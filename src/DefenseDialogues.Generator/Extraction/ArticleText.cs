using System.Collections.Generic;
using DefenseDialogues.Generator.Model;

namespace DefenseDialogues.Generator.Extraction;

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
        string? headline,
        IReadOnlyList<string> captions,
        Dateline? dateline,
        IReadOnlyList<Paragraph> paragraphs,
        string? source)
    {
        FilePath = filePath;
        Id = id;
        Published = published;
        HeaderDay = headerDay;
        Headline = headline;
        Captions = captions;
        Dateline = dateline;
        Paragraphs = paragraphs;
        Source = source;
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
    public string? Headline { get; }

    /// <summary>Photo captions without their credits, each once, in order.</summary>
    public IReadOnlyList<string> Captions { get; }

    /// <summary>The dateline that opens the story (<c>Rome, 4 juillet (VNA) -</c>), or null.</summary>
    public Dateline? Dateline { get; }

    /// <summary>The story's paragraphs, clean, dateline removed, glued sentences separated by one space.</summary>
    public IReadOnlyList<Paragraph> Paragraphs { get; }

    /// <summary>The agency credit of the dateline or trailer (<c>VNA</c>, <c>VNA/CVN</c>), or null.</summary>
    public string? Source { get; }
}

/// <summary>One clean paragraph and where its first character stands in the file (zero-based).</summary>
internal sealed record Paragraph(string Text, int Line, int Column, int Offset);

/// <summary>A story's dateline: <c>City[, day month] (CREDIT) –</c>.</summary>
/// <param name="City">The city as written (French), or null.</param>
/// <param name="Day">The day given in the dateline, or null.</param>
/// <param name="Month">The month given in the dateline, or null.</param>
/// <param name="Credit">The agency in parentheses (<c>VNA</c>).</param>
/// <param name="Line">Zero-based line of the dateline in the file.</param>
/// <param name="Column">Zero-based column of the dateline in the file.</param>
internal sealed record Dateline(string? City, int? Day, int? Month, string? Credit, int Line, int Column);

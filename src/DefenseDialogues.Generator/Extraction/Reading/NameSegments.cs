using System.Collections.Generic;
using DefenseDialogues.Generator.Extraction.Text;

namespace DefenseDialogues.Generator.Extraction.Reading;

/// <summary>One unit of the story (headline, paragraph or caption), cut into tokens.</summary>
/// <param name="Order">Rank of the unit in reading order: headline, paragraphs, then captions.</param>
/// <param name="Unit">The unit the tokens were cut from.</param>
internal sealed record NameSegment(int Order, StoryUnit Unit)
{
    /// <summary>The unit's tokens.</summary>
    public IReadOnlyList<PhraseToken> Tokens => Unit.Tokens;

    /// <summary>The text of tokens [<paramref name="first"/>, <paramref name="last"/>).</summary>
    public StorySpan Span(int first, int last) => Unit.TokenSpan(first, last);
}

/// <summary>A place in the story: segment order, then token index; compares in reading order.</summary>
internal readonly record struct TextPosition(int Segment, int Token)
{
    public int CompareTo(TextPosition other)
        => Segment != other.Segment ? Segment.CompareTo(other.Segment) : Token.CompareTo(other.Token);
}

/// <summary>
/// The story as the name, partner and place stages read it: the headline, the paragraphs, then the
/// captions (a caption restates the story; reading it last keeps the story's order of mention).
/// Only the clean parts of <see cref="ArticleText"/> are read: no <c>&gt;&gt;</c> link, no trailer.
/// </summary>
internal static class NameSegments
{
    /// <summary>Headline, paragraphs, then captions.</summary>
    public static IReadOnlyList<NameSegment> Story(ArticleText article)
    {
        var segments = new List<NameSegment>();
        if (article.HeadlineUnit is { } headline)
        {
            segments.Add(new NameSegment(segments.Count, headline));
        }

        foreach (var paragraph in article.Paragraphs)
        {
            segments.Add(new NameSegment(segments.Count, paragraph));
        }

        foreach (var caption in article.CaptionUnits)
        {
            segments.Add(new NameSegment(segments.Count, caption));
        }

        return segments;
    }

    /// <summary>The story's paragraphs only (no headline, no captions).</summary>
    public static IReadOnlyList<NameSegment> Paragraphs(ArticleText article)
    {
        var segments = new List<NameSegment>(article.Paragraphs.Count);
        foreach (var paragraph in article.Paragraphs)
        {
            segments.Add(new NameSegment(segments.Count, paragraph));
        }

        return segments;
    }
}

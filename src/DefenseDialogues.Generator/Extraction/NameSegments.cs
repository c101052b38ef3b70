using System.Collections.Generic;
using DefenseDialogues.Generator.Gazetteers;

namespace DefenseDialogues.Generator.Extraction;

/// <summary>One unit of the story (headline, paragraph or caption), cut into tokens.</summary>
/// <param name="Order">Rank of the unit in reading order: headline, paragraphs, then captions.</param>
/// <param name="Tokens">The unit's tokens.</param>
internal sealed record NameSegment(int Order, IReadOnlyList<PhraseToken> Tokens);

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
    public static IReadOnlyList<NameSegment> Of(ArticleText article)
    {
        var segments = new List<NameSegment>();
        if (article.Headline is { } headline)
        {
            segments.Add(new NameSegment(segments.Count, PhraseTokenizer.Tokenize(headline)));
        }

        foreach (var paragraph in article.Paragraphs)
        {
            segments.Add(new NameSegment(segments.Count, PhraseTokenizer.Tokenize(paragraph.Text)));
        }

        foreach (var caption in article.Captions)
        {
            segments.Add(new NameSegment(segments.Count, PhraseTokenizer.Tokenize(caption)));
        }

        return segments;
    }
}

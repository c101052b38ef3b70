using System;
using System.Collections.Generic;
using DefenseDialogues.Generator.Gazetteers;
using DefenseDialogues.Generator.Extraction.Text;
using DefenseDialogues.Generator.Extraction.Reading;

namespace DefenseDialogues.Generator.Extraction.Fields.Cues;

/// <summary>A cue table's wording found in the story, in reading order.</summary>
internal readonly record struct CueMatch<T>(int Segment, int Token, int Length, T Value);

/// <summary>Reads a cue table (topics, kinds, legal references) over the story, longest wording first, left to right.</summary>
internal static class CueScanner
{
    /// <summary>A table's longest-match function (<see cref="Gazetteer.MatchTopic"/> and the like).</summary>
    public delegate bool Matcher<T>(IReadOnlyList<PhraseToken> tokens, int start, out Cue<T> cue, out int length)
        where T : struct, Enum;

    /// <summary>Every counting cue in <paramref name="segments"/>; a non-counting wording consumes its words.</summary>
    public static List<CueMatch<T>> Scan<T>(IReadOnlyList<NameSegment> segments, Matcher<T> match)
        where T : struct, Enum
    {
        var found = new List<CueMatch<T>>();
        foreach (var segment in segments)
        {
            var tokens = segment.Tokens;
            for (var i = 0; i < tokens.Count; i++)
            {
                if (!match(tokens, i, out var cue, out var length))
                {
                    continue;
                }

                if (cue.Counts)
                {
                    found.Add(new CueMatch<T>(segment.Order, i, length, cue.Value));
                }

                i += length - 1;
            }
        }

        return found;
    }

    /// <summary>The distinct values found, in the enum's order (the data model lists topics that way).</summary>
    public static IReadOnlyList<T> DistinctInEnumOrder<T>(List<CueMatch<T>> matches)
        where T : struct, Enum
        => DistinctInEnumOrder(matches, null, out _);

    /// <summary>The distinct values in the enum's order, each with the first wording that named it.</summary>
    public static IReadOnlyList<T> DistinctInEnumOrder<T>(List<CueMatch<T>> matches, IReadOnlyList<NameSegment>? segments, out List<StorySpan> spans)
        where T : struct, Enum
    {
        var first = new SortedDictionary<T, CueMatch<T>>();
        foreach (var m in matches)
        {
            if (!first.ContainsKey(m.Value))
            {
                first.Add(m.Value, m);
            }
        }

        spans = new List<StorySpan>(first.Count);
        if (segments is not null)
        {
            foreach (var m in first.Values)
            {
                spans.Add(SpanOf(segments, m));
            }
        }

        return new List<T>(first.Keys);
    }

    /// <summary>The words of a match.</summary>
    public static StorySpan SpanOf<T>(IReadOnlyList<NameSegment> segments, CueMatch<T> match)
        => segments[match.Segment].Span(match.Token, match.Token + match.Length);

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

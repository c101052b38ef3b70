using System;
using System.Collections.Generic;
using DefenseDialogues.Generator.Gazetteers;
using DefenseDialogues.Generator.Extraction.Text;
using DefenseDialogues.Generator.Extraction.Reading;
using DefenseDialogues.Generator.Model;

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

    /// <summary>
    /// The distinct values in the enum's order (the data model lists topics that way), each with the
    /// first wording that named it as its evidence.
    /// </summary>
    public static Field<IReadOnlyList<T>> DistinctInEnumOrder<T>(List<CueMatch<T>> matches, IReadOnlyList<NameSegment> segments, EvidenceField field)
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

        var spans = new List<StorySpan>(first.Count);
        foreach (var m in first.Values)
        {
            spans.Add(SpanOf(segments, m));
        }

        return Field.Many<T>(new List<T>(first.Keys), spans, field, v => v.ToString());
    }

    /// <summary>The words of a match.</summary>
    public static StorySpan SpanOf<T>(IReadOnlyList<NameSegment> segments, CueMatch<T> match)
        => segments[match.Segment].Span(match.Token, match.Token + match.Length);
}

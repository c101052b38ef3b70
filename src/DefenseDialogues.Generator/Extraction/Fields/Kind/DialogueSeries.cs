using System.Collections.Generic;
using DefenseDialogues.Generator.Extraction.Text;
using DefenseDialogues.Generator.Extraction.Reading;

namespace DefenseDialogues.Generator.Extraction.Fields.Kind;

/// <summary>
/// Recognizes a mention of a defense policy or strategy dialogue series: <c>dialogue</c> followed,
/// within the same clause, by <c>politique</c>/<c>stratégie</c>/<c>stratégique</c> and <c>défense</c>
/// (<c>Dialogue Vietnam-États-Unis sur la politique de défense</c>, <c>dialogue stratégique de défense</c>).
/// A mechanism to be set up (<c>mécanisme de dialogue …</c>) is not a meeting.
/// </summary>
internal static class DialogueSeries
{
    private const int Window = 10;

    private static readonly HashSet<string> PolicyWords = WordClasses.Default.Set("policy-word");

    private static readonly HashSet<string> NotAMeetingBefore = WordClasses.Default.Set("not-a-meeting-before");

    /// <summary>Whether the token at <paramref name="i"/> is <c>dialogue</c> naming a defense dialogue meeting.</summary>
    public static bool IsAt(IReadOnlyList<PhraseToken> tokens, int i)
    {
        var word = tokens[i].Key;
        if (word != "dialogue" && word != "dialogues")
        {
            return false;
        }

        for (var k = i - 1; k >= 0 && k >= i - 3; k--)
        {
            if (NotAMeetingBefore.Contains(tokens[k].Key))
            {
                return false;
            }
        }

        var policy = false;
        var defense = false;
        for (var k = i + 1; k < tokens.Count && k <= i + Window; k++)
        {
            var key = tokens[k].Key;
            if (key is "." or ";" or "(" || key == "ministres" || key == "shangri")
            {
                break;
            }

            policy |= PolicyWords.Contains(key);
            defense |= key == "defense";
        }

        return policy && defense;
    }

    /// <summary>
    /// The first mention of a defense dialogue meeting (from <c>dialogue</c> to <c>défense</c>), or null. A
    /// series only agreed, proposed or held before (<see cref="EventScopes"/>) is not this meeting's.
    /// </summary>
    public static StorySpan? Find(IReadOnlyList<NameSegment> segments)
    {
        foreach (var segment in segments)
        {
            var tokens = segment.Tokens;
            for (var i = 0; i < tokens.Count; i++)
            {
                if (IsAt(tokens, i) && !EventScopes.AboutAnotherEvent(tokens, i))
                {
                    var end = i + 1;
                    for (var k = i + 1; k < tokens.Count && k <= i + Window; k++)
                    {
                        if (tokens[k].Key == "defense")
                        {
                            end = k + 1;
                            break;
                        }
                    }

                    return segment.Span(i, end);
                }
            }
        }

        return null;
    }
}

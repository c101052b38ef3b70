using System.Collections.Generic;
using DefenseDialogues.Generator.Extraction.Text;

namespace DefenseDialogues.Generator.Extraction.Fields;

/// <summary>Which event the words at a place of the story are about.</summary>
internal enum EventScope
{
    /// <summary>Nothing marks them as another event: the meeting reported.</summary>
    ThisMeeting,

    /// <summary>The frame the meeting sits in (<c>Dans le cadre de la visite d'État du président …,</c>): its venue, not its kind.</summary>
    Framing,

    /// <summary>An earlier event (<c>Depuis le 4e dialogue tenu en 2018 à Moscou,</c>).</summary>
    Earlier,

    /// <summary>Something agreed, proposed or planned (<c>ont convenu d'organiser …</c>, <c>devraient envisager un dialogue …</c>).</summary>
    Planned,
}

/// <summary>
/// One notion, shared by the place, kind and partner stages, of which event a sentence is about. A
/// framing or earlier marker (word classes <c>framing-opener</c>, <c>earlier-marker</c>) colours its clause,
/// up to the next comma that does not open an apposition (<c>, tenue en 2018 à …</c>); a planning marker (<c>planned-marker</c>) the rest of its sentence.
/// </summary>
internal static class EventScopes
{
    private static readonly string[][] FramingOpeners = WordClasses.Default.Phrases("framing-opener");

    private static readonly HashSet<string> Earlier = WordClasses.Default.Set("earlier-marker");

    private static readonly HashSet<string> Appositions = WordClasses.Default.Set("apposition-opener");

    private static readonly HashSet<string> Planned = WordClasses.Default.Set("planned-marker");

    /// <summary>The scope of token <paramref name="i"/>, read from the start of its sentence.</summary>
    public static EventScope At(IReadOnlyList<PhraseToken> tokens, int i)
    {
        var start = i;
        while (start > 0 && !Sentences.Breaks(tokens[start - 1]))
        {
            start--;
        }

        var planned = false;
        var earlier = false;
        var framing = false;
        for (var k = start; k < i; k++)
        {
            var t = tokens[k];
            // `Depuis la 3e édition, tenue en 2021 à Canberra,`: an apposition goes on with its noun.
            if (t.Is(",") && !(k + 1 < tokens.Count && Appositions.Contains(tokens[k + 1].Key)))
            {
                earlier = false;
                framing = false;
            }
            else if (Planned.Contains(t.Key))
            {
                planned = true;
            }
            else if (Earlier.Contains(t.Key))
            {
                earlier = true;
            }
            else if (OpensFrame(tokens, k))
            {
                framing = true;
            }
        }

        return planned ? EventScope.Planned : earlier ? EventScope.Earlier : framing ? EventScope.Framing : EventScope.ThisMeeting;
    }

    /// <summary>Whether token <paramref name="i"/> speaks of another event than the meeting (earlier or planned).</summary>
    public static bool AboutAnotherEvent(IReadOnlyList<PhraseToken> tokens, int i) => At(tokens, i) is EventScope.Earlier or EventScope.Planned;

    /// <summary>Whether a framing opener (<c>à l'occasion de</c>, <c>dans le cadre de</c>…) starts at token <paramref name="k"/>.</summary>
    public static bool OpensFrame(IReadOnlyList<PhraseToken> tokens, int k)
    {
        foreach (var opener in FramingOpeners)
        {
            if (k + opener.Length > tokens.Count)
            {
                continue;
            }

            var match = true;
            for (var j = 0; j < opener.Length && match; j++)
            {
                match = tokens[k + j].Key == opener[j];
            }

            if (match)
            {
                return true;
            }
        }

        return false;
    }
}

using System.Collections.Generic;
using DefenseDialogues.Generator.Extraction.Text;
using DefenseDialogues.Generator.Extraction.Reading;

namespace DefenseDialogues.Generator.Extraction.Fields.Kind;

/// <summary>
/// Finds the ordinal of this dialogue series: an ordinal qualifying a defense dialogue
/// (<c>le quatrième dialogue sur la politique de défense</c>, <c>la 8e édition du dialogue</c>).
/// Ordinals of other events (<c>19e Dialogue de Shangri-La</c>, <c>79e session</c>) and of earlier
/// editions (<c>depuis le deuxième dialogue</c>) are not the edition; a dialogue named by a year has none.
/// The story is read first; captions only when it says nothing.
/// </summary>
internal static class EditionExtractor
{
    private static readonly HashSet<string> EarlierEditionBefore = WordClasses.Default.Set("earlier-marker");

    /// <summary>Words that may follow a plain <c>dialogue</c> naming this meeting (verbs, <c>entre</c>, <c>avec</c>).</summary>
    private static readonly HashSet<string> BareFollowers = WordClasses.Default.Set("bare-dialogue-follower");

    /// <summary>The edition, and the ordinal it was read from.</summary>
    public static Field<int?> Read(ArticleContext context)
    {
        var segments = context.Segments;
        var value = Find(segments, bare: false, out var span) ?? (context.SeriesMention is not null ? Find(segments, bare: true, out span) : null);
        return Field.One(
            value,
            EvidenceField.Edition,
            value?.ToString(System.Globalization.CultureInfo.InvariantCulture),
            value is null ? Finding.None("no ordinal of the dialogue") : new Finding(span));
    }

    /// <summary>
    /// The first ordinal qualifying a named defense dialogue, or with <paramref name="bare"/> (the story
    /// names the series elsewhere) one qualifying a plain <c>dialogue</c> (<c>la quatrième édition du dialogue</c>).
    /// </summary>
    private static int? Find(IReadOnlyList<NameSegment> segments, bool bare, out StorySpan? span)
    {
        span = null;
        foreach (var segment in segments)
        {
            var tokens = segment.Tokens;
            for (var i = 0; i < tokens.Count; i++)
            {
                var value = FrenchOrdinals.At(tokens, i, out var next);
                // An ordinal of an edition held before or only planned (`ont proposé d'organiser un premier dialogue`) is not this one's.
                if (value == 0 || next >= tokens.Count || IsEarlier(tokens, i) || EventScopes.AboutAnotherEvent(tokens, i))
                {
                    continue;
                }

                // "la 8e édition du dialogue …" names the same series as "le 8e dialogue …".
                var dialogue = tokens[next].Is("edition") && next + 2 < tokens.Count && tokens[next + 1].Key is "du" or "de" ? next + 2 : next;
                if (bare ? IsBareDialogue(tokens, dialogue) : DialogueSeries.IsAt(tokens, dialogue))
                {
                    span = segment.Span(i, next);
                    return value;
                }
            }
        }

        return null;
    }

    /// <summary>
    /// <c>dialogue</c> that the next words leave plain: a clause mark or a verb (<c>la quatrième édition du
    /// dialogue, …</c>, <c>le 5e dialogue s'est tenu</c>, <c>le 2e dialogue de défense</c>). A name of its own
    /// (<c>Dialogue de Shangri-La</c>, <c>dialogue économique</c>) or a bracket dating an earlier one
    /// (<c>le deuxième dialogue (tenu en avril 2022)</c>) is another dialogue.
    /// </summary>
    private static bool IsBareDialogue(IReadOnlyList<PhraseToken> tokens, int i)
    {
        if (i >= tokens.Count || !tokens[i].Is("dialogue"))
        {
            return false;
        }

        if (i + 1 == tokens.Count)
        {
            return true;
        }

        var after = tokens[i + 1];
        if (!after.IsWord)
        {
            return after.Key is "," or "." or ";" or ":";
        }

        return BareFollowers.Contains(after.Key)
               || (after.Key is "de" or "sur" && i + 2 < tokens.Count && tokens[i + 2].Is("defense"));
    }

    private static bool IsEarlier(IReadOnlyList<PhraseToken> tokens, int i)
    {
        for (var k = i - 1; k >= 0 && k >= i - 3; k--)
        {
            if (EarlierEditionBefore.Contains(tokens[k].Key))
            {
                return true;
            }
        }

        return false;
    }
}

using System.Collections.Generic;
using DefenseDialogues.Generator.Gazetteers;

namespace DefenseDialogues.Generator.Extraction;

/// <summary>
/// Finds the ordinal of this dialogue series: an ordinal qualifying a defense dialogue
/// (<c>le quatrième dialogue sur la politique de défense</c>, <c>la 8e édition du dialogue</c>).
/// Ordinals of other events (<c>19e Dialogue de Shangri-La</c>, <c>79e session</c>) and of earlier
/// editions (<c>depuis le deuxième dialogue</c>) are not the edition; a dialogue named by a year has none.
/// The story is read first; captions only when it says nothing.
/// </summary>
internal static class EditionExtractor
{
    private static readonly HashSet<string> EarlierEditionBefore = new(System.StringComparer.Ordinal)
    {
        "depuis", "precedent", "precedente", "dernier", "derniere",
    };

    public static int? Extract(ArticleText article)
    {
        foreach (var segment in NameSegments.Of(article))
        {
            var tokens = segment.Tokens;
            for (var i = 0; i < tokens.Count; i++)
            {
                var value = FrenchOrdinals.At(tokens, i, out var next);
                if (value == 0 || next >= tokens.Count || IsEarlier(tokens, i))
                {
                    continue;
                }

                // "la 8e édition du dialogue …" names the same series as "le 8e dialogue …".
                var dialogue = tokens[next].Is("edition") && next + 2 < tokens.Count && tokens[next + 1].Key is "du" or "de" ? next + 2 : next;
                if (DialogueSeries.IsAt(tokens, dialogue))
                {
                    return value;
                }
            }
        }

        return null;
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

using System.Collections.Generic;
using DefenseDialogues.Generator.Gazetteers;
using DefenseDialogues.Generator.Extraction.Text;
using DefenseDialogues.Generator.Extraction.Reading;

namespace DefenseDialogues.Generator.Extraction.Fields.Cues;

/// <summary>
/// Finds the fields of cooperation and topics discussed (topics.tsv), in the data model's order.
/// Only the story's paragraphs count. Longest wording wins, so a longer non-topic wording shadows a
/// shorter cue, and <c>recherche et sauvetage</c> is rescue, not research. A cue inside an
/// <c>en marge de …</c> clause names the venue (<c>en marge de la réunion des ministres de la
/// Défense de l'ASEAN</c>), not a topic.
/// </summary>
internal static class TopicExtractor
{
    /// <summary>The topics in enum order, each with the first wording that names it.</summary>
    public static Field<IReadOnlyList<Topic>> Read(ArticleContext context)
    {
        var segments = context.ParagraphSegments;
        var matches = CueScanner.Scan<Topic>(segments, context.Gazetteer.MatchTopic);
        matches.RemoveAll(m => InVenueClause(segments[m.Segment].Tokens, m.Token)
                               || context.People.InTitlePhrase(segments[m.Segment].Unit, m.Token)
                               || InInstitutionName(segments[m.Segment].Tokens, m.Token, context.Gazetteer));
        return CueScanner.DistinctInEnumOrder(matches, segments, EvidenceField.Topic);
    }

    /// <summary>
    /// Whether the cue at token <paramref name="i"/> is part of an institution's name: a capitalized
    /// institution word, then only <c>de</c>/<c>du</c>/articles before it (<c>Académie de médecine
    /// militaire</c>, <c>Département du sauvetage et du secours</c>).
    /// </summary>
    private static bool InInstitutionName(IReadOnlyList<PhraseToken> tokens, int i, Gazetteer gazetteer)
    {
        var k = i - 1;
        while (k >= 0 && tokens[k].Key is "de" or "du" or "des" or "d'" or "la" or "le" or "l'" or "les")
        {
            k--;
        }

        return k >= 0 && k < i - 1 && tokens[k].IsCapitalized && gazetteer.MatchInstitution(tokens, k, out _, out _);
    }

    /// <summary>Whether <c>en marge de</c> opens the clause (up to a comma or period) that holds token <paramref name="i"/>.</summary>
    private static bool InVenueClause(IReadOnlyList<PhraseToken> tokens, int i)
    {
        for (var k = i - 1; k > 0; k--)
        {
            if (tokens[k].Key is "," or "." or ";")
            {
                return false;
            }

            if (tokens[k].Is("marge") && tokens[k - 1].Is("en"))
            {
                return true;
            }
        }

        return false;
    }
}

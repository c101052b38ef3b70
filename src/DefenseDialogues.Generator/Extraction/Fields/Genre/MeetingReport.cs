using System.Collections.Generic;
using DefenseDialogues.Generator.Extraction.Text;

namespace DefenseDialogues.Generator.Extraction.Fields.Genre;

/// <summary>
/// Whether an article is of the genre at all. A folder of scraped pages holds off-topic ones (a recipe,
/// a football score); extracting fields from them would invent a dialogue, so one that names no
/// counterpart, no participant and no word of the genre is skipped with a warning (DD0106) instead.
/// </summary>
internal static class MeetingReport
{
    // A word of defense, of a meeting or of a visit: every article of the genre has one; an off-topic page none.
    private static readonly HashSet<string> GenreWords = Union("defense-word", "meeting-word", "travel-cue");

    /// <summary>Null when the story speaks of defense, a meeting or a visit; else why it is not of the genre.</summary>
    public static string? NotAboutDefense(ArticleContext context)
    {
        foreach (var segment in context.Segments)
        {
            foreach (var token in segment.Tokens)
            {
                if (token.IsWord && GenreWords.Contains(token.Key))
                {
                    return null;
                }
            }
        }

        return "no counterpart, no participant, no word of defense, of a meeting or of a visit in its story";
    }

    private static HashSet<string> Union(params string[] classes)
    {
        var words = new HashSet<string>(System.StringComparer.Ordinal);
        foreach (var name in classes)
        {
            words.UnionWith(WordClasses.Default.Set(name));
        }

        return words;
    }
}

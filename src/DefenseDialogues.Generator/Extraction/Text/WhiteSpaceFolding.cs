using DefenseDialogues.Generator.Extraction.Fields.Place;
using DefenseDialogues.Generator.Extraction.Fields;
using DefenseDialogues.Generator.Extraction.Text;
using DefenseDialogues.Generator.Extraction;
using DefenseDialogues.Generator.Gazetteers;
using DefenseDialogues.Generator.Model;
using DefenseDialogues.Generator.Extraction.Reading;

namespace DefenseDialogues.Generator.Extraction.Text;

/// <summary>
/// Folds white space to single spaces and separates sentences glued by a period, keeping each
/// character's place in the file.
/// </summary>
internal static class WhiteSpaceFolding
{
    /// <summary>White space folded to single spaces and glued sentences separated.</summary>
    internal static string Clean(string text) => Clean(new MappedText(text, null)).Text;

    /// <summary>
    /// White space folded to single spaces and glued sentences separated, keeping each character's
    /// place in the file: a folded run of spaces stands where the run began, an inserted space where
    /// the next word begins.
    /// </summary>
    internal static MappedText Clean(MappedText source)
    {
        var text = source.Text;
        if (IsClean(text))
        {
            return source; // the common case: nothing to fold or separate, so the same text and positions
        }

        var sb = new MappedText.Builder(text.Length + 8);
        var space = -2; // -2: no pending space; -1: an inserted one; else the index of the run's first blank
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                if (sb.Length > 0 && space == -2)
                {
                    space = i;
                }

                continue;
            }

            if (space != -2)
            {
                if (space >= 0)
                {
                    sb.Append(' ', source.StartOf(space), source.EndOf(space));
                }
                else
                {
                    sb.Append(' ', source.StartOf(i), source.StartOf(i));
                }

                space = -2;
            }

            sb.Append(c, source.StartOf(i), source.EndOf(i));

            // "technologie.Un tel" → "technologie. Un tel": a lower-case word (or a closing bracket or
            // quote) glued by a period to a capitalized one. Initials ("N. Luna") and domains
            // ("qdnd.vn") do not match.
            if (c == '.' && i > 0 && i + 1 < text.Length && IsSentenceEnd(text[i - 1]) && IsSentenceStart(text[i + 1]) && !IsAbbreviation(sb))
            {
                space = -1;
            }
        }

        return sb.Build();
    }

    /// <summary>
    /// Whether <see cref="Clean(MappedText)"/> would return <paramref name="text"/> unchanged: single spaces
    /// only between words, and no period that might glue two sentences (those take the full pass).
    /// </summary>
    private static bool IsClean(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                if (c != ' ' || i == 0 || i == text.Length - 1 || char.IsWhiteSpace(text[i + 1]) || char.IsControl(text[i + 1]))
                {
                    return false;
                }
            }
            else if (c == '.' && i > 0 && i + 1 < text.Length && IsSentenceEnd(text[i - 1]) && IsSentenceStart(text[i + 1]))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsSentenceEnd(char c) => char.IsLower(c) || c is ')' or '\u00BB' or '"' or '\u201D' or '%' || char.IsDigit(c);

    private static bool IsSentenceStart(char c) => char.IsUpper(c) || c is '\u00AB' or '\u201C';

    /// <summary>Abbreviations such as "av.", "etc." stay glued only if followed by a capital by accident; only "M." style initials matter and they are upper-case.</summary>
    private static bool IsAbbreviation(MappedText.Builder sb)
    {
        // "p.ex.", "c.-à-d.": a single lower-case letter before the period is an abbreviation.
        var n = sb.Length;
        return n >= 3 && char.IsLetter(sb[n - 2]) && !char.IsLetter(sb[n - 3]);
    }
}

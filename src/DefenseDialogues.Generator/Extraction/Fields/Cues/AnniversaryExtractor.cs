using System.Collections.Generic;
using System.Globalization;
using DefenseDialogues.Generator.Model;
using DefenseDialogues.Generator.Extraction.Text;
using DefenseDialogues.Generator.Extraction.Reading;
using DefenseDialogues.Generator.Extraction.Fields.Kind;

namespace DefenseDialogues.Generator.Extraction.Fields.Cues;

/// <summary>
/// Finds anniversaries in the story: <c>le 50e anniversaire de l'établissement des relations
/// diplomatiques (1973 - 2023)</c>, <c>les 10 ans de partenariat stratégique</c>, <c>plus de 65 ans
/// après l'établissement …</c>. The subject runs to the end of the clause; a following
/// <c>(YYYY - YYYY)</c> gives <c>since</c>. Durations (<c>au cours des 50 dernières années</c>) are not anniversaries.
/// </summary>
internal static class AnniversaryExtractor
{
    private const int MaxSubjectTokens = 30;

    private static readonly HashSet<string> Connectors = WordClasses.Default.Set("anniversary-connector");

    private static readonly HashSet<string> Articles = WordClasses.Default.Set("article");

    /// <summary>Words that join two anniversaries (<c>… et le 50e anniversaire</c>, <c>…, du 10e anniversaire</c>).</summary>
    private static readonly HashSet<string> Joiners = WordClasses.Default.Set("anniversary-joiner");

    /// <summary>Words before <c>N ans</c> that make it a duration or an age, not an anniversary.</summary>
    private static readonly HashSet<string> DurationBefore = WordClasses.Default.Set("duration-marker");

    /// <summary>The anniversaries, each with the words it was read from.</summary>
    public static Field<IReadOnlyList<AnniversaryModel>> Read(ArticleContext context)
    {
        var found = new List<AnniversaryModel>();
        var spans = new List<StorySpan>();
        var keys = new List<string?>(); // each found subject folded when first compared, once (folding is an ICU call)
        foreach (var paragraph in context.Article.Paragraphs)
        {
            var text = paragraph.Text;
            var tokens = paragraph.Tokens;
            for (var i = 0; i + 2 < tokens.Count; i++)
            {
                if (TryAt(text, tokens, i, out var anniversary, out var end))
                {
                    Add(found, spans, keys, anniversary, paragraph.TokenSpan(i, end));
                }
            }
        }

        return Field.Many<AnniversaryModel>(found, spans, EvidenceField.Anniversary, a => a.Years.ToString(System.Globalization.CultureInfo.InvariantCulture) + " " + a.Subject);
    }

    private static bool TryAt(string text, IReadOnlyList<PhraseToken> tokens, int i, out AnniversaryModel anniversary, out int last)
    {
        anniversary = null!;
        last = i;
        int years;
        int subject;
        var ordinal = FrenchOrdinals.At(tokens, i, out var next);
        if (ordinal > 0 && next < tokens.Count && tokens[next].Is("anniversaire"))
        {
            years = ordinal;
            subject = next + 1;
        }
        else if (ordinal > 0 && ElidedAfterAnother(tokens, i, next))
        {
            // `du 45e anniversaire de … et du 5e du partenariat stratégique`: the noun is not repeated.
            years = ordinal;
            subject = next;
        }
        else if (tokens[i + 1].Is("ans") && int.TryParse(tokens[i].Key, NumberStyles.None, CultureInfo.InvariantCulture, out years) && years is > 0 and < 1000
                 && !IsDuration(tokens, i))
        {
            subject = i + 2;
        }
        else
        {
            return false;
        }

        if (subject >= tokens.Count || !Connectors.Contains(tokens[subject].Key))
        {
            return false;
        }

        subject++;
        while (subject < tokens.Count && Articles.Contains(tokens[subject].Key))
        {
            subject++;
        }

        var end = subject;
        while (end < tokens.Count && end - subject < MaxSubjectTokens && !EndsClause(tokens[end]) && !StartsAnniversary(tokens, end))
        {
            end++;
        }

        if (end < tokens.Count && StartsAnniversary(tokens, end))
        {
            // "les 10 ans de partenariat stratégique et le 50e anniversaire de …": the next one is not this subject.
            while (end > subject && Joiners.Contains(tokens[end - 1].Key))
            {
                end--;
            }
        }

        if (end == subject)
        {
            return false;
        }

        var words = text.Substring(tokens[subject].Start, tokens[end - 1].End - tokens[subject].Start);
        anniversary = new AnniversaryModel(years, WhiteSpaceFolding.Clean(words), SinceAfter(tokens, end));
        last = end;
        return true;
    }

    /// <summary><c>(1973 - 2023)</c> right after the subject gives the first year.</summary>
    private static int? SinceAfter(IReadOnlyList<PhraseToken> tokens, int i)
        => i + 1 < tokens.Count && tokens[i].Is("(") && tokens[i + 1].Key.Length == 4
           && int.TryParse(tokens[i + 1].Key, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= 1800 and <= 2200
            ? year
            : null;

    /// <summary>
    /// Whether the ordinal at <paramref name="i"/> (its next token <paramref name="next"/>) is an anniversary
    /// whose noun is left out because one was just named: <c>et du 5e du …</c>, <c>et le 10e de …</c>, with
    /// <c>anniversaire</c> earlier in the sentence.
    /// </summary>
    private static bool ElidedAfterAnother(IReadOnlyList<PhraseToken> tokens, int i, int next)
    {
        if (i < 2 || next >= tokens.Count || !Connectors.Contains(tokens[next].Key) || !tokens[i - 2].Is("et") || !Joiners.Contains(tokens[i - 1].Key))
        {
            return false;
        }

        for (var k = i - 3; k >= 0 && !tokens[k].Is("."); k--)
        {
            if (tokens[k].Is("anniversaire"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether another anniversary opens at token <paramref name="i"/> (<c>50e anniversaire</c>, <c>10 ans de</c>, <c>et du 5e du</c>).</summary>
    private static bool StartsAnniversary(IReadOnlyList<PhraseToken> tokens, int i)
    {
        if (FrenchOrdinals.At(tokens, i, out var next) > 0)
        {
            return next < tokens.Count && (tokens[next].Is("anniversaire") || ElidedAfterAnother(tokens, i, next));
        }

        return i + 2 < tokens.Count && tokens[i + 1].Is("ans") && Connectors.Contains(tokens[i + 2].Key)
               && int.TryParse(tokens[i].Key, NumberStyles.None, CultureInfo.InvariantCulture, out _);
    }

    private static bool EndsClause(PhraseToken token)
        => !token.IsWord && token.Key is "(" or ")" or "," or ";" or "." or ":" or "\"" or "\u00BB" or "\u201D" or "\u2026" or "!" or "?";

    /// <summary><c>depuis 30 ans</c>, <c>il y a 20 ans</c>: a duration. <c>plus de 65 ans après</c> stays (it is followed by après).</summary>
    private static bool IsDuration(IReadOnlyList<PhraseToken> tokens, int i)
    {
        var after = i + 2 < tokens.Count ? tokens[i + 2].Key : string.Empty;
        if (after == "apres")
        {
            return false;
        }

        for (var k = i - 1; k >= 0 && k >= i - 2; k--)
        {
            if (DurationBefore.Contains(tokens[k].Key) || tokens[k].Is("a") && k > 0 && tokens[k - 1].Is("y"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Adds <paramref name="candidate"/> unless it is an anniversary already found: same years and one
    /// subject the other's opening words (<c>établissement des relations diplomatiques</c> and, later,
    /// <c>établissement des relations diplomatiques est une étape …</c>). The shorter subject is kept.
    /// </summary>
    private static void Add(List<AnniversaryModel> found, List<StorySpan> spans, List<string?> keys, AnniversaryModel candidate, StorySpan span)
    {
        string? folded = null;
        for (var k = 0; k < found.Count; k++)
        {
            var a = found[k];
            if (a.Years != candidate.Years)
            {
                continue;
            }

            folded ??= TextFolding.Fold(candidate.Subject);
            var existing = keys[k] ??= TextFolding.Fold(a.Subject);
            if (StartsWithWords(folded, existing))
            {
                found[k] = a with { Since = a.Since ?? candidate.Since };
                return;
            }

            if (StartsWithWords(existing, folded))
            {
                found[k] = candidate with { Since = a.Since ?? candidate.Since };
                spans[k] = span;
                keys[k] = folded;
                return;
            }
        }

        found.Add(candidate);
        spans.Add(span);
        keys.Add(folded);
    }

    /// <summary>Whether <paramref name="text"/> is <paramref name="prefix"/> or starts with it followed by a word break.</summary>
    private static bool StartsWithWords(string text, string prefix)
        => text.StartsWith(prefix, System.StringComparison.Ordinal) && (text.Length == prefix.Length || text[prefix.Length] == ' ');
}

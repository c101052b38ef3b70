using System;
using System.Collections.Generic;

namespace DefenseDialogues.Generator.Extraction.Text;

/// <summary>
/// Finds the sentence around a span of clean text: it ends at <c>.</c>, <c>!</c>, <c>?</c> or
/// <c>…</c> followed by a space and a capital (or an opening quote), unless the period closes an
/// initial or a short abbreviation (<c>M. Nguyen</c>, <c>Gén. Tran</c>).
/// </summary>
internal static class Sentences
{
    private static readonly HashSet<string> Abbreviations = WordClasses.Default.Set("abbreviation");

    /// <summary>A mark that ends a sentence: <c>.</c>, <c>!</c>, <c>?</c>, <c>…</c> (a period may also close an abbreviation: see <see cref="Around"/>).</summary>
    public static bool IsEndMark(char c) => c is '.' or '!' or '?' or '\u2026';

    /// <summary>A mark after which a grammar stops reading one statement: an end mark or <c>;</c>.</summary>
    public static bool IsBreakMark(char c) => IsEndMark(c) || c == ';';

    /// <summary>Whether a token is a break mark (the token-level form of <see cref="IsBreakMark"/>).</summary>
    public static bool Breaks(PhraseToken t) => !t.IsWord && t.Key.Length == 1 && IsBreakMark(t.Key[0]);

    /// <summary>The sentence of <paramref name="text"/> holding [<paramref name="start"/>, <paramref name="end"/>): its start and end.</summary>
    public static (int Start, int End) Around(string text, int start, int end)
    {
        start = Math.Max(0, Math.Min(start, text.Length));
        end = Math.Max(start, Math.Min(end, text.Length));
        var s = start;
        while (s > 0 && !IsBoundary(text, s))
        {
            s--;
        }

        var e = Math.Max(end, s + 1);
        while (e < text.Length && !IsBoundary(text, e))
        {
            e++;
        }

        while (s < e && text[s] == ' ')
        {
            s++;
        }

        while (e > s && text[e - 1] == ' ')
        {
            e--;
        }

        return (s, Math.Min(e, text.Length));
    }

    /// <summary>Whether a sentence starts at <paramref name="i"/>: after a closing mark and a space, at a capital.</summary>
    private static bool IsBoundary(string text, int i)
    {
        if (i <= 1 || i >= text.Length || text[i - 1] != ' ' || !(char.IsUpper(text[i]) || char.IsDigit(text[i]) || text[i] is '\u00AB' or '"' or '\u201C'))
        {
            return false;
        }

        var mark = i - 2;
        while (mark > 0 && text[mark] is '"' or '\u00BB' or '\u201D' or ')' or ' ')
        {
            mark--;
        }

        var c = text[mark];
        if (IsEndMark(c) && c != '.')
        {
            return true;
        }

        if (c != '.')
        {
            return false;
        }

        // "M. Nguyen", "Gén. Tran", "N. Luna": a short capitalized word before the period is an abbreviation.
        var w = mark;
        while (w > 0 && char.IsLetter(text[w - 1]))
        {
            w--;
        }

        var word = text.Substring(w, mark - w);
        return !(word.Length == 1 && char.IsUpper(word[0])) && !Abbreviations.Contains(word);
    }
}

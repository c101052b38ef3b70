using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace DefenseDialogues.Generator.Extraction.Text;

/// <summary>
/// Folding for comparison: the same name written with or without diacritics, in NFC or NFD,
/// with typographic or straight apostrophes, or in another case, folds to the same key.
/// Culture-invariant by construction (no current-culture casing).
/// </summary>
internal static class TextFolding
{
    /// <summary>Lower-cases, strips diacritics, maps apostrophes/dashes/spaces to one form, collapses white space.</summary>
    public static string Fold(string text)
    {
        // Most words are plain ASCII, already folded or only capitalized: ASCII has no marks to strip
        // and is its own NFD, so it skips the normalization, and a folded word is returned as it is.
        var ascii = true;
        var folded = true;
        foreach (var c in text)
        {
            if (c is >= 'a' and <= 'z')
            {
                continue;
            }

            if (c >= '\u0080')
            {
                ascii = false;
                break;
            }

            folded &= c is not ((>= 'A' and <= 'Z') or '`') && !char.IsWhiteSpace(c);
        }

        if (ascii && folded)
        {
            return text;
        }

        // Words repeat across articles (a corpus of 10,000 has a few thousand distinct ones), and the
        // normalization below is an ICU call: a per-thread memo of short words saves most of them.
        if (text.Length > MaxMemoLength)
        {
            return FoldCore(text, ascii);
        }

        var memo = t_memo ??= new Dictionary<string, string>(StringComparer.Ordinal);
        if (!memo.TryGetValue(text, out var result))
        {
            if (memo.Count >= MaxMemoEntries)
            {
                memo.Clear();
            }

            result = FoldCore(text, ascii);
            memo.Add(text, result);
        }

        return result;
    }

    private const int MaxMemoLength = 32;
    private const int MaxMemoEntries = 16_384;

    [ThreadStatic]
    private static Dictionary<string, string>? t_memo;

    private static string FoldCore(string text, bool ascii)
    {
        var decomposed = ascii ? text : WellFormedText.Normalize(text, NormalizationForm.FormD);
        var buffer = new char[decomposed.Length];
        var length = 0;
        var pendingSpace = false;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            var mapped = Map(c);
            if (char.IsWhiteSpace(mapped))
            {
                pendingSpace = length > 0;
                continue;
            }

            if (pendingSpace)
            {
                buffer[length++] = ' ';
                pendingSpace = false;
            }

            buffer[length++] = char.ToLowerInvariant(mapped);
        }

        return new string(buffer, 0, length);
    }

    // Beyond the apostrophes a word is written with, the acute accent and the backtick typed for one.
    private static char Map(char c) => c switch
    {
        _ when CharClasses.IsApostrophe(c) || c is '\u00B4' or '`' => '\'',
        _ when CharClasses.IsDash(c) => '-',
        _ when CharClasses.IsNoBreakSpace(c) => ' ',
        '\u0111' => 'd', // Vietnamese đ has no decomposition
        '\u0110' => 'D',
        '\u00D0' => 'D', // Ð (Latin eth) typed for Vietnamese Đ: `Ðà Nẵng`
        '\u00F0' => 'd',
        '\u00F8' => 'o',
        '\u00D8' => 'O',
        '\u0142' => 'l',
        '\u0141' => 'L',
        '\u0153' => 'o', // œ: "œuvre" folds close enough for matching keys; callers match on words
        _ => c,
    };
}

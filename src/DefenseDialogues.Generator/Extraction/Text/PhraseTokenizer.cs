using System.Collections.Generic;
using System.Globalization;
using System;

namespace DefenseDialogues.Generator.Extraction.Text;

/// <summary>Cuts text into <see cref="PhraseToken"/>s in one linear pass.</summary>
internal static class PhraseTokenizer
{
    // French elisions are split off (`l'Italie` -> `l'` `Italie`) so that the noun matches alone;
    // a capital consonant + apostrophe inside a name (`M'tumuke`) is not an elision and stays whole.
    private static readonly HashSet<string> Elisions = WordClasses.Default.Set("elision");

    public static IReadOnlyList<PhraseToken> Tokenize(string text) => Tokenize(text, new Lexicon());

    /// <summary>Tokenizes <paramref name="text"/>, its words and marks numbered in <paramref name="lexicon"/> (the article's).</summary>
    public static TokenList Tokenize(string text, Lexicon lexicon)
    {
        // Cut into the lexicon's reusable buffer, then stored at its exact size: no growth garbage.
        var tokens = lexicon.TokenBuffer();
        var i = 0;
        var space = false;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                space = true;
                i++;
                continue;
            }

            if (IsWordChar(c))
            {
                var start = i;
                while (i < text.Length && (IsWordChar(text[i]) || (CharClasses.IsApostrophe(text[i]) && i + 1 < text.Length && IsWordChar(text[i + 1]) && i > start)))
                {
                    i++;
                }

                AddWord(tokens, lexicon, text, start, i, space);
                space = false;
                continue;
            }

            var key = CharClasses.IsDash(c) ? "-" : CharClasses.IsApostrophe(c) ? "'" : null;
            tokens.Add(new PackedToken(i, i + 1, lexicon.Mark(text, i, key ?? Mark(c)), space, false));
            space = false;
            i++;
        }

        var store = lexicon.Store(tokens, out var offset);
        return new TokenList(lexicon, store, offset, tokens.Count);
    }

    private static void AddWord(List<PackedToken> tokens, Lexicon lexicon, string text, int start, int end, bool space)
    {
        for (var k = start; k < end; k++)
        {
            if (!CharClasses.IsApostrophe(text[k]))
            {
                continue;
            }

            var elided = lexicon.Word(text, start, k - start + 1);
            var prefix = lexicon.Key(elided);
            var isElision = Elisions.Contains(prefix) && !(k - start == 1 && char.IsUpper(text[start]) && prefix != "l'" && prefix != "d'");
            if (isElision)
            {
                tokens.Add(new PackedToken(start, k + 1, elided, space, true));
                AddWord(tokens, lexicon, text, k + 1, end, false);
                return;
            }

            break;
        }

        tokens.Add(new PackedToken(start, end, lexicon.Word(text, start, end - start), space, true));
    }

    // Punctuation marks as strings, made once.
    private static readonly string[] AsciiMarks = AsciiStrings();

    private static string Mark(char c) => c < AsciiMarks.Length ? AsciiMarks[c] : c.ToString();

    private static string[] AsciiStrings()
    {
        var strings = new string[128];
        for (var c = 0; c < strings.Length; c++)
        {
            strings[c] = ((char)c).ToString();
        }

        return strings;
    }

    private static bool IsWordChar(char c)
        => char.IsLetterOrDigit(c) || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark;
}

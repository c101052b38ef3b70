using System.Collections.Generic;

namespace DefenseDialogues.Generator.Extraction.Text;

/// <summary>A word of a text: where it stands and its folded form (no accents, lower case).</summary>
internal readonly struct Word
{
    public Word(int start, int length, string folded)
    {
        Start = start;
        Length = length;
        Folded = folded;
    }

    /// <summary>Index of the word's first character in the text.</summary>
    public int Start { get; }

    public int Length { get; }

    public int End => Start + Length;

    /// <summary>The word folded with <see cref="TextFolding.Fold"/>.</summary>
    public string Folded { get; }
}

/// <summary>
/// Cuts text into words (letters, digits, the ordinal marks <c>ᵉ</c> <c>ʳ</c>); punctuation
/// separates words. One linear pass: the date, ordinal and anniversary grammars read these.
/// </summary>
internal static class TextWords
{
    public static List<Word> Of(string text)
    {
        var words = new List<Word>();
        Cut(text, null, words);
        return words;
    }

    /// <summary>Cuts <paramref name="text"/> into <paramref name="words"/> (emptied first), folded through <paramref name="lexicon"/> (the article's) when given.</summary>
    public static void Cut(string text, Lexicon? lexicon, List<Word> words)
    {
        words.Clear();
        var i = 0;
        while (i < text.Length)
        {
            if (!IsWordChar(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && IsWordChar(text[i]))
            {
                i++;
            }

            var folded = lexicon is null ? TextFolding.Fold(text.Substring(start, i - start)) : lexicon.Key(lexicon.Word(text, start, i - start));
            words.Add(new Word(start, i - start, folded));
        }
    }

    /// <summary>Whether only spaces (no sentence punctuation) separate two words.</summary>
    public static bool Adjacent(string text, Word left, Word right)
    {
        for (var i = left.End; i < right.Start; i++)
        {
            if (text[i] is not (' ' or ',' or '-' or '\u2019' or '\''))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || c is '\u1D49' or '\u02B3' || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark;
}

using System.Text;

namespace DefenseDialogues.Generator.Extraction.Text;

/// <summary>
/// Makes any decoded text safe for every later step without moving a character: a lone surrogate or a
/// noncharacter (U+FFFE, U+FFFF, U+FDD0–U+FDEF, U+nFFFE/U+nFFFF) becomes U+FFFD, a C0 control other
/// than tab, line feed, carriage return and NUL becomes a space. Unicode normalization throws on the
/// former and XML (doc comments) forbids both; NUL is left for the reader, which skips the file (DD0002).
/// </summary>
internal static class WellFormedText
{
    /// <summary><paramref name="text"/> itself when it is already well formed, else a copy of the same length.</summary>
    public static string Repair(string text)
    {
        var first = FirstFlaw(text);
        if (first < 0)
        {
            return text;
        }

        var chars = text.ToCharArray();
        for (var i = first; i < chars.Length; i++)
        {
            var c = chars[i];
            if (char.IsHighSurrogate(c) && i + 1 < chars.Length && char.IsLowSurrogate(chars[i + 1]))
            {
                if (IsNoncharacter(char.ConvertToUtf32(c, chars[i + 1])))
                {
                    chars[i] = '\uFFFD';
                    chars[i + 1] = '\uFFFD';
                }

                i++;
            }
            else if (char.IsSurrogate(c) || IsNoncharacter(c))
            {
                chars[i] = '\uFFFD';
            }
            else if (IsForbiddenControl(c))
            {
                chars[i] = ' ';
            }
        }

        return new string(chars);
    }

    /// <summary><paramref name="text"/> in <paramref name="form"/>, repaired first so normalization cannot throw.</summary>
    public static string Normalize(string text, NormalizationForm form) => Repair(text).Normalize(form);

    private static int FirstFlaw(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c < ' ')
            {
                if (IsForbiddenControl(c))
                {
                    return i;
                }
            }
            else if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                if (IsNoncharacter(char.ConvertToUtf32(c, text[i + 1])))
                {
                    return i;
                }

                i++;
            }
            else if (char.IsSurrogate(c) || IsNoncharacter(c))
            {
                return i;
            }
        }

        return -1;
    }

    private static bool IsNoncharacter(int codePoint) => codePoint is >= 0xFDD0 and <= 0xFDEF || (codePoint & 0xFFFE) == 0xFFFE;

    private static bool IsForbiddenControl(char c) => c < ' ' && c is not ('\t' or '\n' or '\r' or '\0');
}

using System;
using System.Text;

namespace DefenseDialogues.Build;

/// <summary>What an article file's bytes are, decided the way the compiler would read them.</summary>
internal enum ArticleEncoding
{
    /// <summary>Text the compiler reads as it is: UTF-8, or UTF-16 with a byte-order mark.</summary>
    Readable,

    /// <summary>NUL bytes: binary, or UTF-16 without a byte-order mark. The compiler would fail the build (CS2015).</summary>
    Binary,

    /// <summary>A legacy single-byte text (Latin-1, Windows-1252): the compiler would decode it as UTF-8, an U+FFFD per accent.</summary>
    Legacy,
}

/// <summary>The verdict on one file: its encoding, where the first NUL is, the text a legacy file decodes to.</summary>
internal readonly struct ArticleBytesVerdict
{
    public ArticleBytesVerdict(ArticleEncoding encoding, int line = 0, int column = 0, string? text = null)
    {
        Encoding = encoding;
        Line = line;
        Column = column;
        Text = text;
    }

    public ArticleEncoding Encoding { get; }

    /// <summary>One-based line of the first NUL (Binary).</summary>
    public int Line { get; }

    /// <summary>One-based column of the first NUL (Binary).</summary>
    public int Column { get; }

    /// <summary>The text of a Legacy file, decoded as Windows-1252.</summary>
    public string? Text { get; }
}

/// <summary>Pure checks over a file's bytes (no MSBuild types), so they are unit-tested on their own.</summary>
internal static class ArticleBytes
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Windows-1252's characters for 0x80–0x9F (the rest of the code page is Latin-1); holes keep their byte.</summary>
    private static readonly char[] Cp1252High =
    {
        '\u20AC', '\u0081', '\u201A', '\u0192', '\u201E', '\u2026', '\u2020', '\u2021', '\u02C6', '\u2030', '\u0160', '\u2039', '\u0152', '\u008D', '\u017D', '\u008F',
        '\u0090', '\u2018', '\u2019', '\u201C', '\u201D', '\u2022', '\u2013', '\u2014', '\u02DC', '\u2122', '\u0161', '\u203A', '\u0153', '\u009D', '\u017E', '\u0178',
    };

    /// <summary>Why a file with NUL bytes is skipped (the generator says the same of a NUL it finds).</summary>
    public const string NulBytes = "it contains NUL bytes, so it is binary or UTF-16 without a byte-order mark";

    /// <summary>The generator's DD0002 message, word for word, so a user sees one warning whoever found the file.</summary>
    public static string Unreadable(string path, string why) => "Article '" + System.IO.Path.GetFileName(path) + "' is not UTF-8 text (" + why + "); it was skipped";

    /// <summary>Classifies <paramref name="bytes"/>.</summary>
    public static ArticleBytesVerdict Classify(byte[] bytes)
    {
        if (bytes.Length >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF)))
        {
            // UTF-16 with its mark: the compiler decodes it; a NUL character in it is still binary.
            var utf16 = (bytes[0] == 0xFF ? Encoding.Unicode : Encoding.BigEndianUnicode).GetString(bytes, 2, bytes.Length - 2);
            var nulChar = utf16.IndexOf('\0');
            return nulChar < 0 ? new ArticleBytesVerdict(ArticleEncoding.Readable) : BinaryAt(utf16, nulChar);
        }

        var start = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
        var nul = Array.IndexOf(bytes, (byte)0, start);
        if (nul >= 0)
        {
            var prefix = Encoding.UTF8.GetString(bytes, start, nul - start);
            return BinaryAt(prefix + "\0", prefix.Length);
        }

        if (IsUtf8(bytes, start))
        {
            return new ArticleBytesVerdict(ArticleEncoding.Readable);
        }

        // Not UTF-8. A file with more broken sequences than valid multi-byte ones was written in a
        // single-byte code page; one with a few damaged bytes among valid accents is left to the
        // generator, which reports and skips it (DD0006) rather than guess.
        var (valid, invalid) = CountSequences(bytes, start);
        return invalid > valid ? new ArticleBytesVerdict(ArticleEncoding.Legacy, text: DecodeWindows1252(bytes, start)) : new ArticleBytesVerdict(ArticleEncoding.Readable);
    }

    /// <summary>Bytes as Windows-1252 (a superset of Latin-1's printable characters, and what such French texts use for ’ and œ).</summary>
    public static string DecodeWindows1252(byte[] bytes, int start = 0)
    {
        var chars = new char[bytes.Length - start];
        for (var i = start; i < bytes.Length; i++)
        {
            var b = bytes[i];
            chars[i - start] = b is >= 0x80 and <= 0x9F ? Cp1252High[b - 0x80] : (char)b;
        }

        return new string(chars);
    }

    private static bool IsUtf8(byte[] bytes, int start)
    {
        try
        {
            StrictUtf8.GetCharCount(bytes, start, bytes.Length - start);
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }

    /// <summary>Valid multi-byte UTF-8 sequences and invalid bytes, by the UTF-8 lead/continuation rules.</summary>
    private static (int Valid, int Invalid) CountSequences(byte[] bytes, int start)
    {
        int valid = 0, invalid = 0;
        for (var i = start; i < bytes.Length;)
        {
            var b = bytes[i];
            var length = b < 0x80 ? 1 : b is >= 0xC2 and <= 0xDF ? 2 : b is >= 0xE0 and <= 0xEF ? 3 : b is >= 0xF0 and <= 0xF4 ? 4 : 0;
            if (length == 1)
            {
                i++;
                continue;
            }

            var ok = length > 0 && i + length <= bytes.Length;
            for (var k = 1; ok && k < length; k++)
            {
                ok = (bytes[i + k] & 0xC0) == 0x80;
            }

            if (ok)
            {
                valid++;
                i += length;
            }
            else
            {
                invalid++;
                i++;
            }
        }

        return (valid, invalid);
    }

    /// <summary>The one-based line and column of <paramref name="offset"/> (LF, CRLF and CR end lines, as the generator counts).</summary>
    private static ArticleBytesVerdict BinaryAt(string text, int offset)
    {
        int line = 1, lineStart = 0;
        for (var i = 0; i < offset; i++)
        {
            var c = text[i];
            if (c == '\n' || (c == '\r' && (i + 1 >= text.Length || text[i + 1] != '\n')))
            {
                line++;
                lineStart = i + 1;
            }
        }

        return new ArticleBytesVerdict(ArticleEncoding.Binary, line, offset - lineStart + 1);
    }
}

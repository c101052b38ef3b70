using System.Globalization;
using System.Text;

namespace DefenseDialogues.Generator.Emit;

/// <summary>
/// Writes text taken from articles as C# and XML-doc text that can only ever be data: quotes,
/// backslashes, controls, line and paragraph separators, every invisible format character (bidi
/// controls: Trojan Source), odd spaces, private-use and unassigned code points and lone surrogates are
/// escaped, so <c>#line</c>, comment markers and direction changes are inert and visible. Letters, marks,
/// digits, punctuation and symbols are written as themselves (the source is UTF-8): an escaped
/// <c>é</c> would take six bytes for two, and the literals are most of a large corpus's source.
/// </summary>
internal static class CSharpLiteral
{
    /// <summary>A regular string literal, quotes included: <c>"caf\u00E9"</c>. Valid in C# 1 and as a <c>u8</c> literal's body.</summary>
    public static string String(string value)
    {
        var sb = new StringBuilder(value.Length + 2);
        AppendString(sb, value);
        return sb.ToString();
    }

    /// <summary>Appends <paramref name="value"/> as a regular string literal.</summary>
    public static void AppendString(StringBuilder sb, string value)
    {
        sb.Append('"');
        AppendStringBody(sb, value);
        sb.Append('"');
    }

    /// <summary>Appends <paramref name="value"/> escaped as the inside of a regular string literal (no quotes).</summary>
    public static void AppendStringBody(StringBuilder sb, string value)
    {
        // Runs of plain printable ASCII (most of an article) are copied in one append.
        var run = 0;
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (c >= ' ' && c <= '~' ? c != '"' && c != '\\' : c > '~' && IsVisible(value, i))
            {
                if (char.IsHighSurrogate(c))
                {
                    i++; // IsVisible checked the pair
                }

                continue;
            }

            sb.Append(value, run, i - run);
            run = i + 1;
            switch (c)
            {
                case '"': sb.Append("\\\""); break;
                case '\\': sb.Append("\\\\"); break;
                case '\n': sb.Append("\\n"); break;
                case '\r': sb.Append("\\r"); break;
                case '\t': sb.Append("\\t"); break;
                default:
                    // \uXXXX rather than the raw char: a lone surrogate or a bidi control stays visible and harmless.
                    sb.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    break;
            }
        }

        sb.Append(value, run, value.Length - run);
    }

    /// <summary>
    /// Whether the character at <paramref name="i"/> (a pair when it is a high surrogate) can be written as
    /// itself: it shows as what it is and cannot end a line, change direction or hide.
    /// </summary>
    private static bool IsVisible(string value, int i)
    {
        var c = value[i];
        if (char.IsSurrogate(c) && !(char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1])))
        {
            return false; // a lone surrogate has no UTF-8 form
        }

        var codePoint = char.IsHighSurrogate(c) ? char.ConvertToUtf32(c, value[i + 1]) : c;
        if ((codePoint & 0xFFFE) == 0xFFFE || codePoint is >= 0xFDD0 and <= 0xFDEF)
        {
            return false;
        }

        return CharUnicodeInfo.GetUnicodeCategory(value, i) switch
        {
            UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.Surrogate or UnicodeCategory.PrivateUse
                or UnicodeCategory.OtherNotAssigned or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator
                or UnicodeCategory.SpaceSeparator => false,
            _ => true,
        };
    }

    /// <summary>
    /// Text for a <c>///</c> doc comment: one line, XML-escaped, non-ASCII as numeric character
    /// references so IntelliSense shows the character and the source shows what it is.
    /// </summary>
    public static string XmlDocText(string value)
    {
        var sb = new StringBuilder(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            switch (c)
            {
                case '&': sb.Append("&amp;"); break;
                case '<': sb.Append("&lt;"); break;
                case '>': sb.Append("&gt;"); break;
                case '\r':
                case '\n':
                case '\t':
                    sb.Append(' ');
                    break;
                default:
                    if (c >= ' ' && c <= '~')
                    {
                        sb.Append(c);
                    }
                    else if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
                    {
                        CharacterReference(sb, char.ConvertToUtf32(c, value[++i]));
                    }
                    else if (char.IsSurrogate(c))
                    {
                        CharacterReference(sb, 0xFFFD); // a lone surrogate is not an XML character
                    }
                    else if (char.IsControl(c) || c is '\uFFFE' or '\uFFFF')
                    {
                        // XML 1.0 forbids most controls and U+FFFE/U+FFFF even as references: show them as text.
                        sb.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    }
                    else if (IsFormatOrSeparator(c))
                    {
                        // Line separators would end the comment; bidi controls could disguise code.
                        CharacterReference(sb, c);
                    }
                    else
                    {
                        sb.Append(c);
                    }

                    break;
            }
        }

        return sb.ToString();
    }

    private static void CharacterReference(StringBuilder sb, int codePoint)
        => sb.Append("&#x").Append(codePoint.ToString("X4", CultureInfo.InvariantCulture)).Append(';');

    private static bool IsFormatOrSeparator(char c)
    {
        var category = CharUnicodeInfo.GetUnicodeCategory(c);
        return category is UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator
            or UnicodeCategory.SpaceSeparator && c != ' ';
    }
}

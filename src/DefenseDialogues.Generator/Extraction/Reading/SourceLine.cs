using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Threading;
using System;
using DefenseDialogues.Generator.Extraction.Text;

namespace DefenseDialogues.Generator.Extraction.Reading;

/// <summary>One line of the original text, normalized, with the file span of each of its characters.</summary>
internal readonly struct SourceLine
{
    public SourceLine(MappedText mapped, int number, int lineStart)
    {
        Mapped = mapped;
        Number = number;
        LineStart = lineStart;
    }

    /// <summary>The line's text (NFC, trimmed, non-breaking spaces as spaces, lone surrogates replaced) and positions.</summary>
    public MappedText Mapped { get; }

    /// <summary>The line's text: NFC, trimmed (non-breaking spaces included), lone surrogates replaced.</summary>
    public string Text => Mapped.Text;

    /// <summary>Zero-based line number.</summary>
    public int Number { get; }

    /// <summary>Offset of the line's first character in the file.</summary>
    public int LineStart { get; }

    /// <summary>Offset of <see cref="Text"/>'s first character in the file.</summary>
    public int Offset => Mapped.Length > 0 ? Mapped.StartOf(0) : LineStart;

    /// <summary>The same line cut to <paramref name="text"/>, which stands <paramref name="skipped"/> characters in (default: a suffix).</summary>
    public SourceLine WithText(string text, int skipped = -1)
    {
        var shift = skipped >= 0 ? skipped : Math.Max(0, Text.Length - text.Length);
        return shift + text.Length <= Mapped.Length && string.CompareOrdinal(Text, shift, text, 0, text.Length) == 0
            ? new SourceLine(Mapped.Slice(shift, text.Length), Number, LineStart)
            : new SourceLine(Mapped.Find(text), Number, LineStart);
    }

    /// <summary>Splits on LF, CRLF or CR; a BOM at the start is not text.</summary>
    public static List<SourceLine> Split(string text, CancellationToken cancellationToken)
    {
        var lines = new List<SourceLine>();
        var start = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
        var number = 0;
        for (var i = start; i <= text.Length; i++)
        {
            if (i < text.Length && text[i] != '\n' && text[i] != '\r')
            {
                continue;
            }

            if ((number & 1023) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            lines.Add(new SourceLine(Normalize(text, start, i), number, start));
            if (i < text.Length && text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                i++;
            }

            start = i + 1;
            number++;
        }

        return lines;
    }

    private static bool IsBlank(char c) => char.IsWhiteSpace(c) || c == '\uFEFF' || c == '\u200B';

    /// <summary>
    /// The line [<paramref name="from"/>, <paramref name="to"/>) trimmed, NFC, with positions. Each base
    /// letter with its combining marks is composed on its own, so a composed letter maps to the
    /// whole cluster it came from (columns stay those the editor counts).
    /// </summary>
    private static MappedText Normalize(string text, int from, int to)
    {
        while (from < to && IsBlank(text[from]))
        {
            from++;
        }

        while (to > from && IsBlank(text[to - 1]))
        {
            to--;
        }

        // Most lines are copied as they are: one substring, one run of positions.
        if (IsPlain(text, from, to))
        {
            return new MappedText(text.Substring(from, to - from), PositionMap.Copied(from, to - from));
        }

        var sb = new MappedText.Builder(to - from);
        var i = from;
        while (i < to)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < to && char.IsLowSurrogate(text[i + 1]))
            {
                sb.Append(c, i, i + 2);
                sb.Append(text[i + 1], i, i + 2);
                i += 2;
                continue;
            }

            var end = i + 1;
            while (end < to && IsCombining(text[end]))
            {
                end++;
            }

            if (end > i + 1)
            {
                var cluster = text.Substring(i, end - i);
                sb.Append(cluster.IsNormalized(NormalizationForm.FormC) ? cluster : cluster.Normalize(NormalizationForm.FormC), i, end);
                i = end;
                continue;
            }

            sb.Append(char.IsSurrogate(c) ? '\uFFFD' : CharClasses.IsNoBreakSpace(c) ? ' ' : c, i, i + 1);
            i++;
        }

        return sb.Build();
    }

    /// <summary>Whether [<paramref name="from"/>, <paramref name="to"/>) has no surrogate, combining mark or special space to rewrite.</summary>
    private static bool IsPlain(string text, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            var c = text[i];
            if (c >= '\u00A0' && (char.IsSurrogate(c) || CharClasses.IsNoBreakSpace(c) || IsCombining(c)))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsCombining(char c)
        => c >= '\u0300' && CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;
}

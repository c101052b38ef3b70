using System;
using System.Collections.Generic;
using DefenseDialogues.Generator.Extraction.Text;

namespace DefenseDialogues.Generator.Extraction.Reading;

/// <summary>Photo credits and the captions they close.</summary>
internal static class Credits
{
    /// <summary>Artefacts of the page's image alt text glued to captions.</summary>
    private static readonly string[] Artefacts = FollowedBySpace(WordClasses.Default.List("caption-artefact"));

    private static string[] FollowedBySpace(IReadOnlyList<string> words)
    {
        var result = new string[words.Count];
        for (var k = 0; k < result.Length; k++)
        {
            result[k] = words[k] + " ";
        }

        return result;
    }

    /// <summary>A caption split out of a line: the text before it (a headline), the caption, and the story text after its credit, each with where it starts in the line.</summary>
    public readonly struct CaptionParts
    {
        public CaptionParts(string line, (int Start, int End)? before, (int Start, int End)? caption, (int Start, int End)? after)
        {
            Before = before is { } b ? line.Substring(b.Start, b.End - b.Start) : null;
            BeforeStart = before?.Start ?? 0;
            Caption = caption is { } c ? line.Substring(c.Start, c.End - c.Start) : null;
            CaptionStart = caption?.Start ?? 0;
            After = after is { } a ? line.Substring(a.Start, a.End - a.Start) : null;
            AfterStart = after?.Start ?? 0;
        }

        public string? Before { get; }

        public int BeforeStart { get; }

        public string? Caption { get; }

        public int CaptionStart { get; }

        public string? After { get; }

        public int AfterStart { get; }
    }

    /// <summary>A line that is only a credit: <c>Photo : VNA/CVN</c>, <c>(Photo: VNA)</c>.</summary>
    public static bool IsCreditOnly(string line)
    {
        var photo = FindPhoto(line, out var creditStart);
        return photo >= 0 && line.Substring(0, photo).Trim().Trim('(').Length == 0 && creditStart <= line.Length;
    }

    /// <summary>
    /// Finds a caption in <paramref name="line"/>: text closed by a photo credit, or text after an
    /// image artefact (<c>… ảnh 1Le ministre …</c>). A credit followed by a dateline leaves the story after it.
    /// </summary>
    public static CaptionParts SplitCaption(string line)
    {
        (int, int)? before = null;
        var captionStart = 0;
        var artefactEnd = FindArtefact(line, out var artefactStart);
        if (artefactEnd >= 0)
        {
            before = TrimRange(line, 0, artefactStart, '\0');
            captionStart = artefactEnd;
        }

        var photo = FindPhoto(line, out var creditStart);
        if (photo < captionStart)
        {
            photo = -1;
        }

        if (photo < 0)
        {
            return artefactEnd >= 0 ? new CaptionParts(line, before, TrimRange(line, captionStart, line.Length, '\0'), null) : default;
        }

        var caption = TrimRange(line, captionStart, photo, '(');
        (int, int)? after = null;
        var dateline = DatelineSyntax.Find(line.Substring(creditStart));
        if (dateline > 0)
        {
            after = (creditStart + dateline, line.Length);
        }

        return new CaptionParts(line, before, caption, after);
    }

    /// <summary>[<paramref name="start"/>, <paramref name="end"/>) without surrounding white space (and trailing <paramref name="open"/> marks).</summary>
    private static (int Start, int End) TrimRange(string line, int start, int end, char open)
    {
        while (start < end && char.IsWhiteSpace(line[start]))
        {
            start++;
        }

        while (end > start && (char.IsWhiteSpace(line[end - 1]) || line[end - 1] == open))
        {
            end--;
        }

        return (start, end);
    }

    /// <summary>Index of "Photo" in a "Photo :" credit, or -1; <paramref name="creditStart"/> is where the credit's source begins.</summary>
    private static int FindPhoto(string line, out int creditStart)
    {
        creditStart = -1;
        var from = 0;
        while (from < line.Length)
        {
            var at = line.IndexOf("photo", from, StringComparison.OrdinalIgnoreCase);
            if (at < 0)
            {
                return -1;
            }

            var i = at + 5;
            while (i < line.Length && line[i] == ' ')
            {
                i++;
            }

            var wordStart = at == 0 || !char.IsLetter(line[at - 1]);
            if (wordStart && i < line.Length && line[i] == ':')
            {
                creditStart = i + 1;
                return at;
            }

            from = at + 5;
        }

        return -1;
    }

    /// <summary>Whether <c>nh </c> followed by a digit (the end of every artefact, any case) occurs in <paramref name="line"/>.</summary>
    private static bool HasArtefactEnding(string line)
    {
        for (var at = 2; at + 1 < line.Length; at++)
        {
            if (line[at] == ' ' && char.IsDigit(line[at + 1]) && line[at - 1] is 'h' or 'H' && line[at - 2] is 'n' or 'N')
            {
                return true;
            }
        }

        return false;
    }

    private static int FindArtefact(string line, out int start)
    {
        start = -1;
        if (!HasArtefactEnding(line))
        {
            return -1; // the common case, without the case-insensitive searches below
        }

        foreach (var artefact in Artefacts)
        {
            var from = 0;
            while (from < line.Length)
            {
                var at = line.IndexOf(artefact, from, StringComparison.OrdinalIgnoreCase);
                if (at < 0)
                {
                    break;
                }

                var i = at + artefact.Length;
                var digits = i;
                while (i < line.Length && char.IsDigit(line[i]))
                {
                    i++;
                }

                // "ảnh 1" glued to the caption: a number right after, and a word boundary before.
                if (i > digits && i - digits <= 2 && (at == 0 || line[at - 1] == ' '))
                {
                    start = at;
                    return i;
                }

                from = at + 1;
            }
        }

        return -1;
    }
}

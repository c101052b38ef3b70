using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using System.Threading;
using DefenseDialogues.Generator.Diagnostics;
using DefenseDialogues.Generator.Model;

namespace DefenseDialogues.Generator.Extraction;

/// <summary>
/// Splits raw article text into its parts and removes the page noise: the header
/// (<c> date YYYY-MM[-DD] …</c>), photo captions and their credits (same line, bracketed, or on
/// the next line; <c>ảnh 1</c> artefacts), <c>&gt;&gt;</c> links, trailers (<c>- VNA</c>),
/// site footers and everything after <c>Voir plus</c>. Works line by line over the original
/// text so every paragraph keeps its line, column and offset in the file.
/// </summary>
internal static class ArticleReader
{
    /// <summary>Reads the article; returns null (with a diagnostic added) when the file has no usable story.</summary>
    public static ArticleText? Read(string filePath, string text, List<DiagnosticInfo> diagnostics, CancellationToken cancellationToken)
    {
        var id = Path.GetFileNameWithoutExtension(filePath);
        var name = Path.GetFileName(filePath);
        var nul = text.IndexOf('\0');
        if (nul >= 0)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticIds.UnreadableArticle, LineMap.At(filePath, text, nul), name, "it contains NUL bytes, so it is binary or UTF-16"));
            return null;
        }

        var lines = SourceLine.Split(text, cancellationToken);
        if (lines.TrueForAll(l => l.Text.Length == 0))
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticIds.EmptyArticle, TextLocation.FileStart(filePath), name));
            return null;
        }

        var builder = new Builder(text.Length);
        var first = lines.FindIndex(l => l.Text.Length > 0);
        var start = first;
        if (Header.TryParse(lines[first].Text, out var published, out var headerDay, out var headerText, out var dateStart, out var dateLength))
        {
            builder.Published = published;
            builder.HeaderDay = headerDay;
            builder.Header = lines[first].Mapped.Slice(dateStart, dateLength).ToUnit(ArticlePart.Header, 0);
            builder.ReadTitleLine(lines[first].WithText(headerText));
            start = first + 1;
        }
        else if (!DatelineSyntax.StartsWith(lines[first].Text))
        {
            builder.ReadTitleLine(lines[first]);
            start = first + 1;
        }

        for (var i = start; i < lines.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var line = lines[i];
            if (line.Text.Length == 0 || line.Text.StartsWith(">>", StringComparison.Ordinal))
            {
                continue; // blank, or a link to another story
            }

            if (Noise.EndsStory(line.Text))
            {
                break; // "Voir plus" and the site footer: what follows is another page's
            }

            if (Credits.IsCreditOnly(line.Text))
            {
                // A credit alone captions the line just above it, when nothing separates them.
                if (i > 0 && lines[i - 1].Text.Length > 0)
                {
                    builder.LineIsCaption(i - 1);
                }

                continue;
            }

            builder.ReadStoryLine(line);
        }

        var article = builder.Build(filePath, id, LineMap.Of(text));
        if (article.Paragraphs.Count == 0)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticIds.NoStory, LineMap.At(filePath, text, lines[first].Offset), name));
            return null;
        }

        return article;
    }

    /// <summary>Collects the parts as lines are read.</summary>
    private sealed class Builder
    {
        private readonly List<StoryUnit> _captions = new();

        // Captions seen, for de-duplication in constant time (a page of thousands of photos stays linear).
        private readonly HashSet<string> _captionSet = new(StringComparer.Ordinal);
        private readonly List<StoryUnit> _paragraphs = new();
        private readonly List<int> _paragraphLines = new();

        // The article's words, shared by the tokens of all its units.
        private readonly Lexicon _lexicon;

        public Builder(int textLength) => _lexicon = new Lexicon(textLength);
        private Dateline? _dateline;
        private string? _trailerCredit;
        private StoryUnit? _trailer;
        private StoryUnit? _headline;

        /// <summary>The line the headline was read from (a credit right under it makes it a caption).</summary>
        private int _headlineLine = -1;

        public YearMonthModel? Published { get; set; }

        public int? HeaderDay { get; set; }

        /// <summary>The header's <c>YYYY-MM[-DD]</c>, where the publication month was read.</summary>
        public StoryUnit? Header { get; set; }

        /// <summary>The header's text or the first line: a headline, a caption, a lead, or several of them.</summary>
        public void ReadTitleLine(SourceLine line)
        {
            var parts = Credits.SplitCaption(line.Text);
            if (parts.Caption is null)
            {
                if (LooksLikeLead(line.Text))
                {
                    ReadStoryLine(line);
                }
                else
                {
                    SetHeadline(line.Mapped, line.Number);
                }

                return;
            }

            if (parts.Before is { Length: > 0 })
            {
                SetHeadline(line.Mapped.Slice(parts.BeforeStart, parts.Before.Length), line.Number);
            }

            AddCaption(line.Mapped.Slice(parts.CaptionStart, parts.Caption.Length));
            if (parts.After is { Length: > 0 } after)
            {
                ReadStoryLine(line.WithText(after, parts.AfterStart));
            }
        }

        public void ReadStoryLine(SourceLine line)
        {
            var parts = Credits.SplitCaption(line.Text);
            if (parts.Caption is { } caption && _dateline is null && DatelineSyntax.StartsWith(caption))
            {
                // "Hanoi (VNA) – Le lead … Photo: VNA": the story's opening, with a stray credit.
                ReadStoryLine(line.WithText(caption, parts.CaptionStart));
                return;
            }

            if (parts.Caption is not null)
            {
                AddCaption(line.Mapped.Slice(parts.CaptionStart, parts.Caption.Length));
                if (parts.After is not { Length: > 0 } after)
                {
                    return;
                }

                line = line.WithText(after, parts.AfterStart);
            }

            var text = line.Mapped;
            if (_dateline is null && _paragraphs.Count <= 1 && DatelineSyntax.TryParse(text.Text, out var city, out var day, out var month, out var credit, out var length))
            {
                _dateline = new Dateline(city, day, month, credit, text.Slice(0, length).Trim().ToUnit(ArticlePart.Dateline, 0));
                text = text.Slice(length, text.Length - length);
            }

            var kept = Trailer.Strip(text.Text, ref _trailerCredit, out var creditStart);
            if (kept.Length != text.Length)
            {
                _trailer = text.Slice(creditStart, _trailerCredit!.Length).ToUnit(ArticlePart.Trailer, 0);
                text = text.Slice(0, kept.Length);
            }

            var clean = Clean(text);
            if (clean.Length > 0)
            {
                _paragraphs.Add(clean.ToUnit(ArticlePart.Paragraph, _paragraphs.Count, _lexicon));
                _paragraphLines.Add(line.Number);
            }
        }

        /// <summary>The headline or paragraph read from line <paramref name="number"/> was a caption (its credit stands on the next line).</summary>
        public void LineIsCaption(int number)
        {
            if (_headlineLine == number && _headline is not null)
            {
                AddCaption(_headline);
                _headline = null;
                _headlineLine = -1;
            }
            else if (_paragraphs.Count > 0 && _paragraphLines[_paragraphLines.Count - 1] == number)
            {
                var last = _paragraphs[_paragraphs.Count - 1];
                _paragraphs.RemoveAt(_paragraphs.Count - 1);
                _paragraphLines.RemoveAt(_paragraphLines.Count - 1);
                AddCaption(last);
            }
        }

        public ArticleText Build(string filePath, string id, LineMap lines)
            => new(filePath, id, Published, HeaderDay, _headline, _captions, _dateline, _paragraphs, _dateline?.Credit ?? _trailerCredit, lines)
            {
                Header = Header,
                Trailer = _dateline?.Credit is null ? _trailer : null,
            };

        private void SetHeadline(MappedText text, int line)
        {
            var clean = Clean(text);
            _headline = clean.Length > 0 ? clean.ToUnit(ArticlePart.Headline, 0, _lexicon) : null;
            _headlineLine = line;
        }

        private void AddCaption(MappedText caption) => AddCaption(Clean(caption).ToUnit(ArticlePart.Caption, _captions.Count, _lexicon));

        private void AddCaption(StoryUnit caption)
        {
            if (caption.Text.Length > 0 && _captionSet.Add(caption.Text))
            {
                _captions.Add(caption.Kind == ArticlePart.Caption && caption.Index == _captions.Count ? caption : caption.As(ArticlePart.Caption, _captions.Count));
            }
        }

        /// <summary>
        /// A lead reads as a sentence of the story: it opens with a dateline, or is long, or ends
        /// a full sentence. Headlines are short and carry no final period.
        /// </summary>
        private static bool LooksLikeLead(string text)
        {
            var trimmed = text.TrimEnd();
            return DatelineSyntax.StartsWith(trimmed)
                   || trimmed.Length > 160
                   || (trimmed.Length > 90 && (trimmed.EndsWith(".", StringComparison.Ordinal) || trimmed.EndsWith("\u2026", StringComparison.Ordinal)));
        }
    }

    /// <summary>White space folded to single spaces and glued sentences separated.</summary>
    internal static string Clean(string text) => Clean(new MappedText(text, null)).Text;

    /// <summary>
    /// White space folded to single spaces and glued sentences separated, keeping each character's
    /// place in the file: a folded run of spaces stands where the run began, an inserted space where
    /// the next word begins.
    /// </summary>
    internal static MappedText Clean(MappedText source)
    {
        var text = source.Text;
        if (IsClean(text))
        {
            return source; // the common case: nothing to fold or separate, so the same text and positions
        }

        var sb = new MappedText.Builder(text.Length + 8);
        var space = -2; // -2: no pending space; -1: an inserted one; else the index of the run's first blank
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                if (sb.Length > 0 && space == -2)
                {
                    space = i;
                }

                continue;
            }

            if (space != -2)
            {
                if (space >= 0)
                {
                    sb.Append(' ', source.StartOf(space), source.EndOf(space));
                }
                else
                {
                    sb.Append(' ', source.StartOf(i), source.StartOf(i));
                }

                space = -2;
            }

            sb.Append(c, source.StartOf(i), source.EndOf(i));

            // "technologie.Un tel" → "technologie. Un tel": a lower-case word (or a closing bracket or
            // quote) glued by a period to a capitalized one. Initials ("N. Luna") and domains
            // ("qdnd.vn") do not match.
            if (c == '.' && i > 0 && i + 1 < text.Length && IsSentenceEnd(text[i - 1]) && IsSentenceStart(text[i + 1]) && !IsAbbreviation(sb))
            {
                space = -1;
            }
        }

        return sb.Build();
    }

    /// <summary>
    /// Whether <see cref="Clean(MappedText)"/> would return <paramref name="text"/> unchanged: single spaces
    /// only between words, and no period that might glue two sentences (those take the full pass).
    /// </summary>
    private static bool IsClean(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                if (c != ' ' || i == 0 || i == text.Length - 1 || char.IsWhiteSpace(text[i + 1]) || char.IsControl(text[i + 1]))
                {
                    return false;
                }
            }
            else if (c == '.' && i > 0 && i + 1 < text.Length && IsSentenceEnd(text[i - 1]) && IsSentenceStart(text[i + 1]))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsSentenceEnd(char c) => char.IsLower(c) || c is ')' or '\u00BB' or '"' or '\u201D' or '%' || char.IsDigit(c);

    private static bool IsSentenceStart(char c) => char.IsUpper(c) || c is '\u00AB' or '\u201C';

    /// <summary>Abbreviations such as "av.", "etc." stay glued only if followed by a capital by accident; only "M." style initials matter and they are upper-case.</summary>
    private static bool IsAbbreviation(MappedText.Builder sb)
    {
        // "p.ex.", "c.-à-d.": a single lower-case letter before the period is an abbreviation.
        var n = sb.Length;
        return n >= 3 && char.IsLetter(sb[n - 2]) && !char.IsLetter(sb[n - 3]);
    }
}

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

            sb.Append(char.IsSurrogate(c) ? '\uFFFD' : c is '\u00A0' or '\u202F' or '\u2007' ? ' ' : c, i, i + 1);
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
            if (c >= '\u00A0' && (char.IsSurrogate(c) || c is '\u00A0' or '\u202F' or '\u2007' || IsCombining(c)))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsCombining(char c)
        => c >= '\u0300' && CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;
}

/// <summary>The header line: <c> date YYYY-MM[-DD] text</c>.</summary>
internal static class Header
{
    public static bool TryParse(string line, out YearMonthModel? published, out int? day, out string text)
        => TryParse(line, out published, out day, out text, out _, out _);

    /// <summary>Parses the header; <paramref name="dateStart"/> and <paramref name="dateLength"/> locate its <c>YYYY-MM[-DD]</c>.</summary>
    public static bool TryParse(string line, out YearMonthModel? published, out int? day, out string text, out int dateStart, out int dateLength)
    {
        published = null;
        day = null;
        text = string.Empty;
        dateStart = 0;
        dateLength = 0;
        if (!line.StartsWith("date ", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var i = 5;
        while (i < line.Length && line[i] == ' ')
        {
            i++;
        }

        dateStart = i;
        if (!Digits(line, ref i, 4, out var year) || !Dash(line, ref i) || !Digits(line, ref i, 2, out var month) || month is < 1 or > 12)
        {
            return false;
        }

        var mark = i;
        if (Dash(line, ref i) && Digits(line, ref i, 2, out var d) && d is >= 1 and <= 31)
        {
            day = d;
        }
        else
        {
            i = mark;
        }

        if (i < line.Length && line[i] != ' ')
        {
            return false;
        }

        published = new YearMonthModel(year, month);
        dateLength = i - dateStart;
        text = line.Substring(i).Trim();
        return true;
    }

    private static bool Dash(string s, ref int i)
    {
        if (i < s.Length && s[i] == '-')
        {
            i++;
            return true;
        }

        return false;
    }

    private static bool Digits(string s, ref int i, int count, out int value)
    {
        value = 0;
        if (i + count > s.Length)
        {
            return false;
        }

        for (var k = 0; k < count; k++)
        {
            var c = s[i + k];
            if (c < '0' || c > '9')
            {
                return false;
            }

            value = (value * 10) + (c - '0');
        }

        i += count;
        return true;
    }
}

/// <summary>Photo credits and the captions they close.</summary>
internal static class Credits
{
    /// <summary>Artefacts of the page's image alt text glued to captions.</summary>
    private static readonly string[] Artefacts = { "hình ảnh ", "hinh anh ", "ảnh ", "anh " };

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

/// <summary>Parses the dateline that opens a story: <c>Rome, 4 juillet (VNA) - </c>, <c>Hanoi (VNA) – </c>.</summary>
internal static class DatelineSyntax
{
    /// <summary>Whether <paramref name="text"/> opens with a dateline.</summary>
    public static bool StartsWith(string text) => TryParse(text, out _, out _, out _, out _, out _);

    /// <summary>Where a dateline starts inside <paramref name="text"/> (after a credit's source), or -1.</summary>
    public static int Find(string text)
    {
        var open = text.IndexOf('(');
        while (open > 0)
        {
            // The place is the capitalized words just before "(VNA)", at most four, and not the credit itself.
            var start = open;
            var words = 0;
            var i = open - 1;
            while (i >= 0 && words < 6)
            {
                while (i >= 0 && text[i] == ' ')
                {
                    i--;
                }

                var end = i;
                while (i >= 0 && text[i] != ' ')
                {
                    i--;
                }

                var word = text.Substring(i + 1, end - i);
                if (word.Length == 0 || !(char.IsUpper(word[0]) || word.StartsWith("d'", StringComparison.Ordinal)) || IsCreditToken(word))
                {
                    break;
                }

                start = i + 1;
                words++;
            }

            if (start < open && TryParse(text.Substring(start), out _, out _, out _, out _, out _))
            {
                return start;
            }

            open = text.IndexOf('(', open + 1);
        }

        return -1;
    }

    public static bool TryParse(string text, out string? city, out int? day, out int? month, out string? credit, out int length)
    {
        city = null;
        day = null;
        month = null;
        credit = null;
        length = 0;
        var open = text.IndexOf('(');
        if (open <= 0 || open > 60)
        {
            return false;
        }

        var close = text.IndexOf(')', open);
        if (close < 0 || close - open > 12)
        {
            return false;
        }

        var agency = text.Substring(open + 1, close - open - 1).Trim();
        if (!IsAgency(agency))
        {
            return false;
        }

        var i = close + 1;
        while (i < text.Length && text[i] == ' ')
        {
            i++;
        }

        if (i >= text.Length || text[i] is not ('-' or '\u2013' or '\u2014'))
        {
            return false;
        }

        i++;
        while (i < text.Length && text[i] == ' ')
        {
            i++;
        }

        var place = text.Substring(0, open).Trim();
        var comma = place.IndexOf(',');
        if (comma >= 0)
        {
            if (!FrenchDates.TryParseDayMonth(place.Substring(comma + 1).Trim(), out var d, out var m))
            {
                return false;
            }

            day = d;
            month = m;
            place = place.Substring(0, comma).Trim();
        }

        if (place.Length == 0 || !char.IsUpper(place[0]) || place.IndexOf('.') >= 0)
        {
            return false;
        }

        city = place;
        credit = agency;
        length = i;
        return true;
    }

    private static bool IsAgency(string agency)
    {
        if (agency.Length is < 2 or > 10)
        {
            return false;
        }

        foreach (var c in agency)
        {
            if (!(c is >= 'A' and <= 'Z' || c == '/'))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsCreditToken(string word) => word is "VNA" or "VNA/CVN" or "CVN" or "VOV" or "QDND" or "QDND/CVN" or "CTV/CVN" or "AVI" || word.IndexOf('/') >= 0 || word.IndexOf('.') >= 0;
}

/// <summary>The agency credit that closes a story: <c>- VNA</c>, <c>-VNA/VI</c>, <c>VNA/CVN</c>.</summary>
internal static class Trailer
{
    /// <summary>Removes a trailing credit from <paramref name="text"/> and records it.</summary>
    public static string Strip(string text, ref string? credit, out int creditStart)
    {
        creditStart = -1;
        var end = text.Length;
        while (end > 0 && text[end - 1] == ' ')
        {
            end--;
        }

        var start = end;
        while (start > 0 && (text[start - 1] is >= 'A' and <= 'Z' || text[start - 1] == '/'))
        {
            start--;
        }

        if (start == end || !IsAgencyCredit(text.Substring(start, end - start)))
        {
            return text;
        }

        var dash = start;
        while (dash > 0 && text[dash - 1] == ' ')
        {
            dash--;
        }

        var hasDash = dash > 0 && text[dash - 1] is '-' or '\u2013' or '\u2014';
        var alone = (hasDash ? dash - 1 : start) == 0 || text.Substring(0, hasDash ? dash - 1 : start).Trim().Length == 0;
        if (!hasDash && !alone)
        {
            return text; // "… avec la VNA" is a sentence, not a trailer
        }

        credit = text.Substring(start, end - start);
        creditStart = start;
        return text.Substring(0, hasDash ? dash - 1 : start).TrimEnd();
    }

    private static bool IsAgencyCredit(string token)
        => token is "VNA" or "AVI" or "CVN" || token.StartsWith("VNA/", StringComparison.Ordinal);
}

/// <summary>Lines after which nothing is the story's.</summary>
internal static class Noise
{
    private static readonly string[] Stoppers =
    {
        "voir plus", "rédactrice en chef", "rédacteur en chef", "permis de publication", "adresse :", "tél :", "tél.", "e-mail :", "email :", "back to top", "copyright", "©",
    };

    public static bool EndsStory(string line)
    {
        foreach (var stopper in Stoppers)
        {
            if (line.StartsWith(stopper, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}

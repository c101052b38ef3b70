using System;
using System.Collections.Generic;
using System.Text;
using DefenseDialogues.Generator.Gazetteers;
using DefenseDialogues.Generator.Model;

namespace DefenseDialogues.Generator.Extraction;

/// <summary>
/// A piece of text as the stages read it (clean, NFC) with, for each character, the span of the file
/// it came from. Cleaning collapses spaces, drops trailers and composes accents, so positions in the
/// clean text are not positions in the file; this map is how every value finds its way back.
/// </summary>
internal readonly struct MappedText
{
    private readonly int[]? _starts;
    private readonly int[]? _ends;
    private readonly int _from;

    public MappedText(string text, int[]? starts, int[]? ends, int from = 0)
    {
        Text = text;
        _starts = starts;
        _ends = ends;
        _from = from;
    }

    public string Text { get; }

    public int Length => Text.Length;

    /// <summary>Whether the characters carry file positions (text built by hand in tests does not).</summary>
    public bool IsMapped => _starts is not null;

    /// <summary>File offset of character <paramref name="i"/>.</summary>
    public int StartOf(int i) => _starts is null ? i : _starts[_from + i];

    /// <summary>File offset just after character <paramref name="i"/> (an NFD letter spans its marks).</summary>
    public int EndOf(int i) => _ends is null ? i + 1 : _ends[_from + i];

    /// <summary>The characters [<paramref name="start"/>, <paramref name="start"/> + <paramref name="length"/>), with their positions.</summary>
    public MappedText Slice(int start, int length)
        => new(Text.Substring(start, length), _starts, _ends, _from + start);

    /// <summary>The slice whose text is <paramref name="piece"/> (first occurrence); unmapped when absent.</summary>
    public MappedText Find(string piece)
    {
        var at = Text.IndexOf(piece, StringComparison.Ordinal);
        return at >= 0 ? Slice(at, piece.Length) : new MappedText(piece, null, null);
    }

    /// <summary>The slice without leading and trailing white space.</summary>
    public MappedText Trim()
    {
        var start = 0;
        var end = Text.Length;
        while (start < end && char.IsWhiteSpace(Text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(Text[end - 1]))
        {
            end--;
        }

        return start == 0 && end == Text.Length ? this : Slice(start, end - start);
    }

    /// <summary>Copies the positions out (for a unit that outlives the reader's buffers).</summary>
    public StoryUnit ToUnit(ArticlePart kind, int index, Lexicon? lexicon = null)
    {
        if (_starts is null)
        {
            return new StoryUnit(kind, index, Text, null, null, lexicon);
        }

        var starts = new int[Text.Length];
        var ends = new int[Text.Length];
        Array.Copy(_starts, _from, starts, 0, Text.Length);
        Array.Copy(_ends!, _from, ends, 0, Text.Length);
        return new StoryUnit(kind, index, Text, starts, ends, lexicon);
    }

    /// <summary>Builds mapped text one character at a time.</summary>
    public sealed class Builder
    {
        private readonly StringBuilder _text;
        private readonly List<int> _starts;
        private readonly List<int> _ends;

        public Builder(int capacity)
        {
            _text = new StringBuilder(capacity);
            _starts = new List<int>(capacity);
            _ends = new List<int>(capacity);
        }

        public int Length => _text.Length;

        public char this[int i] => _text[i];

        public void Append(char c, int start, int end)
        {
            _text.Append(c);
            _starts.Add(start);
            _ends.Add(end);
        }

        public void Append(string s, int start, int end)
        {
            foreach (var c in s)
            {
                Append(c, start, end);
            }
        }

        public MappedText Build() => new(_text.ToString(), _starts.ToArray(), _ends.ToArray());
    }
}

/// <summary>
/// One part of the article (headline, paragraph, caption, and the header, dateline and trailer the
/// story's metadata came from): its clean text, the file span of each character, and its tokens,
/// cut once and shared by every stage.
/// </summary>
internal sealed class StoryUnit
{
    private readonly int[]? _starts;
    private readonly int[]? _ends;
    private readonly Lexicon? _lexicon;
    private IReadOnlyList<PhraseToken>? _tokens;
    private List<Word>? _words;

    // lexicon: the article's words, shared by its units' tokens (null: each unit folds its own).
    public StoryUnit(ArticlePart kind, int index, string text, int[]? starts, int[]? ends, Lexicon? lexicon = null)
    {
        Kind = kind;
        Index = index;
        Text = text;
        _starts = starts;
        _ends = ends;
        _lexicon = lexicon;
    }

    public ArticlePart Kind { get; }

    /// <summary>Index among the units of its kind (the paragraph's or caption's number), else 0.</summary>
    public int Index { get; }

    public string Text { get; }

    /// <summary>The text cut into phrase tokens (names, cues), once.</summary>
    public IReadOnlyList<PhraseToken> Tokens => _tokens ??= PhraseTokenizer.Tokenize(Text, _lexicon);

    /// <summary>The text cut into words (dates, ordinals), once.</summary>
    public List<Word> Words => _words ??= TextWords.Of(Text, _lexicon);

    /// <summary>The same text and positions as another kind of unit (a paragraph found to be a caption).</summary>
    public StoryUnit As(ArticlePart kind, int index) => new(kind, index, Text, _starts, _ends, _lexicon);

    /// <summary>File offset of character <paramref name="i"/>.</summary>
    public int StartOf(int i) => _starts is null ? i : _starts.Length == 0 ? 0 : i < _starts.Length ? _starts[i] : _ends![_ends.Length - 1];

    /// <summary>File offset just after character <paramref name="i"/>.</summary>
    public int EndOf(int i) => _ends is null ? i + 1 : _ends.Length == 0 ? 0 : _ends[Math.Min(i, _ends.Length - 1)];

    /// <summary>The span of characters [<paramref name="start"/>, <paramref name="end"/>).</summary>
    public StorySpan Span(int start, int end) => new(this, start, Math.Max(start, end));

    /// <summary>The span of tokens [<paramref name="first"/>, <paramref name="last"/>) (exclusive end).</summary>
    public StorySpan TokenSpan(int first, int last)
    {
        var tokens = Tokens;
        last = Math.Min(Math.Max(last, first + 1), tokens.Count);
        return new StorySpan(this, tokens[first].Start, tokens[last - 1].End);
    }
}

/// <summary>Where in the article a value was read: characters [Start, End) of one unit's clean text.</summary>
internal readonly record struct StorySpan(StoryUnit Unit, int Start, int End)
{
    /// <summary>The clean words the span covers.</summary>
    public string Text => Unit.Text.Substring(Start, End - Start);
}

/// <summary>
/// Line starts of a file, to turn file offsets into the line and column an editor shows
/// (zero-based; LF, CRLF and CR end lines; a BOM is not a column).
/// </summary>
internal sealed class LineMap
{
    private readonly List<int> _starts;

    private LineMap(List<int> starts) => _starts = starts;

    public static LineMap Of(string text)
    {
        var starts = new List<int> { text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0 };
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\n' || (c == '\r' && (i + 1 >= text.Length || text[i + 1] != '\n')))
            {
                starts.Add(i + 1);
            }
        }

        return new LineMap(starts);
    }

    /// <summary>Zero-based line and column of <paramref name="offset"/>.</summary>
    public (int Line, int Column) PositionOf(int offset)
    {
        var index = _starts.BinarySearch(offset);
        var line = index >= 0 ? index : Math.Max(0, ~index - 1);
        return (line, Math.Max(0, offset - _starts[line]));
    }

    /// <summary>The file location of [<paramref name="start"/>, <paramref name="end"/>).</summary>
    public TextLocation Locate(string filePath, int start, int end)
    {
        var (startLine, startColumn) = PositionOf(start);
        var (endLine, endColumn) = PositionOf(end);
        return new TextLocation(filePath, start, end - start, startLine, startColumn, endLine, endColumn);
    }

    /// <summary>A one-character location at <paramref name="offset"/> of <paramref name="text"/> (for problems found before the article is read).</summary>
    public static TextLocation At(string filePath, string text, int offset) => Of(text).Locate(filePath, offset, offset + 1);

    /// <summary>The file location of a span of a unit.</summary>
    public TextLocation Locate(string filePath, StorySpan span)
        => span.End > span.Start
            ? Locate(filePath, span.Unit.StartOf(span.Start), span.Unit.EndOf(span.End - 1))
            : Locate(filePath, span.Unit.StartOf(span.Start), span.Unit.StartOf(span.Start));

}

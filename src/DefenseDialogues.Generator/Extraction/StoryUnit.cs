using System;
using System.Collections.Generic;
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
    private readonly PositionMap? _map;
    private readonly int _from;

    /// <summary>Text whose character <c>i</c> is character <paramref name="from"/> + <c>i</c> of <paramref name="map"/> (null: unmapped).</summary>
    public MappedText(string text, PositionMap? map, int from = 0)
    {
        Text = text;
        _map = map;
        _from = from;
    }

    public string Text { get; }

    public int Length => Text.Length;

    /// <summary>Whether the characters carry file positions (text built by hand in tests does not).</summary>
    public bool IsMapped => _map is not null;

    /// <summary>File offset of character <paramref name="i"/>.</summary>
    public int StartOf(int i) => _map is null ? i : _map.StartOf(_from + i);

    /// <summary>File offset just after character <paramref name="i"/> (an NFD letter spans its marks).</summary>
    public int EndOf(int i) => _map is null ? i + 1 : _map.EndOf(_from + i);

    /// <summary>The characters [<paramref name="start"/>, <paramref name="start"/> + <paramref name="length"/>), with their positions.</summary>
    public MappedText Slice(int start, int length)
        => new(Text.Substring(start, length), _map, _from + start);

    /// <summary>The slice whose text is <paramref name="piece"/> (first occurrence); unmapped when absent.</summary>
    public MappedText Find(string piece)
    {
        var at = Text.IndexOf(piece, StringComparison.Ordinal);
        return at >= 0 ? Slice(at, piece.Length) : new MappedText(piece, null);
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

    /// <summary>The text as a unit of the article; the unit shares the (immutable) positions.</summary>
    public StoryUnit ToUnit(ArticlePart kind, int index, Lexicon? lexicon = null)
        => new(kind, index, Text, _map, _from, lexicon);

    /// <summary>Builds mapped text one character at a time.</summary>
    public sealed class Builder
    {
        private readonly PositionMap.Builder _map = new();
        private char[] _text;
        private int _length;

        public Builder(int capacity) => _text = new char[Math.Max(capacity, 4)];

        public int Length => _length;

        public char this[int i] => _text[i];

        public void Append(char c, int start, int end)
        {
            if (_length == _text.Length)
            {
                Array.Resize(ref _text, _text.Length * 2);
            }

            _text[_length++] = c;
            _map.Add(start, end);
        }

        public void Append(string s, int start, int end)
        {
            foreach (var c in s)
            {
                Append(c, start, end);
            }
        }

        public MappedText Build() => new(new string(_text, 0, _length), _map.Build());
    }
}

/// <summary>
/// The file span of each character of a text, stored as runs: most characters are copied one for one
/// from the file, so a run of them is one entry (its first character's offset), and only the others
/// (a folded run of spaces, an inserted space, a composed letter) take an entry each. A long article
/// keeps a few entries per paragraph instead of two offsets per character.
/// </summary>
internal sealed class PositionMap
{
    // Run r starts at character _index[r]. A copied run (_end[r] < 0): character i came from
    // _start[r] + (i - _index[r]) and spans one file character. Otherwise the run is the one
    // character _index[r], spanning [_start[r], _end[r]).
    private readonly int[] _index;
    private readonly int[] _start;
    private readonly int[] _end;
    private readonly int _length;

    private PositionMap(int[] index, int[] start, int[] end, int length)
    {
        _index = index;
        _start = start;
        _end = end;
        _length = length;
    }

    /// <summary>The map of <paramref name="length"/> characters copied from the file at <paramref name="offset"/>.</summary>
    public static PositionMap Copied(int offset, int length)
        => length == 0 ? Empty : new PositionMap(Zero, new[] { offset }, MinusOne, length);

    // The shared pieces of maps: no run, or one copied run starting at character 0.
    private static readonly int[] Zero = { 0 };
    private static readonly int[] MinusOne = { -1 };
    private static readonly PositionMap Empty = new(Array.Empty<int>(), Array.Empty<int>(), Array.Empty<int>(), 0);

    /// <summary>File offset of character <paramref name="i"/>.</summary>
    public int StartOf(int i)
    {
        var r = RunOf(i);
        return _end[r] < 0 ? _start[r] + (i - _index[r]) : _start[r];
    }

    /// <summary>File offset just after character <paramref name="i"/>.</summary>
    public int EndOf(int i)
    {
        var r = RunOf(i);
        return _end[r] < 0 ? _start[r] + (i - _index[r]) + 1 : _end[r];
    }

    // The last run starting at or before character i.
    private int RunOf(int i)
    {
        if (i < 0 || i >= _length)
        {
            throw new IndexOutOfRangeException();
        }

        var lo = 0;
        var hi = _index.Length - 1;
        while (lo < hi)
        {
            var mid = (lo + hi + 1) >> 1;
            if (_index[mid] <= i)
            {
                lo = mid;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return lo;
    }

    /// <summary>Collects the spans of characters appended one by one.</summary>
    public sealed class Builder
    {
        private readonly List<int> _index = new();
        private readonly List<int> _start = new();
        private readonly List<int> _end = new();
        private int _length;

        /// <summary>Appends the next character, which spans [<paramref name="start"/>, <paramref name="end"/>) of the file.</summary>
        public void Add(int start, int end)
        {
            var last = _index.Count - 1;
            var copied = end == start + 1;
            if (!copied || last < 0 || _end[last] >= 0 || _start[last] + (_length - _index[last]) != start)
            {
                _index.Add(_length);
                _start.Add(start);
                _end.Add(copied ? -1 : end);
            }

            _length++;
        }

        public PositionMap Build() => new(_index.ToArray(), _start.ToArray(), _end.ToArray(), _length);
    }
}

/// <summary>
/// One part of the article (headline, paragraph, caption, and the header, dateline and trailer the
/// story's metadata came from): its clean text, the file span of each character, and its tokens,
/// cut once and shared by every stage.
/// </summary>
internal sealed class StoryUnit
{
    private readonly PositionMap? _map;
    private readonly int _from;
    private Lexicon? _lexicon;
    private IReadOnlyList<PhraseToken>? _tokens;

    // map, from: the positions of the text's characters, from character `from` of the map (null: unmapped).
    // lexicon: the article's words, shared by its units' tokens (null: the unit makes its own if tokenized).
    public StoryUnit(ArticlePart kind, int index, string text, PositionMap? map = null, int from = 0, Lexicon? lexicon = null)
    {
        Kind = kind;
        Index = index;
        Text = text;
        _map = map;
        _from = from;
        _lexicon = lexicon;
    }

    public ArticlePart Kind { get; }

    /// <summary>Index among the units of its kind (the paragraph's or caption's number), else 0.</summary>
    public int Index { get; }

    public string Text { get; }

    /// <summary>The text cut into phrase tokens (names, cues), once.</summary>
    public IReadOnlyList<PhraseToken> Tokens => _tokens ??= PhraseTokenizer.Tokenize(Text, _lexicon ??= new Lexicon(Text.Length));

    /// <summary>
    /// Cuts the text into words (dates, ordinals), replacing the contents of <paramref name="words"/>.
    /// Only the date stage reads words, once per unit, so they are cut on demand into the stage's buffer
    /// and not kept: a long article does not carry them through the other stages.
    /// </summary>
    public void CutWords(List<Word> words) => TextWords.Cut(Text, _lexicon ??= new Lexicon(Text.Length), words);

    /// <summary>The same text and positions as another kind of unit (a paragraph found to be a caption).</summary>
    public StoryUnit As(ArticlePart kind, int index) => new(kind, index, Text, _map, _from, _lexicon);

    /// <summary>File offset of character <paramref name="i"/> (past the end: the end of the last character).</summary>
    public int StartOf(int i) => _map is null ? i : Text.Length == 0 ? 0 : i < Text.Length ? _map.StartOf(_from + i) : _map.EndOf(_from + Text.Length - 1);

    /// <summary>File offset just after character <paramref name="i"/>.</summary>
    public int EndOf(int i) => _map is null ? i + 1 : Text.Length == 0 ? 0 : _map.EndOf(_from + Math.Min(i, Text.Length - 1));

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

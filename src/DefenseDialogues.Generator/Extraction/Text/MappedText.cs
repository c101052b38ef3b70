using System;

namespace DefenseDialogues.Generator.Extraction.Text;

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

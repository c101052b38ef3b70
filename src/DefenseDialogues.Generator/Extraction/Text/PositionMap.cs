using System.Collections.Generic;
using System;

namespace DefenseDialogues.Generator.Extraction.Text;

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

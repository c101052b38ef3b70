using System.Collections.Generic;

namespace DefenseDialogues.Generator.Extraction.Text;

/// <summary>
/// The distinct words and marks of one article, each written form stored once with its key (words
/// folded with <see cref="TextFolding.Fold"/>) under a number. An article repeats a small vocabulary,
/// so the tokenizers look a word up here instead of cutting and folding it again, and a unit's tokens
/// keep numbers rather than strings (<see cref="TokenList"/>): a long article allocates per new word,
/// not per word read, and its tokens hold no references for the GC to trace.
/// One per article, used only by the thread that reads it (not thread-safe).
/// </summary>
internal sealed class Lexicon
{
    // Chunk sizes in tokens of 12 bytes: below the large-object threshold (85,000 bytes), and above it
    // for long articles only, whose tokens the GC would otherwise copy from generation to generation.
    private const int SmallChunkTokens = 7000;
    private const int LargeChunkTokens = 8192;
    private const int LongArticle = 1_000_000;

    // Open addressing over a power-of-two table: slot holds entry number + 1, 0 when empty.
    private int[] _slots = new int[32];
    private string[] _written = new string[16];
    private string[] _keys = new string[16];
    private int[] _hashes = new int[16];
    private int _count;

    // ASCII marks by character: entry number + 1, 0 until first seen.
    private readonly int[] _marks = new int[128];

    // Scratch list the tokenizer cuts into before storing the unit's tokens.
    private readonly List<PackedToken> _tokens = new();

    // The article's tokens, unit after unit, in chunks; a long article's chunks are large objects,
    // which the GC does not compact, so its hundreds of thousands of tokens are never copied.
    private readonly int _chunkTokens;
    private PackedToken[] _chunk;
    private int _chunkUsed;

    /// <summary>A lexicon for a text of about <paramref name="textLength"/> characters (sizes the chunks of tokens).</summary>
    public Lexicon(int textLength = 0)
    {
        // About one token per four characters.
        _chunkTokens = textLength >= LongArticle ? LargeChunkTokens : SmallChunkTokens;
        _chunk = new PackedToken[System.Math.Min(System.Math.Max(textLength / 4, 64), _chunkTokens)];
    }

    /// <summary>The tokenizer's scratch list, emptied.</summary>
    public List<PackedToken> TokenBuffer()
    {
        _tokens.Clear();
        return _tokens;
    }

    /// <summary>Copies <paramref name="tokens"/> into the article's token store: the array and <paramref name="offset"/> where they stand.</summary>
    public PackedToken[] Store(List<PackedToken> tokens, out int offset)
    {
        if (_chunkUsed + tokens.Count > _chunk.Length)
        {
            // A new chunk, twice the last up to the chunk size, or the unit's own size.
            _chunk = new PackedToken[System.Math.Max(tokens.Count, System.Math.Min(_chunk.Length * 2, _chunkTokens))];
            _chunkUsed = 0;
        }

        offset = _chunkUsed;
        tokens.CopyTo(_chunk, _chunkUsed);
        _chunkUsed += tokens.Count;
        return _chunk;
    }

    /// <summary>The characters as written of entry <paramref name="number"/>.</summary>
    public string Written(int number) => _written[number];

    /// <summary>The key of entry <paramref name="number"/>.</summary>
    public string Key(int number) => _keys[number];

    /// <summary>
    /// The number of the word [<paramref name="start"/>, <paramref name="start"/> + <paramref name="length"/>)
    /// of <paramref name="text"/>, whose key is its folded form.
    /// </summary>
    public int Word(string text, int start, int length) => Find(text, start, length, null);

    /// <summary>The number of the mark <paramref name="text"/>[<paramref name="at"/>], whose key is <paramref name="key"/> (a mark is not folded).</summary>
    public int Mark(string text, int at, string key)
    {
        var c = text[at];
        if (c >= _marks.Length)
        {
            return Find(text, at, 1, key);
        }

        if (_marks[c] == 0)
        {
            _marks[c] = Find(text, at, 1, key) + 1;
        }

        return _marks[c] - 1;
    }

    // The entry of the written form, added (with `key`, or folded when null) when new.
    private int Find(string text, int start, int length, string? key)
    {
        var hash = Hash(text, start, length);
        var mask = _slots.Length - 1;
        var slot = hash & mask;
        while (_slots[slot] != 0)
        {
            var number = _slots[slot] - 1;
            var written = _written[number];
            if (_hashes[number] == hash && written.Length == length && string.CompareOrdinal(written, 0, text, start, length) == 0)
            {
                return number;
            }

            slot = (slot + 1) & mask;
        }

        if (_count == _written.Length)
        {
            System.Array.Resize(ref _written, _count * 2);
            System.Array.Resize(ref _keys, _count * 2);
            System.Array.Resize(ref _hashes, _count * 2);
        }

        var added = _count++;
        _written[added] = text.Substring(start, length);
        _keys[added] = key ?? TextFolding.Fold(_written[added]);
        _hashes[added] = hash;
        _slots[slot] = added + 1;
        if (_count * 2 > _slots.Length)
        {
            Grow();
        }

        return added;
    }

    private void Grow()
    {
        _slots = new int[_slots.Length * 2];
        var mask = _slots.Length - 1;
        for (var k = 0; k < _count; k++)
        {
            var slot = _hashes[k] & mask;
            while (_slots[slot] != 0)
            {
                slot = (slot + 1) & mask;
            }

            _slots[slot] = k + 1;
        }
    }

    // FNV-1a over the UTF-16 code units, kept non-negative for masking.
    private static int Hash(string text, int start, int length)
    {
        var hash = 2166136261u;
        for (var i = start; i < start + length; i++)
        {
            hash = (hash ^ text[i]) * 16777619u;
        }

        return (int)(hash & 0x7FFFFFFF);
    }
}

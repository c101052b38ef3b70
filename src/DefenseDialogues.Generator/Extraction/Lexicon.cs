using System.Collections.Generic;
using DefenseDialogues.Generator.Gazetteers;

namespace DefenseDialogues.Generator.Extraction;

/// <summary>
/// The distinct words of one article, each written form stored once with its folded key
/// (<see cref="TextFolding.Fold"/>). An article repeats a small vocabulary, so the tokenizers look a
/// word up here instead of cutting and folding it again: a long article allocates per new word, not
/// per word read. One per article, used only by the thread that reads it (not thread-safe).
/// </summary>
internal sealed class Lexicon
{
    // Open addressing over a power-of-two table: slot holds entry index + 1, 0 when empty.
    private int[] _slots = new int[256];
    private Entry[] _entries = new Entry[128];
    private int _count;

    // Scratch lists the tokenizers cut into before copying out an exact-size list.
    private readonly List<PhraseToken> _tokens = new();
    private readonly List<Word> _words = new();

    /// <summary>The tokenizer's scratch list, emptied.</summary>
    public List<PhraseToken> TokenBuffer()
    {
        _tokens.Clear();
        return _tokens;
    }

    /// <summary>The word cutter's scratch list, emptied.</summary>
    public List<Word> WordBuffer()
    {
        _words.Clear();
        return _words;
    }

    /// <summary>
    /// The characters [<paramref name="start"/>, <paramref name="start"/> + <paramref name="length"/>) of
    /// <paramref name="text"/> as a string (<paramref name="written"/>) and folded (<paramref name="key"/>).
    /// </summary>
    public void Word(string text, int start, int length, out string written, out string key)
    {
        var hash = Hash(text, start, length);
        var mask = _slots.Length - 1;
        var slot = hash & mask;
        while (_slots[slot] != 0)
        {
            ref var entry = ref _entries[_slots[slot] - 1];
            if (entry.Hash == hash && entry.Written.Length == length && string.CompareOrdinal(entry.Written, 0, text, start, length) == 0)
            {
                written = entry.Written;
                key = entry.Key;
                return;
            }

            slot = (slot + 1) & mask;
        }

        written = text.Substring(start, length);
        key = TextFolding.Fold(written);
        if (_count == _entries.Length)
        {
            System.Array.Resize(ref _entries, _count * 2);
        }

        _entries[_count++] = new Entry(hash, written, key);
        _slots[slot] = _count;
        if (_count * 2 > _slots.Length)
        {
            Grow();
        }
    }

    private void Grow()
    {
        _slots = new int[_slots.Length * 2];
        var mask = _slots.Length - 1;
        for (var k = 0; k < _count; k++)
        {
            var slot = _entries[k].Hash & mask;
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

    private readonly struct Entry
    {
        public Entry(int hash, string written, string key)
        {
            Hash = hash;
            Written = written;
            Key = key;
        }

        public int Hash { get; }

        public string Written { get; }

        public string Key { get; }
    }
}

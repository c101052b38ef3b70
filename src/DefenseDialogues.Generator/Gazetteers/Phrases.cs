using System;
using System.Collections.Generic;
using System.Globalization;
using DefenseDialogues.Generator.Extraction;

namespace DefenseDialogues.Generator.Gazetteers;

/// <summary>
/// One word or punctuation mark of a text. Gazetteer phrases and article text are cut by the same
/// tokenizer, so a phrase matches the text whatever its spacing (<c>Vietnam-Japon</c>,
/// <c>Vietnam - Japon</c>), diacritics, case or apostrophes.
/// </summary>
internal readonly record struct PhraseToken
{
    // The offsets with the two flags in their sign bits, as in PackedToken.
    private readonly int _start;
    private readonly int _end;

    /// <param name="start">Offset of the first character in the source string.</param>
    /// <param name="end">Offset just past the last character.</param>
    /// <param name="text">The characters as written.</param>
    /// <param name="key">The folded form (<see cref="TextFolding.Fold"/>); <c>-</c> for every dash.</param>
    /// <param name="spaceBefore">Whether white space separates it from the previous token.</param>
    /// <param name="isWord">A word (letters, digits, inner apostrophes) rather than punctuation.</param>
    public PhraseToken(int start, int end, string text, string key, bool spaceBefore, bool isWord)
        : this(new PackedToken(start, end, 0, spaceBefore, isWord), text, key)
    {
    }

    /// <summary>The token <paramref name="packed"/> with its strings.</summary>
    internal PhraseToken(PackedToken packed, string text, string key)
    {
        _start = packed.PackedStart;
        _end = packed.PackedEnd;
        Text = text;
        Key = key;
    }

    /// <summary>Offset of the first character in the source string.</summary>
    public int Start => _start & int.MaxValue;

    /// <summary>Offset just past the last character.</summary>
    public int End => _end & int.MaxValue;

    /// <summary>The characters as written.</summary>
    public string Text { get; }

    /// <summary>The folded form (<see cref="TextFolding.Fold"/>); <c>-</c> for every dash.</summary>
    public string Key { get; }

    /// <summary>Whether white space separates it from the previous token.</summary>
    public bool SpaceBefore => _start < 0;

    /// <summary>A word (letters, digits, inner apostrophes) rather than punctuation.</summary>
    public bool IsWord => _end < 0;

    /// <summary>A word whose first letter is upper case (<c>Hanoï</c>, <c>État</c>).</summary>
    public bool IsCapitalized => IsWord && char.IsUpper(Text[0]);

    /// <summary>Whether this token is the given punctuation mark or word key.</summary>
    public bool Is(string key) => string.Equals(Key, key, StringComparison.Ordinal);
}

/// <summary>A token as a unit keeps it: its offsets and flags, and its lexicon entry's number (no reference).</summary>
internal readonly struct PackedToken
{
    public PackedToken(int start, int end, int entry, bool spaceBefore, bool isWord)
    {
        // The flags ride in the sign bits of the offsets, which are never negative.
        PackedStart = start | (spaceBefore ? int.MinValue : 0);
        PackedEnd = end | (isWord ? int.MinValue : 0);
        Entry = entry;
    }

    public int PackedStart { get; }

    public int PackedEnd { get; }

    /// <summary>The number of the token's written form and key in the article's <see cref="Lexicon"/>.</summary>
    public int Entry { get; }
}

/// <summary>
/// A unit's tokens, stored packed (12 bytes, no references) and made whole when read: a long article
/// keeps hundreds of thousands of tokens alive through every stage, and the GC neither traces nor
/// fixes up anything inside these arrays.
/// </summary>
internal sealed class TokenList : IReadOnlyList<PhraseToken>
{
    private readonly Lexicon _lexicon;
    private readonly PackedToken[] _tokens;
    private readonly int _offset;

    /// <summary>The tokens [<paramref name="offset"/>, <paramref name="offset"/> + <paramref name="count"/>) of <paramref name="tokens"/>.</summary>
    public TokenList(Lexicon lexicon, PackedToken[] tokens, int offset, int count)
    {
        _lexicon = lexicon;
        _tokens = tokens;
        _offset = offset;
        Count = count;
    }

    public int Count { get; }

    public PhraseToken this[int index]
    {
        get
        {
            if ((uint)index >= (uint)Count)
            {
                throw new ArgumentOutOfRangeException(nameof(index));
            }

            var packed = _tokens[_offset + index];
            return new PhraseToken(packed, _lexicon.Written(packed.Entry), _lexicon.Key(packed.Entry));
        }
    }

    public IEnumerator<PhraseToken> GetEnumerator()
    {
        for (var k = 0; k < Count; k++)
        {
            yield return this[k];
        }
    }

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
}

/// <summary>Cuts text into <see cref="PhraseToken"/>s in one linear pass.</summary>
internal static class PhraseTokenizer
{
    // French elisions are split off (`l'Italie` -> `l'` `Italie`) so that the noun matches alone;
    // a capital consonant + apostrophe inside a name (`M'tumuke`) is not an elision and stays whole.
    private static readonly HashSet<string> Elisions = new(StringComparer.Ordinal)
    {
        "l'", "d'", "qu'", "n'", "s'", "j'", "c'", "jusqu'", "lorsqu'", "puisqu'",
    };

    public static IReadOnlyList<PhraseToken> Tokenize(string text) => Tokenize(text, new Lexicon());

    /// <summary>Tokenizes <paramref name="text"/>, its words and marks numbered in <paramref name="lexicon"/> (the article's).</summary>
    public static TokenList Tokenize(string text, Lexicon lexicon)
    {
        // Cut into the lexicon's reusable buffer, then stored at its exact size: no growth garbage.
        var tokens = lexicon.TokenBuffer();
        var i = 0;
        var space = false;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c) || c == '\u00A0' || c == '\u202F')
            {
                space = true;
                i++;
                continue;
            }

            if (IsWordChar(c))
            {
                var start = i;
                while (i < text.Length && (IsWordChar(text[i]) || (IsApostrophe(text[i]) && i + 1 < text.Length && IsWordChar(text[i + 1]) && i > start)))
                {
                    i++;
                }

                AddWord(tokens, lexicon, text, start, i, space);
                space = false;
                continue;
            }

            var key = IsDash(c) ? "-" : IsApostrophe(c) ? "'" : null;
            tokens.Add(new PackedToken(i, i + 1, lexicon.Mark(text, i, key ?? Mark(c)), space, false));
            space = false;
            i++;
        }

        var store = lexicon.Store(tokens, out var offset);
        return new TokenList(lexicon, store, offset, tokens.Count);
    }

    private static void AddWord(List<PackedToken> tokens, Lexicon lexicon, string text, int start, int end, bool space)
    {
        for (var k = start; k < end; k++)
        {
            if (!IsApostrophe(text[k]))
            {
                continue;
            }

            var elided = lexicon.Word(text, start, k - start + 1);
            var prefix = lexicon.Key(elided);
            var isElision = Elisions.Contains(prefix) && !(k - start == 1 && char.IsUpper(text[start]) && prefix != "l'" && prefix != "d'");
            if (isElision)
            {
                tokens.Add(new PackedToken(start, k + 1, elided, space, true));
                AddWord(tokens, lexicon, text, k + 1, end, false);
                return;
            }

            break;
        }

        tokens.Add(new PackedToken(start, end, lexicon.Word(text, start, end - start), space, true));
    }

    // Punctuation marks as strings, made once.
    private static readonly string[] AsciiMarks = AsciiStrings();

    private static string Mark(char c) => c < AsciiMarks.Length ? AsciiMarks[c] : c.ToString();

    private static string[] AsciiStrings()
    {
        var strings = new string[128];
        for (var c = 0; c < strings.Length; c++)
        {
            strings[c] = ((char)c).ToString();
        }

        return strings;
    }

    private static bool IsWordChar(char c)
        => char.IsLetterOrDigit(c) || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark;

    internal static bool IsApostrophe(char c) => c is '\'' or '\u2019' or '\u2018' or '\u02BC';

    private static bool IsDash(char c) => c is '-' or '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014';
}

/// <summary>
/// Phrases (sequences of folded token keys) mapped to values, matched longest first at a token
/// position. A trie over token keys: a lookup walks the tokens once, as far as some phrase goes,
/// with one dictionary probe per token and no string built.
/// </summary>
internal sealed class PhraseTable<T>
{
    private readonly Node _root = new();

    // Most tokens start no phrase: the first words' shapes reject them before any hashing.
    private readonly KeyFilter _firstWords = new();

    /// <summary>The longest phrase, in tokens.</summary>
    public int MaxLength { get; private set; }

    /// <summary>Adds <paramref name="phrase"/>; returns the value already stored under the same key, if any.</summary>
    public bool TryAdd(string phrase, T value, out T existing)
    {
        var tokens = PhraseTokenizer.Tokenize(phrase);
        if (tokens.Count == 0 || !tokens[0].IsWord)
        {
            throw new System.IO.InvalidDataException("a phrase must start with a word: '" + phrase + "'");
        }

        var node = _root;
        foreach (var token in tokens)
        {
            node.Children ??= new Dictionary<string, Node>(StringComparer.Ordinal);
            if (!node.Children.TryGetValue(token.Key, out var child))
            {
                child = new Node();
                node.Children.Add(token.Key, child);
            }

            node = child;
        }

        _firstWords.Add(tokens[0].Key);
        if (node.HasValue)
        {
            existing = node.Value;
            return false;
        }

        existing = default!;
        node.HasValue = true;
        node.Value = value;
        MaxLength = Math.Max(MaxLength, tokens.Count);
        return true;
    }

    /// <summary>The value of a whole phrase (folded and tokenized like the table).</summary>
    public bool TryGet(string phrase, out T value)
    {
        var tokens = PhraseTokenizer.Tokenize(phrase);
        var node = _root;
        foreach (var token in tokens)
        {
            if (node.Children is null || !node.Children.TryGetValue(token.Key, out node))
            {
                value = default!;
                return false;
            }
        }

        value = node.Value;
        return node.HasValue;
    }

    /// <summary>The longest phrase starting at <paramref name="start"/>; <paramref name="length"/> in tokens.</summary>
    public bool TryMatch(IReadOnlyList<PhraseToken> tokens, int start, out T value, out int length)
    {
        value = default!;
        length = 0;
        if (start >= tokens.Count)
        {
            return false;
        }

        var first = tokens[start];
        if (!first.IsWord || !_firstWords.MayContain(first.Key))
        {
            return false;
        }

        var node = _root;
        for (var k = start; k < tokens.Count && node.Children is not null && node.Children.TryGetValue(tokens[k].Key, out node); k++)
        {
            if (node.HasValue)
            {
                value = node.Value;
                length = k - start + 1;
            }
        }

        return length > 0;
    }

    /// <summary>Adds the first word of every phrase to <paramref name="filter"/>.</summary>
    public void AddFirstWordsTo(KeyFilter filter)
    {
        foreach (var key in _root.Children?.Keys ?? (IEnumerable<string>)Array.Empty<string>())
        {
            filter.Add(key);
        }
    }

    /// <summary>Whether the single token <paramref name="token"/> is a whole phrase of the table.</summary>
    public bool Contains(PhraseToken token)
        => token.IsWord && _firstWords.MayContain(token.Key) && _root.Children is not null && _root.Children.TryGetValue(token.Key, out var node) && node.HasValue;

    private sealed class Node
    {
        public Dictionary<string, Node>? Children;
        public bool HasValue;
        public T Value = default!;
    }
}

/// <summary>
/// A quick, exact rejection test for a set of folded keys: a one-hash Bloom filter over each key's
/// length and first, second and last characters. A key it rejects is not in the set; one it accepts may be.
/// </summary>
internal sealed class KeyFilter
{
    private const int Bits = 1 << 13;

    private readonly ulong[] _bits = new ulong[Bits / 64];

    public void Add(string key)
    {
        var h = Hash(key);
        _bits[h >> 6] |= 1UL << (h & 63);
    }

    public bool MayContain(string key)
    {
        var h = Hash(key);
        return (_bits[h >> 6] & (1UL << (h & 63))) != 0;
    }

    private static int Hash(string key)
    {
        var n = key.Length;
        var h = n == 0 ? 0 : (key[0] * 7919) ^ (key[n - 1] * 131) ^ (n > 1 ? key[1] * 31 : 0);
        return (h ^ (n * 1543)) & (Bits - 1);
    }
}

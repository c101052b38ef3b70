using System;

namespace DefenseDialogues.Generator.Extraction.Text;

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

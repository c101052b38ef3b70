using System.Collections.Generic;
using System;

namespace DefenseDialogues.Generator.Extraction.Text;

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

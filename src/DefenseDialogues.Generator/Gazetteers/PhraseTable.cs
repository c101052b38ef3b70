using System.Collections.Generic;
using System;
using DefenseDialogues.Generator.Extraction.Text;

namespace DefenseDialogues.Generator.Gazetteers;

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

using System.Collections.Generic;
using System;

namespace DefenseDialogues.Generator.Extraction.Text;

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

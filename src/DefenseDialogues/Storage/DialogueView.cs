using System;
using System.Collections;
using System.Collections.Generic;
using System.ComponentModel;

namespace DefenseDialogues.Storage
{
    /// <summary>
    /// A read-only selection of a generated dataset's records by index: the indexes (by partner,
    /// year, topic, person, timeline) are computed at build time and stored as index arrays, so a
    /// lookup decodes only the records it returns. For generated code.
    /// </summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public sealed class DialogueView : IReadOnlyList<Dialogue>
    {
        private readonly IReadOnlyList<Dialogue> _source;
        private readonly int[] _indexes;

        /// <summary>A view of <paramref name="source"/> at <paramref name="indexes"/>, in that order.</summary>
        /// <param name="source">The dataset's records (a generated <c>Dialogues.All</c>).</param>
        /// <param name="indexes">Positions in <paramref name="source"/>; not copied, so the caller must not change them.</param>
        public DialogueView(IReadOnlyList<Dialogue> source, int[] indexes)
        {
            _source = source ?? throw new ArgumentNullException(nameof(source));
            _indexes = indexes ?? throw new ArgumentNullException(nameof(indexes));
        }

        /// <inheritdoc />
        public int Count => _indexes.Length;

        /// <inheritdoc />
        public Dialogue this[int index] => _source[_indexes[index]];

        /// <inheritdoc />
        public IEnumerator<Dialogue> GetEnumerator()
        {
            foreach (var i in _indexes)
            {
                yield return _source[i];
            }
        }

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }
}

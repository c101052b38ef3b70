using System;
using System.Collections;
using System.Collections.Generic;
using System.ComponentModel;
using System.Diagnostics.CodeAnalysis;

namespace DefenseDialogues.Storage
{
    /// <summary>
    /// The list behind a generated <c>Dialogues.All</c>: records ordered by id, each decoded from
    /// its stored payload on first access and then kept, so start-up costs nothing and repeated
    /// access allocates nothing. For generated code; use it through <c>Dialogues</c>.
    /// </summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public sealed class DialogueList : IReadOnlyList<Dialogue>
    {
        private readonly string[] _ids;
        private readonly Func<int, Dialogue> _load;
        private readonly Dialogue?[] _items;

        /// <summary>Creates the list over <paramref name="ids"/> (sorted ordinally) and a loader for the record at an index.</summary>
        /// <param name="ids">The record ids, sorted with <see cref="StringComparer.Ordinal"/>.</param>
        /// <param name="load">Decodes the record at an index; called at most once per index that wins the race.</param>
        public DialogueList(string[] ids, Func<int, Dialogue> load)
        {
            _ids = ids ?? throw new ArgumentNullException(nameof(ids));
            _load = load ?? throw new ArgumentNullException(nameof(load));
            _items = new Dialogue?[ids.Length];
        }

        /// <inheritdoc />
        public int Count => _items.Length;

        /// <inheritdoc />
        public Dialogue this[int index] => LazySlots.Get(_items, index, _load);

        /// <summary>Finds the record with the given id (ordinal comparison).</summary>
        /// <param name="id">The record id: the article's file name without extension.</param>
        /// <param name="dialogue">The record, when found.</param>
        /// <returns>Whether a record has that id.</returns>
        public bool TryGet(string id, [NotNullWhen(true)] out Dialogue? dialogue)
        {
            var index = id is null ? -1 : Array.BinarySearch(_ids, id, StringComparer.Ordinal);
            dialogue = index >= 0 ? this[index] : null;
            return dialogue is not null;
        }

        /// <summary>The record with the given id.</summary>
        /// <param name="id">The record id: the article's file name without extension.</param>
        /// <exception cref="KeyNotFoundException">No record has that id.</exception>
        public Dialogue Get(string id)
            => TryGet(id, out var dialogue) ? dialogue : throw new KeyNotFoundException($"No dialogue has the id '{id}'.");

        /// <inheritdoc />
        public IEnumerator<Dialogue> GetEnumerator()
        {
            for (var i = 0; i < _items.Length; i++)
            {
                yield return this[i];
            }
        }

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }
}

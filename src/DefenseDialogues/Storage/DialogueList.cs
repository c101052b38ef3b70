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
        private readonly PayloadTable _payloads;
        private readonly PayloadTable? _text;
        private readonly EvidenceStore? _evidence;
        private readonly Func<IReadOnlyList<Person>>? _people;
        private readonly Func<int, Meeting>? _meetings;
        private readonly Dialogue?[] _items;
        private readonly Func<int, Dialogue> _decode;
        private string[]? _ids;

        /// <summary>Creates the list over the generated record payloads, sorted ordinally by id.</summary>
        /// <param name="payloads">One <see cref="DialoguePayload"/> per record, ordered by id (<see cref="StringComparer.Ordinal"/>).</param>
        /// <param name="evidence">Where each record's evidence is stored, or null.</param>
        /// <param name="people">Returns the dataset's people (a generated <c>People.All</c>), which participants link to; or null.</param>
        public DialogueList(PayloadTable payloads, EvidenceStore? evidence, Func<IReadOnlyList<Person>>? people)
            : this(payloads, evidence, people, null)
        {
        }

        /// <summary>Creates the list over the generated record payloads, sorted ordinally by id, each record linked to its meeting.</summary>
        /// <param name="payloads">One <see cref="DialoguePayload"/> per record, ordered by id (<see cref="StringComparer.Ordinal"/>).</param>
        /// <param name="evidence">Where each record's evidence is stored, or null.</param>
        /// <param name="people">Returns the dataset's people (a generated <c>People.All</c>), which participants link to; or null.</param>
        /// <param name="meetings">Returns the meeting of the record at an index (a generated <c>Meetings</c> lookup); or null.</param>
        public DialogueList(PayloadTable payloads, EvidenceStore? evidence, Func<IReadOnlyList<Person>>? people, Func<int, Meeting>? meetings)
            : this(payloads, null, evidence, people, meetings)
        {
        }

        /// <summary>Creates the list over the generated record payloads and, apart, their paragraphs' text.</summary>
        /// <param name="payloads">One <see cref="DialoguePayload"/> per record, ordered by id (<see cref="StringComparer.Ordinal"/>).</param>
        /// <param name="text">Each record's paragraphs, one after another, when its payload stores only their lengths; or null.</param>
        /// <param name="evidence">Where each record's evidence is stored, or null.</param>
        /// <param name="people">Returns the dataset's people (a generated <c>People.All</c>), which participants link to; or null.</param>
        /// <param name="meetings">Returns the meeting of the record at an index (a generated <c>Meetings</c> lookup); or null.</param>
        public DialogueList(PayloadTable payloads, PayloadTable? text, EvidenceStore? evidence, Func<IReadOnlyList<Person>>? people, Func<int, Meeting>? meetings)
        {
            if (text is not null && text.Count != Guard.NotNull(payloads, nameof(payloads)).Count)
            {
                throw new ArgumentException("The text table must hold one entry per record.", nameof(text));
            }

            _text = text;
            _meetings = meetings;
            _payloads = Guard.NotNull(payloads, nameof(payloads));
            _evidence = evidence;
            _people = people;
            _items = new Dialogue?[payloads.Count];
            _decode = Decode;
        }

        /// <inheritdoc />
        public int Count => _items.Length;

        /// <inheritdoc />
        public Dialogue this[int index] => LazySlots.Get(_items, index, _decode);

        /// <summary>Finds the record with the given id (ordinal comparison).</summary>
        /// <param name="id">The record id: the article's file name without extension.</param>
        /// <param name="dialogue">The record, when found.</param>
        /// <returns>Whether a record has that id.</returns>
        public bool TryGet(string id, [NotNullWhen(true)] out Dialogue? dialogue)
        {
            var index = id is null ? -1 : Array.BinarySearch(Ids(), id, StringComparer.Ordinal);
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

        private Dialogue Decode(int index)
        {
            var dialogue = DialoguePayload.Decode(_payloads, _text, index, _people, _evidence);
            dialogue.Attach(this, index, _meetings);
            return dialogue;
        }

        // Read from the payloads on the first lookup by id: start-up never pays for it.
        private string[] Ids() => LazySlots.Get(ref _ids, this, static list => list.ReadIds());

        private string[] ReadIds()
        {
            var ids = new string[_items.Length];
            for (var i = 0; i < ids.Length; i++)
            {
                ids[i] = DialoguePayload.ReadId(_payloads[i]);
            }

            return ids;
        }
    }
}

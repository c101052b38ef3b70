using System;
using System.Collections;
using System.Collections.Generic;
using System.ComponentModel;

namespace DefenseDialogues.Storage
{
    /// <summary>
    /// The list behind a generated <c>People.All</c>: each person decoded from its payload on first
    /// access, then kept. For generated code; use it through <c>People</c>.
    /// </summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public sealed class PersonList : IReadOnlyList<Person>
    {
        private readonly PayloadTable _payloads;
        private readonly Func<IReadOnlyList<Dialogue>> _dialogues;
        private readonly Person?[] _items;
        private readonly Func<int, Person> _create;

        /// <summary>Creates the list over the generated person payloads.</summary>
        /// <param name="payloads">One payload per person, ordered by identity key.</param>
        /// <param name="dialogues">Returns the dataset's dialogues (a generated <c>Dialogues.All</c>), which the payloads index.</param>
        public PersonList(PayloadTable payloads, Func<IReadOnlyList<Dialogue>> dialogues)
        {
            _payloads = Guard.NotNull(payloads, nameof(payloads));
            _dialogues = Guard.NotNull(dialogues, nameof(dialogues));
            _items = new Person?[payloads.Count];
            _create = Decode;
        }

        /// <inheritdoc />
        public int Count => _items.Length;

        /// <inheritdoc />
        public Person this[int index] => LazySlots.Get(_items, index, _create);

        /// <inheritdoc />
        public IEnumerator<Person> GetEnumerator()
        {
            for (var i = 0; i < _items.Length; i++)
            {
                yield return this[i];
            }
        }

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

        private Person Decode(int index) => PersonPayload.Decode(_payloads[index], _dialogues);
    }
}

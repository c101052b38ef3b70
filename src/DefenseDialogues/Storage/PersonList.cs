using System;
using System.Collections;
using System.Collections.Generic;
using System.ComponentModel;

namespace DefenseDialogues.Storage
{
    /// <summary>
    /// The list behind a generated <c>People.All</c>: each person is created on first access and
    /// then kept. For generated code; use it through <c>People</c>.
    /// </summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public sealed class PersonList : IReadOnlyList<Person>
    {
        private readonly Func<int, Person> _create;
        private readonly Person?[] _items;

        /// <summary>Creates the list of <paramref name="count"/> people built by <paramref name="create"/>.</summary>
        /// <param name="count">How many people.</param>
        /// <param name="create">Builds the person at an index; pure, so a lost race only wastes one call.</param>
        public PersonList(int count, Func<int, Person> create)
        {
            _create = create ?? throw new ArgumentNullException(nameof(create));
            _items = new Person?[count];
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
    }
}

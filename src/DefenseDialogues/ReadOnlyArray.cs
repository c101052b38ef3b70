using System;
using System.Collections;
using System.Collections.Generic;

namespace DefenseDialogues
{
    /// <summary>
    /// A read-only list over an array no one else holds. Being a distinct type lets
    /// <see cref="From"/> recognise lists that are already immutable and share them instead
    /// of copying again (the payload decoder and record-to-record construction rely on this).
    /// Callers cannot cast it back to a mutable array. Not a <c>ReadOnlyCollection&lt;T&gt;</c>: that
    /// framework generic, instantiated over the vocabulary enums, is JIT-compiled on first access
    /// even from the ReadyToRun runtime (it is outside the runtime's version bubble), and each of
    /// its seven interfaces is one more type to load; this class is precompiled with the runtime.
    /// </summary>
    internal sealed class ReadOnlyArray<T> : IReadOnlyList<T>, IList<T>
    {
        /// <summary>The shared empty list.</summary>
        public static readonly ReadOnlyArray<T> None = new ReadOnlyArray<T>(new T[0]);

        private readonly T[] _items;

        private ReadOnlyArray(T[] items) => _items = items;

        /// <inheritdoc />
        public int Count => _items.Length;

        /// <inheritdoc />
        public bool IsReadOnly => true;

        /// <inheritdoc />
        public T this[int index] => _items[index];

        T IList<T>.this[int index]
        {
            get => _items[index];
            set => throw ReadOnly();
        }

        /// <inheritdoc />
        public int IndexOf(T item) => Array.IndexOf(_items, item);

        /// <inheritdoc />
        public bool Contains(T item) => Array.IndexOf(_items, item) >= 0;

        /// <inheritdoc />
        public void CopyTo(T[] array, int arrayIndex) => _items.CopyTo(array, arrayIndex);

        /// <inheritdoc />
        public IEnumerator<T> GetEnumerator() => ((IEnumerable<T>)_items).GetEnumerator();

        IEnumerator IEnumerable.GetEnumerator() => _items.GetEnumerator();

        void IList<T>.Insert(int index, T item) => throw ReadOnly();

        void IList<T>.RemoveAt(int index) => throw ReadOnly();

        void ICollection<T>.Add(T item) => throw ReadOnly();

        void ICollection<T>.Clear() => throw ReadOnly();

        bool ICollection<T>.Remove(T item) => throw ReadOnly();

        /// <summary>Wraps an array the caller has just created and will not touch again.</summary>
        public static ReadOnlyArray<T> Own(T[] items) => items.Length == 0 ? None : new ReadOnlyArray<T>(items);

        /// <summary>
        /// An immutable copy of <paramref name="items"/>; throws when the list or, for reference
        /// types, one of its elements is null.
        /// </summary>
        public static ReadOnlyArray<T> From(IReadOnlyList<T>? items, string parameterName)
        {
            if (items is null)
            {
                throw new ArgumentNullException(parameterName);
            }

            if (items is ReadOnlyArray<T> frozen)
            {
                return frozen;
            }

            var copy = new T[items.Count];
            for (var i = 0; i < copy.Length; i++)
            {
                copy[i] = items[i] ?? throw new ArgumentException("The list contains a null element at index " + i.ToString(System.Globalization.CultureInfo.InvariantCulture) + ".", parameterName);
            }

            return Own(copy);
        }

        private static NotSupportedException ReadOnly() => new NotSupportedException("The list is read-only.");
    }
}

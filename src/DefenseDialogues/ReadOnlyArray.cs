using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;

namespace DefenseDialogues
{
    /// <summary>
    /// A read-only list over an array no one else holds. Being a distinct type lets
    /// <see cref="From"/> recognise lists that are already immutable and share them instead
    /// of copying again (the payload decoder and record-to-record construction rely on this).
    /// Callers cannot cast it back to a mutable array.
    /// </summary>
    internal sealed class ReadOnlyArray<T> : ReadOnlyCollection<T>
    {
        /// <summary>The shared empty list.</summary>
        public static readonly ReadOnlyArray<T> None = new ReadOnlyArray<T>(new T[0]);

        private ReadOnlyArray(T[] items)
            : base(items)
        {
        }

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
    }
}

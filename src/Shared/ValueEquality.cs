using System.Collections.Generic;

namespace DefenseDialogues
{
    /// <summary>
    /// Sequence equality and hashing shared by the runtime's record types (so each type states only
    /// which fields it compares) and the generator's <c>EquatableArray</c>: one source file, compiled into both.
    /// </summary>
    internal static class ValueEquality
    {
        /// <summary>Combines two hash codes (netstandard2.0 has no <c>System.HashCode</c>).</summary>
        public static int Combine(int hash, int value) => unchecked((hash * 31) + value);

        /// <summary>The hash of a possibly null value.</summary>
        public static int Hash<T>(T value) => value is null ? 0 : EqualityComparer<T>.Default.GetHashCode(value);

        /// <summary>Element-wise equality of two lists.</summary>
        public static bool SequenceEqual<T>(IReadOnlyList<T> left, IReadOnlyList<T> right)
        {
            if (ReferenceEquals(left, right))
            {
                return true;
            }

            if (left.Count != right.Count)
            {
                return false;
            }

            var comparer = EqualityComparer<T>.Default;
            for (var i = 0; i < left.Count; i++)
            {
                if (!comparer.Equals(left[i], right[i]))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>A hash consistent with <see cref="SequenceEqual{T}"/>.</summary>
        public static int SequenceHash<T>(IReadOnlyList<T> items)
        {
            var hash = items.Count;
            for (var i = 0; i < items.Count; i++)
            {
                hash = Combine(hash, Hash(items[i]));
            }

            return hash;
        }
    }
}

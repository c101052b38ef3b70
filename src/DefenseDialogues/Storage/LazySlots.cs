using System;
using System.Threading;

namespace DefenseDialogues.Storage
{
    /// <summary>Values created on first access and then kept: the one lock-free lazy pattern of the runtime.</summary>
    internal static class LazySlots
    {
        /// <summary>
        /// The value at <paramref name="index"/>, created by <paramref name="create"/> the first time.
        /// Creation is pure, so a lost race only wastes one call; every reader sees one instance.
        /// </summary>
        public static T Get<T>(T?[] items, int index, Func<int, T> create)
            where T : class
        {
            if ((uint)index >= (uint)items.Length)
            {
                throw new ArgumentOutOfRangeException(nameof(index));
            }

            return Volatile.Read(ref items[index])
                ?? Interlocked.CompareExchange(ref items[index], create(index), null)
                ?? items[index]!;
        }

        /// <summary>
        /// The value in <paramref name="slot"/>, created by <paramref name="create"/> from <paramref name="state"/>
        /// the first time. Creation is pure, so a lost race only wastes one call; every reader sees one instance.
        /// </summary>
        public static T Get<T, TState>(ref T? slot, TState state, Func<TState, T> create)
            where T : class
            => Volatile.Read(ref slot)
                ?? Interlocked.CompareExchange(ref slot, create(state), null)
                ?? slot!;
    }
}

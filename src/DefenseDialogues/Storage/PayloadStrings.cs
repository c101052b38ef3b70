using System;
using System.Collections;
using System.Collections.Generic;
using System.Text;
using System.Threading;

namespace DefenseDialogues.Storage
{
    /// <summary>
    /// A record's paragraphs, left as UTF-8 in its payload until read: decoding a record costs
    /// nothing for text nobody reads, and each paragraph is decoded once, then kept.
    /// </summary>
    internal sealed class PayloadStrings : IReadOnlyList<string>
    {
        private readonly PayloadTable _table;
        private readonly int _record;
        private readonly int[] _spans;
        private readonly string?[] _items;

        /// <param name="table">The table holding the record.</param>
        /// <param name="record">The record's index in <paramref name="table"/>.</param>
        /// <param name="spans">Start and length, in the record's payload, of each string's bytes.</param>
        public PayloadStrings(PayloadTable table, int record, int[] spans)
        {
            _table = table;
            _record = record;
            _spans = spans;
            _items = new string?[spans.Length / 2];
        }

        public int Count => _items.Length;

        public string this[int index]
        {
            get
            {
                if ((uint)index >= (uint)_items.Length)
                {
                    throw new ArgumentOutOfRangeException(nameof(index));
                }

                return Volatile.Read(ref _items[index])
                    ?? Interlocked.CompareExchange(ref _items[index], Decode(index), null)
                    ?? _items[index]!;
            }
        }

        public IEnumerator<string> GetEnumerator()
        {
            for (var i = 0; i < _items.Length; i++)
            {
                yield return this[i];
            }
        }

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

        private string Decode(int index)
        {
            try
            {
                return Utf8.Decode(_table[_record].Slice(_spans[2 * index], _spans[(2 * index) + 1]));
            }
            catch (DecoderFallbackException invalid)
            {
                throw new FormatException("Malformed dialogue payload: paragraph " + index.ToString(System.Globalization.CultureInfo.InvariantCulture) + " is not UTF-8.", invalid);
            }
        }
    }
}

using System;
using System.Collections;
using System.Collections.Generic;
using System.Text;

namespace DefenseDialogues.Storage
{
    /// <summary>
    /// A record's paragraphs, left as UTF-8 in its payload until read: decoding a record costs
    /// nothing for text nobody reads. The first read decodes all of them in one pass over the
    /// record's bytes (readers go through a record's paragraphs together), then they are kept.
    /// </summary>
    internal sealed class PayloadStrings : IReadOnlyList<string>
    {
        private readonly PayloadTable _table;
        private readonly int _record;
        private readonly int[] _spans;
        private string[]? _items;

        /// <param name="table">The table holding the record.</param>
        /// <param name="record">The record's index in <paramref name="table"/>.</param>
        /// <param name="spans">Start and length, in the record's payload, of each string's bytes.</param>
        public PayloadStrings(PayloadTable table, int record, int[] spans)
        {
            _table = table;
            _record = record;
            _spans = spans;
        }

        public int Count => _spans.Length / 2;

        public string this[int index]
        {
            get
            {
                if ((uint)index >= (uint)Count)
                {
                    throw new ArgumentOutOfRangeException(nameof(index));
                }

                return Items()[index];
            }
        }

        public IEnumerator<string> GetEnumerator() => ((IEnumerable<string>)Items()).GetEnumerator();

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

        private string[] Items() => LazySlots.Get(ref _items, this, static strings => strings.Decode());

        private string[] Decode()
        {
            var payload = _table[_record];
            var items = new string[Count];
            for (var i = 0; i < items.Length; i++)
            {
                if (_spans[(2 * i) + 1] > payload.Length - _spans[2 * i])
                {
                    throw new FormatException("Malformed dialogue payload: paragraph " + i.ToString(System.Globalization.CultureInfo.InvariantCulture) + " runs past the record's text.");
                }

                try
                {
                    items[i] = Utf8.Decode(payload.Slice(_spans[2 * i], _spans[(2 * i) + 1]));
                }
                catch (DecoderFallbackException invalid)
                {
                    throw new FormatException("Malformed dialogue payload: paragraph " + i.ToString(System.Globalization.CultureInfo.InvariantCulture) + " is not UTF-8.", invalid);
                }
            }

            return items;
        }
    }
}

using System;
using System.Globalization;

namespace DefenseDialogues.Storage
{
    /// <summary>
    /// Reads the values of a payload (see <see cref="DialoguePayload"/>) by index, without
    /// splitting or copying anything but the strings it returns.
    /// </summary>
    internal struct PayloadReader
    {
        private readonly string _text;
        private int _position;

        /// <summary>Starts reading after the version marker.</summary>
        /// <exception cref="FormatException">The payload does not start with the marker.</exception>
        public PayloadReader(string text)
            : this(text, DialoguePayload.VersionMarker)
        {
        }

        /// <summary>Starts reading after <paramref name="marker"/> (the payload kind and version).</summary>
        /// <exception cref="FormatException">The payload does not start with the marker.</exception>
        public PayloadReader(string text, string marker)
        {
            _text = text;
            _position = 0;
            if (!text.StartsWith(marker, StringComparison.Ordinal))
            {
                throw Error("expected the version marker '" + marker + "'");
            }

            _position = marker.Length;
        }

        /// <summary>Reads one item of a list.</summary>
        public delegate T ItemReader<T>(ref PayloadReader reader);

        /// <summary>Consumes a null value if one comes next.</summary>
        public bool TryReadNull()
        {
            if (_position < _text.Length && _text[_position] == '~')
            {
                _position++;
                return true;
            }

            return false;
        }

        /// <summary>Reads <c>i&lt;digits&gt;;</c>.</summary>
        public int ReadInt()
        {
            Expect('i', "an integer");
            var negative = _position < _text.Length && _text[_position] == '-';
            if (negative)
            {
                _position++;
            }

            var magnitude = ReadDigits(negative ? 1L + int.MaxValue : int.MaxValue);
            Expect(';', "';' after an integer");
            return (int)(negative ? -magnitude : magnitude);
        }

        /// <summary>Reads an integer or null.</summary>
        public int? ReadNullableInt() => TryReadNull() ? null : ReadInt();

        /// <summary>Reads <c>s&lt;length&gt;:&lt;chars&gt;</c>.</summary>
        public string ReadString()
        {
            Expect('s', "a string");
            var length = (int)ReadDigits(int.MaxValue);
            Expect(':', "':' after a string length");
            if (length > _text.Length - _position)
            {
                throw Error("a string of " + length.ToString(CultureInfo.InvariantCulture) + " chars runs past the end");
            }

            var value = _text.Substring(_position, length);
            _position += length;
            return value;
        }

        /// <summary>Reads a string or null.</summary>
        public string? ReadNullableString() => TryReadNull() ? null : ReadString();

        /// <summary>Reads a list header <c>l&lt;count&gt;:</c> and returns the count.</summary>
        public int ReadListHeader()
        {
            Expect('l', "a list");
            var count = (int)ReadDigits(int.MaxValue);
            Expect(':', "':' after a list count");

            // Every value takes at least one char: a larger count is malformed, and would otherwise allocate a huge array.
            if (count > _text.Length - _position)
            {
                throw Error("a list of " + count.ToString(CultureInfo.InvariantCulture) + " values runs past the end");
            }

            return count;
        }

        /// <summary>Reads the header of a fixed-size tuple, which must hold <paramref name="count"/> values.</summary>
        public void ReadTupleHeader(int count)
        {
            var start = _position;
            if (ReadListHeader() != count)
            {
                _position = start;
                throw Error("expected a list of " + count.ToString(CultureInfo.InvariantCulture) + " values");
            }
        }

        /// <summary>Reads a list whose items <paramref name="readItem"/> reads.</summary>
        public ReadOnlyArray<T> ReadList<T>(ItemReader<T> readItem)
        {
            var items = new T[ReadListHeader()];
            for (var i = 0; i < items.Length; i++)
            {
                items[i] = readItem(ref this);
            }

            return ReadOnlyArray<T>.Own(items);
        }

        /// <summary>Checks that nothing follows the last value.</summary>
        public void ReadEnd()
        {
            if (_position != _text.Length)
            {
                throw Error("unexpected data after the last value");
            }
        }

        /// <summary>A <see cref="FormatException"/> naming the current position.</summary>
        public FormatException Error(string message, Exception? inner = null)
            => new FormatException("Malformed dialogue payload at position " + _position.ToString(CultureInfo.InvariantCulture) + ": " + message + ".", inner);

        private void Expect(char expected, string what)
        {
            if (_position >= _text.Length || _text[_position] != expected)
            {
                throw Error("expected " + what);
            }

            _position++;
        }

        private long ReadDigits(long max)
        {
            var start = _position;
            long value = 0;
            while (_position < _text.Length && _text[_position] >= '0' && _text[_position] <= '9')
            {
                value = (value * 10) + (_text[_position] - '0');
                if (value > max)
                {
                    _position = start;
                    throw Error("number out of range");
                }

                _position++;
            }

            if (_position == start)
            {
                throw Error("expected a digit");
            }

            return value;
        }
    }
}

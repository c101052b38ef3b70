using System;
using System.Globalization;
using System.Text;

namespace DefenseDialogues.Storage
{
    /// <summary>
    /// Reads the values of a UTF-8 payload (see <see cref="DialoguePayload"/>) in order, straight
    /// from its bytes: nothing is copied but the strings it returns.
    /// </summary>
    internal ref struct PayloadReader
    {
        private readonly ReadOnlySpan<byte> _data;
        private readonly string _kind;
        private int _position;

        /// <summary>Starts reading after <paramref name="marker"/> (the payload kind and version, ASCII).</summary>
        /// <param name="data">The payload.</param>
        /// <param name="marker">The marker it must start with.</param>
        /// <param name="kind">What the payload holds, for error messages ("dialogue", "evidence", "person").</param>
        /// <exception cref="FormatException">The payload does not start with the marker.</exception>
        public PayloadReader(ReadOnlySpan<byte> data, string marker, string kind)
        {
            _data = data;
            _kind = kind;
            _position = 0;
            for (var i = 0; i < marker.Length; i++)
            {
                if (i >= data.Length || data[i] != marker[i])
                {
                    throw Error("expected the version marker '" + marker + "'");
                }
            }

            _position = marker.Length;
        }

        /// <summary>Whether the next value starts with <paramref name="tag"/>.</summary>
        public bool NextIs(char tag) => _position < _data.Length && _data[_position] == (byte)tag;

        /// <summary>Consumes a null value if one comes next.</summary>
        public bool TryReadNull()
        {
            if (_position < _data.Length && _data[_position] == (byte)'~')
            {
                _position++;
                return true;
            }

            return false;
        }

        /// <summary>Reads <c>i&lt;digits&gt;;</c>.</summary>
        public int ReadInt()
        {
            Expect((byte)'i', "an integer");
            var negative = _position < _data.Length && _data[_position] == (byte)'-';
            if (negative)
            {
                _position++;
            }

            var magnitude = ReadDigits(negative ? 1L + int.MaxValue : int.MaxValue);
            Expect((byte)';', "';' after an integer");
            return (int)(negative ? -magnitude : magnitude);
        }

        /// <summary>Reads an integer or null.</summary>
        public int? ReadNullableInt() => TryReadNull() ? null : ReadInt();

        /// <summary>Reads <c>s&lt;byte length&gt;:&lt;UTF-8 bytes&gt;</c>.</summary>
        public string ReadString()
        {
            var length = ReadStringHeader();
            var value = Decode(_data.Slice(_position, length));
            _position += length;
            return value;
        }

        /// <summary>Reads a string or null.</summary>
        public string? ReadNullableString() => TryReadNull() ? null : ReadString();

        /// <summary>Skips a string, returning where its bytes are (for text decoded later, on demand).</summary>
        /// <param name="length">The string's length in bytes.</param>
        /// <returns>The offset of its first byte.</returns>
        public int SkipString(out int length)
        {
            length = ReadStringHeader();
            var start = _position;
            _position += length;
            return start;
        }

        /// <summary>Reads a list header <c>l&lt;count&gt;:</c> and returns the count.</summary>
        public int ReadListHeader()
        {
            Expect((byte)'l', "a list");
            var count = (int)ReadDigits(int.MaxValue);
            Expect((byte)':', "':' after a list count");

            // Every value takes at least one byte: a larger count is malformed, and would otherwise allocate a huge array.
            if (count > _data.Length - _position)
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

        /// <summary>Reads the header <c>n&lt;count&gt;:</c> of a run of integers and returns the count.</summary>
        public int ReadIntRunHeader()
        {
            Expect((byte)PayloadFormat.IntRunTag, "a run of integers");
            var count = (int)ReadDigits(int.MaxValue);
            Expect((byte)PayloadFormat.CountEnd, "':' after a run's count");

            // Every integer of a run takes at least two bytes.
            if (count > (_data.Length - _position) / 2)
            {
                throw Error("a run of " + count.ToString(CultureInfo.InvariantCulture) + " integers runs past the end");
            }

            return count;
        }

        /// <summary>Reads one integer of a run: <c>&lt;digits&gt;,</c>, optional leading <c>-</c>.</summary>
        public int ReadRunInt()
        {
            var negative = _position < _data.Length && _data[_position] == (byte)'-';
            if (negative)
            {
                _position++;
            }

            var magnitude = ReadDigits(negative ? 1L + int.MaxValue : int.MaxValue);
            Expect((byte)PayloadFormat.IntRunEnd, "',' after an integer of a run");
            return (int)(negative ? -magnitude : magnitude);
        }

        /// <summary>Reads a list of strings.</summary>
        public ReadOnlyArray<string> ReadStrings()
        {
            var count = ReadListHeader();
            if (count == 0)
            {
                return ReadOnlyArray<string>.None;
            }

            var items = new string[count];
            for (var i = 0; i < items.Length; i++)
            {
                items[i] = ReadString();
            }

            return ReadOnlyArray<string>.Own(items);
        }

        /// <summary>Checks that nothing follows the last value.</summary>
        public void ReadEnd()
        {
            if (_position != _data.Length)
            {
                throw Error("unexpected data after the last value");
            }
        }

        /// <summary>A <see cref="FormatException"/> naming the payload kind and the current position.</summary>
        public FormatException Error(string message, Exception? inner = null)
            => new FormatException("Malformed " + _kind + " payload at byte " + _position.ToString(CultureInfo.InvariantCulture) + ": " + message + ".", inner);

        private string Decode(ReadOnlySpan<byte> bytes)
        {
            try
            {
                return Utf8.Decode(bytes);
            }
            catch (DecoderFallbackException invalid)
            {
                throw Error("invalid UTF-8", invalid);
            }
        }

        private int ReadStringHeader()
        {
            Expect((byte)'s', "a string");
            var length = (int)ReadDigits(int.MaxValue);
            Expect((byte)':', "':' after a string length");
            if (length > _data.Length - _position)
            {
                throw Error("a string of " + length.ToString(CultureInfo.InvariantCulture) + " bytes runs past the end");
            }

            return length;
        }

        private void Expect(byte expected, string what)
        {
            if (_position >= _data.Length || _data[_position] != expected)
            {
                throw Error("expected " + what);
            }

            _position++;
        }

        private long ReadDigits(long max)
        {
            var start = _position;
            long value = 0;
            while (_position < _data.Length && _data[_position] >= (byte)'0' && _data[_position] <= (byte)'9')
            {
                value = (value * 10) + (_data[_position] - '0');
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

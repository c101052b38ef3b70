using System;

namespace DefenseDialogues.Storage
{
    /// <summary>
    /// A DEFLATE (RFC 1951) decoder in managed code. <c>DeflateStream</c> would load
    /// <c>System.IO.Compression</c> and its native zlib on the first access to a record (~4 ms in a
    /// fresh process, measured); this is a few small methods, precompiled with the rest of the runtime.
    /// It reads stored, fixed and dynamic blocks, and rejects what a conforming inflater rejects.
    /// </summary>
    internal static class Inflater
    {
        // Codes up to this many bits decode in one table lookup; longer ones bit by bit.
        private const int TableBits = 10;

        /// <summary>Inflates <paramref name="input"/> into exactly <paramref name="length"/> bytes.</summary>
        /// <exception cref="FormatException">The stream is not DEFLATE, or does not end at that length.</exception>
        public static byte[] Inflate(ReadOnlySpan<byte> input, int length)
        {
            var output = new byte[length];
            var bits = new BitReader(input);
            var written = 0;
            bool final;
            do
            {
                final = bits.Read(1) == 1;
                switch (bits.Read(2))
                {
                    case 0:
                        written = Stored(ref bits, output, written);
                        break;
                    case 1:
                        written = Codes(ref bits, output, written, Huffman.FixedLiterals, Huffman.FixedDistances);
                        break;
                    case 2:
                        Dynamic(ref bits, out var literals, out var distances);
                        written = Codes(ref bits, output, written, literals, distances);
                        break;
                    default:
                        throw Malformed("a block of reserved type 3");
                }
            }
            while (!final);

            if (written != length)
            {
                throw Malformed("the stream ends before the length it was stored with");
            }

            return output;
        }

        private static int Stored(ref BitReader bits, byte[] output, int written)
        {
            bits.AlignToByte();
            var length = bits.Read(16);
            if ((length ^ 0xFFFF) != bits.Read(16))
            {
                throw Malformed("a stored block whose length does not match its complement");
            }

            if (length > output.Length - written)
            {
                throw Malformed("more data than the length it was stored with");
            }

            for (var i = 0; i < length; i++)
            {
                output[written++] = (byte)bits.Read(8);
            }

            return written;
        }

        private static void Dynamic(ref BitReader bits, out Huffman literals, out Huffman distances)
        {
            var literalCount = bits.Read(5) + 257;
            var distanceCount = bits.Read(5) + 1;
            var codeLengthCount = bits.Read(4) + 4;
            if (literalCount > 286 || distanceCount > 30)
            {
                throw Malformed("more codes than DEFLATE has");
            }

            var codeLengthLengths = new byte[19];
            for (var i = 0; i < codeLengthCount; i++)
            {
                codeLengthLengths[DeflateTables.CodeLengthOrder[i]] = (byte)bits.Read(3);
            }

            var codeLengths = new Huffman(codeLengthLengths);
            var lengths = new byte[literalCount + distanceCount];
            for (var i = 0; i < lengths.Length;)
            {
                var symbol = codeLengths.Decode(ref bits);
                if (symbol < 16)
                {
                    lengths[i++] = (byte)symbol;
                    continue;
                }

                byte value = 0;
                int repeat;
                if (symbol == 16)
                {
                    if (i == 0)
                    {
                        throw Malformed("a repeat with no length before it");
                    }

                    value = lengths[i - 1];
                    repeat = 3 + bits.Read(2);
                }
                else
                {
                    repeat = symbol == 17 ? 3 + bits.Read(3) : 11 + bits.Read(7);
                }

                if (repeat > lengths.Length - i)
                {
                    throw Malformed("code lengths past the codes' count");
                }

                for (; repeat > 0; repeat--)
                {
                    lengths[i++] = value;
                }
            }

            if (lengths[256] == 0)
            {
                throw Malformed("no code for the end of the block");
            }

            literals = new Huffman(lengths.AsSpan(0, literalCount).ToArray());
            distances = new Huffman(lengths.AsSpan(literalCount).ToArray());
        }

        private static int Codes(ref BitReader bits, byte[] output, int written, Huffman literals, Huffman distances)
        {
            while (true)
            {
                var symbol = literals.Decode(ref bits);
                if (symbol < 256)
                {
                    if (written == output.Length)
                    {
                        throw Malformed("more data than the length it was stored with");
                    }

                    output[written++] = (byte)symbol;
                    continue;
                }

                if (symbol == 256)
                {
                    return written;
                }

                symbol -= 257;
                if (symbol >= DeflateTables.LengthBase.Length)
                {
                    throw Malformed("a length code DEFLATE does not have");
                }

                var length = DeflateTables.LengthBase[symbol] + bits.Read(DeflateTables.LengthExtra[symbol]);
                var d = distances.Decode(ref bits);
                if (d >= DeflateTables.DistanceBase.Length)
                {
                    throw Malformed("a distance code DEFLATE does not have");
                }

                var distance = DeflateTables.DistanceBase[d] + bits.Read(DeflateTables.DistanceExtra[d]);
                if (distance > written)
                {
                    throw Malformed("a distance back past the start");
                }

                if (length > output.Length - written)
                {
                    throw Malformed("more data than the length it was stored with");
                }

                var from = written - distance;
                if (distance >= length)
                {
                    output.AsSpan(from, length).CopyTo(output.AsSpan(written));
                    written += length;
                    continue;
                }

                // Byte by byte: the match overlaps what it copies (a run).
                for (; length > 0; length--)
                {
                    output[written++] = output[from++];
                }
            }
        }

        private static FormatException Malformed(string message) => new FormatException("Malformed deflated chunk: " + message + ".");

        /// <summary>LSB-first bits over the input, as DEFLATE packs them; reading past the end is an error.</summary>
        private ref struct BitReader
        {
            private readonly ReadOnlySpan<byte> _input;
            private int _position;
            private ulong _buffer;
            private int _count;

            public BitReader(ReadOnlySpan<byte> input)
            {
                _input = input;
                _position = 0;
                _buffer = 0;
                _count = 0;
            }

            /// <summary>The next <paramref name="n"/> bits (at most 16) without consuming them; missing bits past the end read as 0.</summary>
            public int Peek(int n)
            {
                if (_count < n)
                {
                    Refill();
                }

                return (int)(_buffer & ((1UL << n) - 1));
            }

            // Fills the buffer to 57–64 bits: one call per several codes rather than one per byte.
            private void Refill()
            {
                while (_count <= 56)
                {
                    if (_position < _input.Length)
                    {
                        _buffer |= (ulong)_input[_position] << _count;
                    }

                    // Past the end counts as bytes of zeros; Consume checks that none is used.
                    _position++;
                    _count += 8;
                }
            }

            public void Consume(int n)
            {
                _buffer >>= n;
                _count -= n;
                if (((long)_position * 8) - _count > (long)_input.Length * 8)
                {
                    throw Malformed("the stream ends in the middle of a block");
                }
            }

            public int Read(int n)
            {
                if (n == 0)
                {
                    return 0;
                }

                var value = Peek(n);
                Consume(n);
                return value;
            }

            public void AlignToByte() => Consume(_count & 7);
        }

        /// <summary>A canonical Huffman code (RFC 1951, 3.2.2) with a lookup table for its short codes.</summary>
        private sealed class Huffman
        {
            public static readonly Huffman FixedLiterals = new Huffman(FixedLiteralLengths());
            public static readonly Huffman FixedDistances = new Huffman(Filled(30, 5));

            // Per entry: symbol << 4 | length; 0 when the code is longer than TableBits.
            private readonly ushort[] _table = new ushort[1 << TableBits];
            private readonly short[] _counts = new short[16];
            private readonly short[] _symbols;

            public Huffman(byte[] lengths)
            {
                _symbols = new short[lengths.Length];
                foreach (var l in lengths)
                {
                    _counts[l]++;
                }

                _counts[0] = 0;

                // An over-subscribed code cannot be decoded; an incomplete one is allowed (a single
                // distance code, or none) and fails only if a missing code is read.
                var left = 1;
                for (var bits = 1; bits < 16; bits++)
                {
                    left = (left << 1) - _counts[bits];
                    if (left < 0)
                    {
                        throw Malformed("an over-subscribed Huffman code");
                    }
                }

                var offsets = new short[16];
                for (var bits = 1; bits < 15; bits++)
                {
                    offsets[bits + 1] = (short)(offsets[bits] + _counts[bits]);
                }

                for (var s = 0; s < lengths.Length; s++)
                {
                    if (lengths[s] != 0)
                    {
                        _symbols[offsets[lengths[s]]++] = (short)s;
                    }
                }

                // The table: each short code's bit-reversed value, at every index that ends with it.
                var next = new int[16];
                var code = 0;
                for (var bits = 1; bits < 16; bits++)
                {
                    next[bits] = code;
                    code = (code + _counts[bits]) << 1;
                }

                for (var s = 0; s < lengths.Length; s++)
                {
                    var l = lengths[s];
                    if (l == 0)
                    {
                        continue;
                    }

                    var value = next[l]++;
                    if (l > TableBits)
                    {
                        continue;
                    }

                    var reversed = 0;
                    for (var b = 0; b < l; b++)
                    {
                        reversed = (reversed << 1) | ((value >> b) & 1);
                    }

                    for (var index = reversed; index < _table.Length; index += 1 << l)
                    {
                        _table[index] = (ushort)((s << 4) | l);
                    }
                }
            }

            public int Decode(ref BitReader bits)
            {
                var entry = _table[bits.Peek(TableBits)];
                if (entry != 0)
                {
                    bits.Consume(entry & 15);
                    return entry >> 4;
                }

                // A long code (or none): canonical decoding, one bit at a time (puff.c's method).
                int code = 0, first = 0, index = 0;
                for (var length = 1; length < 16; length++)
                {
                    code |= bits.Read(1);
                    var count = _counts[length];
                    if (code - count < first)
                    {
                        return _symbols[index + (code - first)];
                    }

                    index += count;
                    first = (first + count) << 1;
                    code <<= 1;
                }

                throw Malformed("a Huffman code the block does not define");
            }

            private static byte[] FixedLiteralLengths()
            {
                var lengths = new byte[288];
                for (var s = 0; s < lengths.Length; s++)
                {
                    lengths[s] = (byte)(s < 144 ? 8 : s < 256 ? 9 : s < 280 ? 7 : 8);
                }

                return lengths;
            }

            private static byte[] Filled(int count, byte value)
            {
                var lengths = new byte[count];
                for (var i = 0; i < count; i++)
                {
                    lengths[i] = value;
                }

                return lengths;
            }
        }
    }
}

using System;
using System.Globalization;

namespace DefenseDialogues.Storage
{
    /// <summary>
    /// Reads a deflated chunk (<see cref="PayloadFormat.DeflatedTag"/>): its Z85 text back to the DEFLATE
    /// stream, inflated (<see cref="Inflater"/>) to the chunk's frames. Done once per chunk, on the first
    /// access to one of its records.
    /// </summary>
    internal static class DeflatedChunk
    {
        private static readonly sbyte[] Digits = DigitValues();

        /// <summary>Whether <paramref name="chunk"/> is stored deflated.</summary>
        public static bool IsDeflated(ReadOnlySpan<byte> chunk) => !chunk.IsEmpty && chunk[0] == (byte)PayloadFormat.DeflatedTag;

        /// <summary>Whether the string <paramref name="chunk"/> is stored deflated, 15 bits a character (<see cref="PayloadFormat.WideDeflatedTag"/>).</summary>
        public static bool IsWide(string chunk) => chunk.Length > 0 && chunk[0] == PayloadFormat.WideDeflatedTag;

        /// <summary>The frames of the deflated string <paramref name="chunk"/> (<see cref="PayloadFormat.WideDeflatedTag"/>).</summary>
        /// <exception cref="FormatException">The chunk is not a deflated chunk of the lengths it states.</exception>
        public static byte[] InflateWide(string chunk)
        {
            var position = 1;
            var inflatedLength = Length(chunk, ref position);
            var deflatedLength = Length(chunk, ref position);
            if (((8L * deflatedLength) + PayloadFormat.WideDigitBits - 1) / PayloadFormat.WideDigitBits != chunk.Length - position)
            {
                throw Malformed("its text is not as long as the deflated length it states");
            }

            var deflated = new byte[deflatedLength];
            uint bits = 0;
            var count = 0;
            var at = 0;
            for (; position < chunk.Length; position++)
            {
                var digit = chunk[position] - PayloadFormat.WideDigitBase;
                if (digit < 0 || digit >= 1 << PayloadFormat.WideDigitBits)
                {
                    throw Malformed("a character that is not a digit");
                }

                bits = (bits << PayloadFormat.WideDigitBits) | (uint)digit;
                count += PayloadFormat.WideDigitBits;
                for (; count >= 8 && at < deflated.Length; count -= 8)
                {
                    deflated[at++] = (byte)(bits >> (count - 8));
                }
            }

            return Inflater.Inflate(deflated, inflatedLength);
        }

        /// <summary>The frames of the deflated <paramref name="chunk"/>.</summary>
        /// <exception cref="FormatException">The chunk is not a deflated chunk of the lengths it states.</exception>
        public static byte[] Inflate(ReadOnlySpan<byte> chunk)
        {
            var position = 1;
            var inflatedLength = Length(chunk, ref position);
            var deflatedLength = Length(chunk, ref position);
            var groups = (deflatedLength + 3) / 4;
            if ((long)groups * 5 != chunk.Length - position)
            {
                throw Malformed("its Z85 text is not as long as the deflated length it states");
            }

            var deflated = new byte[groups * 4];
            for (var g = 0; g < groups; g++)
            {
                ulong value = 0;
                for (var k = 0; k < 5; k++)
                {
                    var b = chunk[position++];
                    var digit = b < Digits.Length ? Digits[b] : -1;
                    if (digit < 0)
                    {
                        throw Malformed("a byte that is not a Z85 digit");
                    }

                    value = (value * 85) + (ulong)digit;
                }

                if (value > uint.MaxValue)
                {
                    throw Malformed("a Z85 group above 2^32");
                }

                deflated[4 * g] = (byte)(value >> 24);
                deflated[(4 * g) + 1] = (byte)(value >> 16);
                deflated[(4 * g) + 2] = (byte)(value >> 8);
                deflated[(4 * g) + 3] = (byte)value;
            }

            return Inflater.Inflate(deflated.AsSpan(0, deflatedLength), inflatedLength);
        }

        private static int Length(ReadOnlySpan<byte> chunk, ref int position)
        {
            long length = 0;
            var start = position;
            while (position < chunk.Length && chunk[position] >= (byte)'0' && chunk[position] <= (byte)'9' && length <= int.MaxValue)
            {
                length = (length * 10) + (chunk[position++] - '0');
            }

            if (position == start || position >= chunk.Length || chunk[position] != (byte)PayloadFormat.CountEnd || length > int.MaxValue)
            {
                throw Malformed("expected '<length>:' at byte " + position.ToString(CultureInfo.InvariantCulture));
            }

            position++;
            return (int)length;
        }

        // The header's lengths, as Length above, in a string chunk.
        private static int Length(string chunk, ref int position)
        {
            long length = 0;
            var start = position;
            while (position < chunk.Length && chunk[position] >= '0' && chunk[position] <= '9' && length <= int.MaxValue)
            {
                length = (length * 10) + (chunk[position++] - '0');
            }

            if (position == start || position >= chunk.Length || chunk[position] != PayloadFormat.CountEnd || length > int.MaxValue)
            {
                throw Malformed("expected '<length>:' at character " + position.ToString(CultureInfo.InvariantCulture));
            }

            position++;
            return (int)length;
        }

        private static sbyte[] DigitValues()
        {
            var values = new sbyte[128];
            for (var i = 0; i < values.Length; i++)
            {
                values[i] = -1;
            }

            for (var i = 0; i < PayloadFormat.Z85Alphabet.Length; i++)
            {
                values[PayloadFormat.Z85Alphabet[i]] = (sbyte)i;
            }

            return values;
        }

        private static FormatException Malformed(string message) => new FormatException("Malformed deflated chunk: " + message + ".");
    }
}

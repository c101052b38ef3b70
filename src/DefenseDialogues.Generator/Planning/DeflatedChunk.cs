using System.Text;
using DefenseDialogues.Storage;

namespace DefenseDialogues.Generator.Planning;

/// <summary>
/// A chunk's stored form when deflating it is smaller: article text repeats itself (names, titles, the
/// agency's boilerplate), so a chunk of real articles deflates to about a quarter. The DEFLATE stream is
/// written in Z85 for a <c>u8</c> literal (<see cref="PayloadFormat.DeflatedTag"/>: its bytes are what the
/// compiler lowers one by one) or 15 bits a character for a string literal
/// (<see cref="PayloadFormat.WideDeflatedTag"/>: its characters are what the metadata string heap holds).
/// A chunk too small to gain is stored as its frames.
/// </summary>
internal static class DeflatedChunk
{
    /// <summary>The DEFLATE stream of <paramref name="frames"/> (a chunk's UTF-8 bytes).</summary>
    public static byte[] Compress(byte[] frames) => DeflateEncoder.Compress(frames);

    /// <summary>
    /// The Z85 form of <paramref name="packed"/>, the stream of <paramref name="frames"/>, or null when it
    /// would not be shorter than <paramref name="storedLength"/>, the frames' length as a literal.
    /// </summary>
    public static string? Z85(byte[] frames, byte[] packed, int storedLength)
    {
        var text = Header(PayloadFormat.DeflatedTag, frames.Length, packed.Length);
        var length = text.Length + (((packed.Length + 3) / 4) * 5);
        if (length >= storedLength)
        {
            return null;
        }

        text.EnsureCapacity(length);
        var digits = new char[5];
        for (var i = 0; i < packed.Length; i += 4)
        {
            // Big-endian groups of four bytes, zero-padded at the end; five base-85 digits each.
            uint value = 0;
            for (var k = 0; k < 4; k++)
            {
                value = (value << 8) | (i + k < packed.Length ? packed[i + k] : 0u);
            }

            for (var k = 4; k >= 0; k--)
            {
                digits[k] = PayloadFormat.Z85Alphabet[(int)(value % 85)];
                value /= 85;
            }

            text.Append(digits);
        }

        return text.ToString();
    }

    /// <summary>
    /// The string-literal form of <paramref name="packed"/>, the stream of <paramref name="frames"/>, or null
    /// when it would not have fewer characters than <paramref name="storedChars"/>, the frames' as a string.
    /// </summary>
    public static string? Wide(byte[] frames, byte[] packed, int storedChars)
    {
        var length = WideChars(frames.Length, packed.Length);
        if (length >= storedChars)
        {
            return null;
        }

        var text = Header(PayloadFormat.WideDeflatedTag, frames.Length, packed.Length);
        text.EnsureCapacity(length);
        const int mask = (1 << PayloadFormat.WideDigitBits) - 1;
        uint bits = 0;
        var count = 0;
        foreach (var b in packed)
        {
            bits = (bits << 8) | b;
            count += 8;
            if (count >= PayloadFormat.WideDigitBits)
            {
                count -= PayloadFormat.WideDigitBits;
                text.Append((char)(PayloadFormat.WideDigitBase + ((bits >> count) & mask)));
            }
        }

        if (count > 0)
        {
            text.Append((char)(PayloadFormat.WideDigitBase + ((bits << (PayloadFormat.WideDigitBits - count)) & mask)));
        }

        return text.ToString();
    }

    /// <summary>The characters of the string-literal form of <paramref name="deflated"/> bytes inflating to <paramref name="inflated"/>, header included.</summary>
    public static int WideChars(int inflated, int deflated)
        => 3 + StoragePlan.Digits(inflated) + StoragePlan.Digits(deflated) + (int)(((8L * deflated) + PayloadFormat.WideDigitBits - 1) / PayloadFormat.WideDigitBits);

    private static StringBuilder Header(char tag, int inflated, int deflated)
        => new StringBuilder().Append(tag)
            .Append(inflated.ToString(System.Globalization.CultureInfo.InvariantCulture)).Append(PayloadFormat.CountEnd)
            .Append(deflated.ToString(System.Globalization.CultureInfo.InvariantCulture)).Append(PayloadFormat.CountEnd);
}

using System.Text;
using DefenseDialogues.Storage;

namespace DefenseDialogues.Generator.Planning;

/// <summary>
/// A chunk's stored form when deflating it is smaller (<see cref="PayloadFormat.DeflatedTag"/>): article
/// text repeats itself (names, titles, the agency's boilerplate), so a chunk of real articles deflates
/// to about a quarter. A chunk too small to gain is stored as its frames.
/// </summary>
internal static class DeflatedChunk
{
    /// <summary>
    /// The deflated form of <paramref name="frames"/> (a chunk's UTF-8 bytes), or null when it would not
    /// be shorter than <paramref name="storedLength"/>, the frames' length as a literal.
    /// </summary>
    public static string? Encode(byte[] frames, int storedLength)
    {
        var packed = DeflateEncoder.Compress(frames);
        var header = new StringBuilder().Append(PayloadFormat.DeflatedTag)
            .Append(frames.Length.ToString(System.Globalization.CultureInfo.InvariantCulture)).Append(PayloadFormat.CountEnd)
            .Append(packed.Length.ToString(System.Globalization.CultureInfo.InvariantCulture)).Append(PayloadFormat.CountEnd);
        var length = header.Length + (((packed.Length + 3) / 4) * 5);
        if (length >= storedLength)
        {
            return null;
        }

        var text = header;
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
}

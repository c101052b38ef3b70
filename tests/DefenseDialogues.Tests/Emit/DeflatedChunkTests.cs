extern alias runtime;

using System.IO.Compression;
using System.Text;
using CsCheck;
using DefenseDialogues.Generator.Planning;
using DefenseDialogues.Tests.Infrastructure;
using Xunit;
using RuntimeChunk = runtime::DefenseDialogues.Storage.DeflatedChunk;
using RuntimeInflater = runtime::DefenseDialogues.Storage.Inflater;

namespace DefenseDialogues.Tests.Emit;

/// <summary>
/// The deflated chunks: the generator's own DEFLATE encoder (deterministic on every host) read back by
/// the framework's inflater, its Z85 text read back by the runtime, and corrupt chunks rejected.
/// </summary>
public class DeflatedChunkTests
{
    private static byte[] Inflate(byte[] deflated)
    {
        using var input = new DeflateStream(new MemoryStream(deflated), CompressionMode.Decompress);
        using var output = new MemoryStream();
        input.CopyTo(output);
        return output.ToArray();
    }

    private static byte[] Seeds() => Encoding.UTF8.GetBytes(string.Concat(
        Directory.GetFiles(GeneratorHarness.SeedsDirectory, "*.txt").OrderBy(f => f, StringComparer.Ordinal).Select(File.ReadAllText)));

    public static TheoryData<string> Inputs() => new() { "empty", "one", "two", "zeros", "random", "runs", "seeds" };

    private static byte[] Input(string name)
    {
        var random = new Random(17);
        switch (name)
        {
            case "empty": return [];
            case "one": return [42];
            case "two": return [1, 1];
            case "zeros": return new byte[100_000];
            case "random":
                var bytes = new byte[70_000];
                random.NextBytes(bytes);
                return bytes;
            case "runs": return Encoding.ASCII.GetBytes(string.Concat(Enumerable.Range(0, 3000).Select(i => new string((char)('a' + (i % 7)), i % 300))));
            default: return Seeds();
        }
    }

    [Theory]
    [MemberData(nameof(Inputs))]
    public void The_framework_inflates_what_the_encoder_deflates(string name)
    {
        var data = Input(name);
        Assert.Equal(data, Inflate(DeflateEncoder.Compress(data)));
    }

    [Theory]
    [MemberData(nameof(Inputs))]
    public void The_runtime_inflates_what_the_encoder_deflates(string name)
    {
        var data = Input(name);
        Assert.Equal(data, RuntimeInflater.Inflate(DeflateEncoder.Compress(data), data.Length));
    }

    [Theory]
    [InlineData(CompressionLevel.NoCompression)] // stored blocks
    [InlineData(CompressionLevel.Fastest)]
    [InlineData(CompressionLevel.Optimal)]
    [InlineData(CompressionLevel.SmallestSize)]
    public void The_runtime_inflates_what_zlib_deflates(CompressionLevel level)
    {
        foreach (var name in new[] { "one", "two", "zeros", "random", "runs", "seeds" })
        {
            var data = Input(name);
            using var packed = new MemoryStream();
            using (var deflate = new DeflateStream(packed, level, leaveOpen: true))
            {
                deflate.Write(data);
            }

            Assert.Equal(data, RuntimeInflater.Inflate(packed.ToArray(), data.Length));
        }
    }

    [Fact]
    public void Arbitrary_bytes_round_trip()
        => Gen.OneOf(Gen.Byte.Array[0, 3000], Gen.Byte[97, 100].Array[0, 20_000], Gen.Const((byte)7).Array[0, 600])
            .Sample(data =>
            {
                var packed = DeflateEncoder.Compress(data);
                Assert.Equal(data, Inflate(packed));
                Assert.Equal(data, RuntimeInflater.Inflate(packed, data.Length));
            }, iter: 300);

    [Fact]
    public void A_truncated_or_corrupt_stream_is_a_format_error_never_an_overrun()
    {
        var data = Input("seeds");
        var packed = DeflateEncoder.Compress(data);
        foreach (var cut in new[] { 0, 1, 2, 10, packed.Length / 2, packed.Length - 1 })
        {
            Assert.ThrowsAny<FormatException>(() => RuntimeInflater.Inflate(packed.AsSpan(0, cut), data.Length));
        }

        var random = new Random(5);
        for (var i = 0; i < 200; i++)
        {
            var corrupt = (byte[])packed.Clone();
            corrupt[random.Next(corrupt.Length)] ^= (byte)(1 << random.Next(8));
            try
            {
                var output = RuntimeInflater.Inflate(corrupt, data.Length);
                Assert.Equal(data.Length, output.Length); // a flip that still decodes: right length, garbled text
            }
            catch (FormatException)
            {
            }
        }

        Assert.Contains("reserved type", Assert.Throws<FormatException>(() => RuntimeInflater.Inflate(new byte[] { 0b111 }, 1)).Message);
        Assert.Contains("complement", Assert.Throws<FormatException>(() => RuntimeInflater.Inflate(new byte[] { 1, 1, 0, 0, 0, 42 }, 1)).Message);
    }

    [Fact]
    public void Article_text_deflates_as_well_as_the_frameworks_default_level()
    {
        var seeds = Seeds();
        var ours = DeflateEncoder.Compress(seeds).Length;
        using var framework = new MemoryStream();
        using (var deflate = new DeflateStream(framework, CompressionLevel.Optimal, leaveOpen: true))
        {
            deflate.Write(seeds);
        }

        // Measured: ~0.37 of the text for the five seeds, within a few percent of zlib's.
        Assert.InRange(ours, 1, (int)(framework.Length * 1.05));
        Assert.True(ours < seeds.Length * 0.45, $"{ours} of {seeds.Length} bytes");
    }

    [Fact]
    public void The_same_input_gives_the_same_bytes()
        => Assert.Equal(DeflateEncoder.Compress(Seeds()), DeflateEncoder.Compress(Seeds()));

    [Fact]
    public void Code_lengths_stay_within_the_limit_for_skewed_counts()
    {
        // Fibonacci counts make the deepest unlimited Huffman tree: 25 symbols would need 24 bits.
        var counts = new int[25];
        counts[0] = counts[1] = 1;
        for (var i = 2; i < counts.Length; i++)
        {
            counts[i] = counts[i - 1] + counts[i - 2];
        }

        var lengths = DeflateEncoder.CodeLengths(counts, 7);
        Assert.All(lengths, l => Assert.InRange(l, 1, 7));
        Assert.Equal(1.0, lengths.Sum(l => Math.Pow(2, -l)), 9); // a complete code
    }

    [Fact]
    public void A_chunk_is_stored_deflated_only_when_that_is_shorter_and_reads_back()
    {
        var frames = Seeds();
        var stored = DeflatedChunk.Z85(frames, DeflatedChunk.Compress(frames), frames.Length);
        Assert.NotNull(stored);
        Assert.StartsWith("z" + frames.Length + ":", stored);
        Assert.All(stored!, c => Assert.True(c is > ' ' and < '\x7f' and not '"' and not '\\', $"U+{(int)c:X4}"));
        var bytes = Encoding.ASCII.GetBytes(stored);
        Assert.True(RuntimeChunk.IsDeflated(bytes));
        Assert.Equal(frames, RuntimeChunk.Inflate(bytes));

        var tiny = "3:abc"u8.ToArray();
        Assert.Null(DeflatedChunk.Z85(tiny, DeflatedChunk.Compress(tiny), 5));
        Assert.Null(DeflatedChunk.Wide(tiny, DeflatedChunk.Compress(tiny), 5));
    }

    [Theory]
    [InlineData("z5:9:", "not as long")]
    [InlineData("z5:4:0000", "not as long")]
    [InlineData("z5:4:0000\"", "not a Z85 digit")]
    [InlineData("z5:4:#####", "above 2^32")]
    [InlineData("z5:4:00000", "")]
    [InlineData("zx:4:00000", "expected '<length>:'")]
    public void A_corrupt_chunk_is_a_format_error(string chunk, string message)
    {
        var error = Assert.ThrowsAny<FormatException>(() => RuntimeChunk.Inflate(Encoding.ASCII.GetBytes(chunk)));
        Assert.Contains(message, error.Message);
    }

    [Fact]
    public void A_stream_longer_or_shorter_than_stated_is_a_format_error()
    {
        var seeds = Seeds();
        var stored = DeflatedChunk.Z85(seeds, DeflatedChunk.Compress(seeds), int.MaxValue)!;
        var colon = stored.IndexOf(':');
        var length = int.Parse(stored[1..colon]);
        Assert.Contains("more data than", Assert.Throws<FormatException>(() => RuntimeChunk.Inflate(Encoding.ASCII.GetBytes("z" + (length - 1) + stored[colon..]))).Message);
        Assert.Contains("ends before", Assert.Throws<FormatException>(() => RuntimeChunk.Inflate(Encoding.ASCII.GetBytes("z" + (length + 1) + stored[colon..]))).Message);
    }

    [Fact]
    public void A_string_chunk_is_stored_15_bits_a_character_and_reads_back()
    {
        var frames = Seeds();
        var packed = DeflatedChunk.Compress(frames);
        var stored = DeflatedChunk.Wide(frames, packed, frames.Length);
        Assert.NotNull(stored);
        var header = "w" + frames.Length + ":" + packed.Length + ":";
        Assert.StartsWith(header, stored);
        Assert.Equal(DeflatedChunk.WideChars(frames.Length, packed.Length), stored!.Length);
        // Every digit goes into a C# literal as it is: no quote, backslash, line break or surrogate.
        Assert.All(stored[header.Length..], c => Assert.InRange(c, '\u3000', '\uAFFF'));
        Assert.True(RuntimeChunk.IsWide(stored));
        Assert.Equal(frames, RuntimeChunk.InflateWide(stored));

        // Less than half the characters of Z85, so less than half the string heap.
        var z85 = DeflatedChunk.Z85(frames, packed, int.MaxValue)!;
        Assert.InRange(stored.Length, 1, (z85.Length / 2) + header.Length);
    }

    [Fact]
    public void Any_stream_reads_back_from_its_string_form_whatever_its_length()
    {
        // Lengths that leave 0 to 14 bits of padding in the last character; bytes compressible or not.
        Gen.Int[0, 3000].SelectMany(n => Gen.Byte.Array[n].Select(random => (n, random)))
            .Sample(input =>
            {
                var frames = input.n % 2 == 0 ? input.random : Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("12:Hanoï (VNA)", input.n / 10)));
                var stored = DeflatedChunk.Wide(frames, DeflatedChunk.Compress(frames), int.MaxValue)!;
                Assert.Equal(frames, RuntimeChunk.InflateWide(stored));
            }, iter: 300);
    }

    [Theory]
    [InlineData("w5:9:", "not as long")]
    [InlineData("w5:4:\u3000\u3000", "not as long")]
    [InlineData("w5:4:\u3000\u3000\u3000\u3000", "not as long")]
    [InlineData("w5:4:\u3000a\u3000", "not a digit")]
    [InlineData("w5:4:\u3000\uB000\u3000", "not a digit")]
    [InlineData("wx:4:\u3000\u3000\u3000", "expected '<length>:'")]
    [InlineData("w5:4:\u3000\u3000\u3000", "")] // the right length, but not a DEFLATE stream of 5 bytes
    public void A_corrupt_string_chunk_is_a_format_error(string chunk, string message)
    {
        var error = Assert.ThrowsAny<FormatException>(() => RuntimeChunk.InflateWide(chunk));
        Assert.Contains(message, error.Message);
    }
}

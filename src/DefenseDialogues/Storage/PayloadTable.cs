using System;
using System.ComponentModel;
using System.Globalization;
using System.Threading;

namespace DefenseDialogues.Storage
{
    /// <summary>Returns one chunk of a generated payload table: a <c>"…"u8</c> literal.</summary>
    /// <param name="chunk">The chunk's index.</param>
    /// <returns>The chunk's UTF-8 bytes.</returns>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public delegate ReadOnlySpan<byte> Utf8Chunk(int chunk);

    /// <summary>
    /// Returns one chunk of a generated payload table whose chunks are stored either way: a <c>"…"u8</c>
    /// literal's bytes, or a string literal in <paramref name="text"/> (the bytes then empty).
    /// </summary>
    /// <param name="chunk">The chunk's index.</param>
    /// <param name="text">The chunk's string literal, or null when the chunk is its returned bytes.</param>
    /// <returns>The chunk's UTF-8 bytes, or nothing when it is <paramref name="text"/>.</returns>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public delegate ReadOnlySpan<byte> MixedChunk(int chunk, out string? text);

    /// <summary>
    /// The payloads of a generated dataset, stored as a few large chunks rather than one literal (or one
    /// method) per record: generated code holds no per-record code to JIT. A chunk is a UTF-8 literal, or a
    /// string literal within a budget of the metadata string heap. For generated code.
    /// </summary>
    /// <remarks>
    /// A chunk is its records' payloads in order, each framed as <c>&lt;byte length&gt;:&lt;payload&gt;</c>,
    /// or those frames deflated (<see cref="DeflatedChunk"/>), inflated on first access and kept.
    /// A chunk's frames are read on the first access to one of its records, then kept; a record's
    /// bytes are then a slice of the chunk, decoded by the caller.
    /// </remarks>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public sealed class PayloadTable
    {
        private readonly int[] _chunkStarts;
        private readonly Utf8Chunk? _utf8;
        private readonly Func<int, string>? _text;
        private readonly MixedChunk? _mixed;
        private readonly byte[]?[]? _textBytes;
        private readonly int[]?[] _frames;
        private readonly Func<int, int[]> _readFrames;
        private readonly Func<int, byte[]>? _encodeChunk;
        private readonly byte[]?[] _inflated;
        private readonly Func<int, byte[]> _inflate;

        /// <summary>Creates a table over UTF-8 chunks (<c>"…"u8</c> literals).</summary>
        /// <param name="chunkStarts">The index of each chunk's first record, then the record count.</param>
        /// <param name="chunk">Returns a chunk's bytes.</param>
        public PayloadTable(int[] chunkStarts, Utf8Chunk chunk)
            : this(chunkStarts)
        {
            _utf8 = Guard.NotNull(chunk, nameof(chunk));
        }

        /// <summary>Creates a table over string chunks (for C# versions without UTF-8 literals); each is encoded to UTF-8 once.</summary>
        /// <param name="chunkStarts">The index of each chunk's first record, then the record count.</param>
        /// <param name="chunk">Returns a chunk's text.</param>
        public PayloadTable(int[] chunkStarts, Func<int, string> chunk)
            : this(chunkStarts)
        {
            _text = Guard.NotNull(chunk, nameof(chunk));
            _textBytes = new byte[]?[chunkStarts.Length - 1];
            _encodeChunk = EncodeChunk;
        }

        /// <summary>
        /// Creates a table whose chunks are each a UTF-8 literal or a string literal (the generator stores the
        /// first blocks as strings, within a budget of the metadata string heap, as the compiler lowers a
        /// <c>u8</c> literal byte by byte and a string not at all); a string chunk is encoded to UTF-8 once.
        /// </summary>
        /// <param name="chunkStarts">The index of each chunk's first record, then the record count.</param>
        /// <param name="chunk">Returns a chunk's bytes, or its text.</param>
        public PayloadTable(int[] chunkStarts, MixedChunk chunk)
            : this(chunkStarts)
        {
            _mixed = Guard.NotNull(chunk, nameof(chunk));
            _textBytes = new byte[]?[chunkStarts.Length - 1];
        }

        private PayloadTable(int[] chunkStarts)
        {
            _chunkStarts = Guard.NotNull(chunkStarts, nameof(chunkStarts));
            if (chunkStarts.Length == 0 || chunkStarts[0] != 0)
            {
                throw new ArgumentException("The chunk starts must begin with 0 and end with the record count.", nameof(chunkStarts));
            }

            for (var i = 1; i < chunkStarts.Length; i++)
            {
                if (chunkStarts[i] <= chunkStarts[i - 1])
                {
                    throw new ArgumentException("The chunk starts must increase.", nameof(chunkStarts));
                }
            }

            _frames = new int[]?[chunkStarts.Length - 1];
            _readFrames = ReadFrames;
            _inflated = new byte[]?[chunkStarts.Length - 1];
            _inflate = Inflate;
        }

        /// <summary>The number of records.</summary>
        public int Count => _chunkStarts[_chunkStarts.Length - 1];

        /// <summary>The UTF-8 payload of the record at <paramref name="index"/>.</summary>
        /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is not a record's index.</exception>
        /// <exception cref="FormatException">The record's chunk is not a sequence of framed payloads.</exception>
        internal ReadOnlySpan<byte> this[int index]
        {
            get
            {
                if ((uint)index >= (uint)Count)
                {
                    throw new ArgumentOutOfRangeException(nameof(index));
                }

                // The chunk holding the record: the last start at or before it. Searched by hand, as
                // Array.BinarySearch<int> would be one more generic method to JIT on first access.
                var chunk = 0;
                for (var high = _chunkStarts.Length - 2; chunk < high;)
                {
                    var middle = (chunk + high + 1) >> 1;
                    if (_chunkStarts[middle] <= index)
                    {
                        chunk = middle;
                    }
                    else
                    {
                        high = middle - 1;
                    }
                }

                var bytes = Chunk(chunk);
                var frames = LazySlots.Get(_frames, chunk, _readFrames);
                var at = 2 * (index - _chunkStarts[chunk]);
                return bytes.Slice(frames[at], frames[at + 1]);
            }
        }

        // A chunk's frames: a UTF-8 literal's bytes, or, deflated, its frames inflated once and kept. A string
        // chunk is encoded once and kept as its frames (inflated when deflated: the encoded text is not kept).
        private ReadOnlySpan<byte> Chunk(int chunk)
        {
            ReadOnlySpan<byte> stored;
            if (_utf8 is not null)
            {
                stored = _utf8(chunk);
            }
            else if (_mixed is null)
            {
                return LazySlots.Get(_textBytes!, chunk, _encodeChunk!);
            }
            else if (Volatile.Read(ref _textBytes![chunk]) is { } kept)
            {
                return kept;
            }
            else
            {
                stored = _mixed(chunk, out var text);
                if (text is not null)
                {
                    return LazySlots.Get(ref _textBytes[chunk], text, DecodeText);
                }
            }

            return DeflatedChunk.IsDeflated(stored) ? LazySlots.Get(_inflated, chunk, _inflate) : stored;
        }

        private byte[] Inflate(int chunk) => DeflatedChunk.Inflate(_utf8 is not null ? _utf8(chunk) : _mixed!(chunk, out _));

        private byte[] EncodeChunk(int chunk) => DecodeText(_text!(chunk));

        // A string chunk's frames: deflated 15 bits a character, deflated in Z85, or the frames as text.
        private static byte[] DecodeText(string text)
        {
            if (DeflatedChunk.IsWide(text))
            {
                return DeflatedChunk.InflateWide(text);
            }

            var bytes = Utf8.Encode(text);
            return DeflatedChunk.IsDeflated(bytes) ? DeflatedChunk.Inflate(bytes) : bytes;
        }

        private int[] ReadFrames(int chunk) => Frames(chunk, Chunk(chunk));

        // Start and length of each record's payload: the frames are scanned once, not the payloads.
        private int[] Frames(int chunk, ReadOnlySpan<byte> bytes)
        {
            var count = _chunkStarts[chunk + 1] - _chunkStarts[chunk];
            var frames = new int[2 * count];
            var position = 0;
            for (var i = 0; i < count; i++)
            {
                long length = 0;
                var digits = position;
                while (position < bytes.Length && bytes[position] >= (byte)'0' && bytes[position] <= (byte)'9' && length <= int.MaxValue)
                {
                    length = (length * 10) + (bytes[position++] - '0');
                }

                if (position == digits || position >= bytes.Length || bytes[position] != (byte)':' || length > bytes.Length - position - 1)
                {
                    throw Malformed(chunk, position, "expected '<byte length>:' and that many bytes");
                }

                frames[2 * i] = position + 1;
                frames[(2 * i) + 1] = (int)length;
                position += 1 + (int)length;
            }

            if (position != bytes.Length)
            {
                throw Malformed(chunk, position, "data after the chunk's last record");
            }

            return frames;
        }

        private static FormatException Malformed(int chunk, int position, string message)
            => new FormatException("Malformed payload table: chunk " + chunk.ToString(CultureInfo.InvariantCulture) + " at byte " + position.ToString(CultureInfo.InvariantCulture) + ": " + message + ".");
    }
}

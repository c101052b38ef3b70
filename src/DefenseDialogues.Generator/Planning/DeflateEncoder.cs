using System;
using System.Collections.Generic;
using System.IO;
using DefenseDialogues.Storage;

namespace DefenseDialogues.Generator.Planning;

/// <summary>
/// A DEFLATE (RFC 1951) encoder written here rather than taken from <c>System.IO.Compression</c>: the
/// framework's output depends on the zlib build the compiler host runs on (.NET's zlib-ng, .NET
/// Framework's zlib), and generated source must be the same bytes on every host. Any inflater reads
/// the result; the runtime uses <c>DeflateStream</c>. One dynamic-Huffman block; LZ77 over a 32 KB
/// window with hash chains and one step of lazy matching, as zlib's default level does.
/// </summary>
internal static class DeflateEncoder
{
    private const int WindowSize = 1 << 15;
    private const int MinMatch = 3;
    private const int MaxMatch = 258;
    private const int HashBits = 15;

    // Search effort, zlib level 6's: chain length, a match long enough to stop at, and the length
    // past which the lazy step is skipped.
    private const int MaxChain = 128;
    private const int NiceLength = 128;
    private const int LazyLimit = 16;

    // A 3-byte match farther than this costs more bits than its three literals (zlib's TOO_FAR).
    private const int TooFar = 4096;

    private const int EndOfBlock = 256;

    private static readonly int[] LengthCodeOf = LengthCodes();

    /// <summary>The raw DEFLATE stream of <paramref name="data"/> (no zlib or gzip header).</summary>
    public static byte[] Compress(byte[] data)
    {
        var literalCounts = new int[286];
        var distanceCounts = new int[30];
        var tokens = Tokenize(data, literalCounts, distanceCounts);
        literalCounts[EndOfBlock] = 1;

        var literalLengths = CodeLengths(literalCounts, 15);
        var distanceLengths = CodeLengths(distanceCounts, 15);
        var literalCount = Used(literalLengths, 257);
        var distanceCount = Used(distanceLengths, 1);

        // The two codes' lengths, one sequence, run-length coded with symbols 16 (repeat), 17 and 18 (zeros).
        var sequence = new int[literalCount + distanceCount];
        for (var i = 0; i < literalCount; i++)
        {
            sequence[i] = literalLengths[i];
        }

        for (var i = 0; i < distanceCount; i++)
        {
            sequence[literalCount + i] = distanceLengths[i];
        }

        var runs = RunLengths(sequence);
        var codeLengthCounts = new int[19];
        foreach (var run in runs)
        {
            codeLengthCounts[run.Symbol]++;
        }

        var codeLengthLengths = CodeLengths(codeLengthCounts, 7);
        var codeLengthCount = 19;
        while (codeLengthCount > 4 && codeLengthLengths[DeflateTables.CodeLengthOrder[codeLengthCount - 1]] == 0)
        {
            codeLengthCount--;
        }

        var bits = new BitWriter((data.Length / 3) + 64);
        bits.Write(1, 1); // the final block
        bits.Write(2, 2); // dynamic Huffman codes
        bits.Write(literalCount - 257, 5);
        bits.Write(distanceCount - 1, 5);
        bits.Write(codeLengthCount - 4, 4);
        for (var i = 0; i < codeLengthCount; i++)
        {
            bits.Write(codeLengthLengths[DeflateTables.CodeLengthOrder[i]], 3);
        }

        var codeLengthCodes = Codes(codeLengthLengths);
        foreach (var run in runs)
        {
            bits.Write(codeLengthCodes[run.Symbol], codeLengthLengths[run.Symbol]);
            switch (run.Symbol)
            {
                case 16: bits.Write(run.Extra, 2); break;
                case 17: bits.Write(run.Extra, 3); break;
                case 18: bits.Write(run.Extra, 7); break;
            }
        }

        var literalCodes = Codes(literalLengths);
        var distanceCodes = Codes(distanceLengths);
        foreach (var token in tokens)
        {
            if (token < 256)
            {
                bits.Write(literalCodes[token], literalLengths[token]);
                continue;
            }

            var length = token >> 16;
            var distance = token & 0xFFFF;
            var l = LengthCodeOf[length];
            bits.Write(literalCodes[257 + l], literalLengths[257 + l]);
            bits.Write(length - DeflateTables.LengthBase[l], DeflateTables.LengthExtra[l]);
            var d = DistanceCode(distance);
            bits.Write(distanceCodes[d], distanceLengths[d]);
            bits.Write(distance - DeflateTables.DistanceBase[d], DeflateTables.DistanceExtra[d]);
        }

        bits.Write(literalCodes[EndOfBlock], literalLengths[EndOfBlock]);
        return bits.ToArray();
    }

    // LZ77: a literal is its byte (< 256), a match is length << 16 | distance (a distance of 32768
    // fits 16 bits; a length of at least 3 keeps a match above 255). Counts each symbol as it goes.
    // The match finder's tables and the token list, kept per thread between chunks: a corpus deflates a
    // few hundred chunks, and fresh tables for each would be ~1 MB of garbage apiece.
    [ThreadStatic]
    private static int[]? t_head;

    [ThreadStatic]
    private static int[]? t_previous;

    [ThreadStatic]
    private static List<int>? t_tokens;

    private static List<int> Tokenize(byte[] data, int[] literalCounts, int[] distanceCounts)
    {
        var tokens = t_tokens ??= new List<int>();
        tokens.Clear();
        var head = t_head ??= new int[1 << HashBits];
        for (var i = 0; i < head.Length; i++)
        {
            head[i] = -1;
        }

        // Stale entries are harmless: a chain only follows positions below the current one, within the window.
        var previous = t_previous ??= new int[WindowSize];
        var n = data.Length;

        void Insert(int position)
        {
            if (position + MinMatch <= n)
            {
                var hash = Hash(data, position);
                previous[position & (WindowSize - 1)] = head[hash];
                head[hash] = position;
            }
        }

        int Find(int position, out int distance)
        {
            distance = 0;
            var limit = Math.Min(MaxMatch, n - position);
            if (limit < MinMatch)
            {
                return 0;
            }

            var best = MinMatch - 1;
            var candidate = head[Hash(data, position)];
            for (var chain = MaxChain; candidate >= 0 && position - candidate <= WindowSize && chain > 0; chain--)
            {
                if (data[candidate + best] == data[position + best] && data[candidate] == data[position])
                {
                    var length = 0;
                    while (length < limit && data[candidate + length] == data[position + length])
                    {
                        length++;
                    }

                    if (length > best)
                    {
                        best = length;
                        distance = position - candidate;
                        if (length >= NiceLength || length == limit)
                        {
                            break;
                        }
                    }
                }

                var next = previous[candidate & (WindowSize - 1)];
                if (next >= candidate)
                {
                    break; // a slot reused by a newer position: the chain ends here
                }

                candidate = next;
            }

            return best >= MinMatch ? best : 0;
        }

        void Literal(int position)
        {
            tokens.Add(data[position]);
            literalCounts[data[position]]++;
        }

        for (var i = 0; i < n;)
        {
            var length = Find(i, out var distance);
            Insert(i);
            if (length > 0 && length < LazyLimit && i + 1 < n)
            {
                // One step of lazy matching: a longer match one byte on wins over this one.
                var next = Find(i + 1, out var nextDistance);
                if (next > length)
                {
                    Literal(i);
                    i++;
                    Insert(i);
                    length = next;
                    distance = nextDistance;
                }
            }

            if (length == 0 || (length == MinMatch && distance > TooFar))
            {
                Literal(i);
                i++;
                continue;
            }

            tokens.Add((length << 16) | distance);
            literalCounts[257 + LengthCodeOf[length]]++;
            distanceCounts[DistanceCode(distance)]++;
            for (var k = 1; k < length; k++)
            {
                Insert(i + k);
            }

            i += length;
        }

        return tokens;
    }

    private static int Hash(byte[] data, int position)
        => ((data[position] << 10) ^ (data[position + 1] << 5) ^ data[position + 2]) & ((1 << HashBits) - 1);

    private static int[] LengthCodes()
    {
        var codes = new int[MaxMatch + 1];
        for (var code = 0; code < DeflateTables.LengthBase.Length; code++)
        {
            var end = code + 1 < DeflateTables.LengthBase.Length ? DeflateTables.LengthBase[code + 1] : MaxMatch + 1;
            for (var length = DeflateTables.LengthBase[code]; length < end; length++)
            {
                codes[length] = code;
            }
        }

        codes[MaxMatch] = DeflateTables.LengthBase.Length - 1;
        return codes;
    }

    private static int DistanceCode(int distance)
    {
        var low = 0;
        var high = DeflateTables.DistanceBase.Length - 1;
        while (low < high)
        {
            var middle = (low + high + 1) >> 1;
            if (DeflateTables.DistanceBase[middle] <= distance)
            {
                low = middle;
            }
            else
            {
                high = middle - 1;
            }
        }

        return low;
    }

    // How many of the code's lengths are written: up to the last used symbol, at least minimum.
    private static int Used(int[] lengths, int minimum)
    {
        var count = lengths.Length;
        while (count > minimum && lengths[count - 1] == 0)
        {
            count--;
        }

        return count;
    }

    /// <summary>
    /// Huffman code lengths for <paramref name="counts"/>, none longer than <paramref name="maxBits"/>.
    /// At least two symbols get a code, so the code is complete (inflaters reject an incomplete one);
    /// when the lengths come out too long, the counts are halved (keeping every used symbol) and the
    /// code rebuilt: a few bits from optimal, and deterministic.
    /// </summary>
    internal static int[] CodeLengths(int[] counts, int maxBits)
    {
        var weights = (int[])counts.Clone();
        var used = 0;
        foreach (var w in weights)
        {
            used += w > 0 ? 1 : 0;
        }

        for (var s = 0; used < 2 && s < weights.Length; s++)
        {
            if (weights[s] == 0)
            {
                weights[s] = 1;
                used++;
            }
        }

        while (true)
        {
            var lengths = Huffman(weights);
            var longest = 0;
            foreach (var l in lengths)
            {
                longest = Math.Max(longest, l);
            }

            if (longest <= maxBits)
            {
                return lengths;
            }

            for (var s = 0; s < weights.Length; s++)
            {
                if (weights[s] > 0)
                {
                    weights[s] = (weights[s] >> 1) | 1;
                }
            }
        }
    }

    // The two-queue Huffman construction: leaves sorted by (weight, symbol), merged nodes in creation
    // order; a tie takes the leaf first. Every step is ordered, so the lengths are deterministic.
    private static int[] Huffman(int[] weights)
    {
        var symbols = new List<int>();
        for (var s = 0; s < weights.Length; s++)
        {
            if (weights[s] > 0)
            {
                symbols.Add(s);
            }
        }

        symbols.Sort((a, b) => weights[a] != weights[b] ? weights[a].CompareTo(weights[b]) : a.CompareTo(b));
        var leaves = symbols.Count;
        var nodes = (2 * leaves) - 1;
        var weight = new long[nodes];
        var parent = new int[nodes];
        for (var k = 0; k < leaves; k++)
        {
            weight[k] = weights[symbols[k]];
        }

        var leaf = 0;
        var inner = leaves;
        var next = leaves;
        int Pick() => leaf < leaves && (inner >= next || weight[leaf] <= weight[inner]) ? leaf++ : inner++;
        while (next < nodes)
        {
            var a = Pick();
            var b = Pick();
            weight[next] = weight[a] + weight[b];
            parent[a] = next;
            parent[b] = next;
            next++;
        }

        var depth = new int[nodes];
        for (var node = nodes - 2; node >= 0; node--)
        {
            depth[node] = depth[parent[node]] + 1;
        }

        var lengths = new int[weights.Length];
        for (var k = 0; k < leaves; k++)
        {
            lengths[symbols[k]] = depth[k];
        }

        return lengths;
    }

    // Canonical codes (RFC 1951, 3.2.2), bit-reversed: DEFLATE packs bits from the least significant
    // end but a Huffman code from its most significant bit.
    private static int[] Codes(int[] lengths)
    {
        var perLength = new int[16];
        foreach (var l in lengths)
        {
            perLength[l]++;
        }

        perLength[0] = 0;
        var nextCode = new int[16];
        var code = 0;
        for (var bits = 1; bits < 16; bits++)
        {
            code = (code + perLength[bits - 1]) << 1;
            nextCode[bits] = code;
        }

        var codes = new int[lengths.Length];
        for (var s = 0; s < lengths.Length; s++)
        {
            var l = lengths[s];
            if (l == 0)
            {
                continue;
            }

            var value = nextCode[l]++;
            var reversed = 0;
            for (var b = 0; b < l; b++)
            {
                reversed = (reversed << 1) | ((value >> b) & 1);
            }

            codes[s] = reversed;
        }

        return codes;
    }

    private static List<(int Symbol, int Extra)> RunLengths(int[] lengths)
    {
        var runs = new List<(int Symbol, int Extra)>();
        for (var i = 0; i < lengths.Length;)
        {
            var value = lengths[i];
            var run = 1;
            while (i + run < lengths.Length && lengths[i + run] == value)
            {
                run++;
            }

            i += run;
            if (value == 0)
            {
                for (; run >= 11; run -= Math.Min(run, 138))
                {
                    runs.Add((18, Math.Min(run, 138) - 11));
                }

                if (run >= 3)
                {
                    runs.Add((17, run - 3));
                    run = 0;
                }
            }
            else
            {
                runs.Add((value, 0));
                run--;
                for (; run >= 3; run -= Math.Min(run, 6))
                {
                    runs.Add((16, Math.Min(run, 6) - 3));
                }
            }

            for (; run > 0; run--)
            {
                runs.Add((value, 0));
            }
        }

        return runs;
    }

    private sealed class BitWriter
    {
        private readonly MemoryStream _bytes;
        private ulong _buffer;
        private int _count;

        public BitWriter(int capacity) => _bytes = new MemoryStream(Math.Max(capacity, 64));

        public void Write(int value, int bits)
        {
            _buffer |= (ulong)(uint)value << _count;
            _count += bits;
            while (_count >= 8)
            {
                _bytes.WriteByte((byte)_buffer);
                _buffer >>= 8;
                _count -= 8;
            }
        }

        public byte[] ToArray()
        {
            if (_count > 0)
            {
                _bytes.WriteByte((byte)_buffer);
                _buffer = 0;
                _count = 0;
            }

            return _bytes.ToArray();
        }
    }
}

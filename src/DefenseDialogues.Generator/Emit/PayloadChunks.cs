using System.Collections.Generic;
using System.Text;
using DefenseDialogues.Generator.Model;
using DefenseDialogues.Generator.Planning;

namespace DefenseDialogues.Generator.Emit;

/// <summary>
/// Emits a table of payloads as the runtime's <c>PayloadTable</c> reads it: a few large literals behind
/// one small switch, instead of one literal and one call per record. There is then no per-record
/// code to JIT on first access, and a chunk is a single blob in the assembly. The records' tables are
/// chunked by block (<see cref="Table"/> in one file, each block's <see cref="Literal"/> in its own);
/// the people's by <see cref="MaxRecords"/> and <see cref="MaxBytes"/>, all in one file (<see cref="Emit"/>).
/// </summary>
internal static class PayloadChunks
{
    /// <summary>Records per chunk at most: a chunk's frames are scanned once, on first access to one of its records.</summary>
    public const int MaxRecords = 256;

    /// <summary>Bytes per chunk, about (one record larger than this gets a chunk of its own).</summary>
    public const int MaxBytes = 1 << 20;

    /// <summary>
    /// Writes a whole table in one file: <c>{name}Payloads()</c>, its <c>{name}Chunk</c> switch and every
    /// chunk literal, chunked by <see cref="MaxRecords"/> and <see cref="MaxBytes"/>.
    /// </summary>
    public static void Emit(SourceWriter w, string name, IReadOnlyList<string> payloads, EmitTarget target)
    {
        var starts = new List<int> { 0 };
        var bytes = 0;
        for (var i = 0; i < payloads.Count; i++)
        {
            var size = Encoding.UTF8.GetByteCount(payloads[i]);
            var records = i - starts[starts.Count - 1];
            if (records == MaxRecords || (records > 0 && bytes + size > MaxBytes))
            {
                starts.Add(i);
                bytes = 0;
            }

            bytes += size;
        }

        if (payloads.Count > 0)
        {
            starts.Add(payloads.Count);
        }

        Table(w, name, starts, target);
        for (var c = 0; c + 1 < starts.Count; c++)
        {
            w.Line();
            Literal(w, name, c, Slice(payloads, starts[c], starts[c + 1]), target);
        }
    }

    /// <summary>
    /// Writes <c>private static PayloadTable {name}Payloads()</c> over chunks that start at
    /// <paramref name="starts"/> (the last entry is the record count), and the <c>{name}Chunk(int)</c>
    /// switch calling each chunk's method, <c>{name}Chunk{n}()</c>, written by <see cref="Literal"/>
    /// here or in another part of the class.
    /// </summary>
    public static void Table(SourceWriter w, string name, IReadOnlyList<int> starts, EmitTarget target)
    {
        var numbers = new string[starts.Count];
        for (var i = 0; i < numbers.Length; i++)
        {
            numbers[i] = GeneratedFile.Number(starts[i]);
        }

        w.Line($"private static global::DefenseDialogues.Storage.PayloadTable {name}Payloads() => new global::DefenseDialogues.Storage.PayloadTable(new int[] {{ {string.Join(", ", numbers)} }}, {name}Chunk);");
        w.Line();
        w.Line($"private static {ChunkType(target)} {name}Chunk(int chunk)");
        w.Open();
        w.Line("switch (chunk)");
        w.Open();
        for (var c = 0; c + 1 < starts.Count; c++)
        {
            w.Line($"case {GeneratedFile.Number(c)}: return {name}Chunk{GeneratedFile.Number(c)}();");
        }

        w.Line("default: throw new global::System.ArgumentOutOfRangeException(nameof(chunk));");
        w.Close();
        w.Close();
    }

    /// <summary>
    /// Writes chunk <paramref name="number"/>'s method, <c>{name}Chunk{n}()</c>: the payloads framed as
    /// <c>&lt;UTF-8 byte length&gt;:&lt;payload&gt;</c>, deflated when that is shorter (<see cref="DeflatedChunk"/>),
    /// in one literal. One method per literal: the compiler holds a method's literals together while it
    /// compiles the method, so one method with every chunk peaked at ~4x the memory (measured, 40 MB corpus).
    /// </summary>
    public static void Literal(SourceWriter w, string name, int number, IReadOnlyList<string> payloads, EmitTarget target)
    {
        // The frames as UTF-8, written once into an array of their exact size (the chunk of a block of
        // text is ~0.4 MB, and each copy of it is garbage the compiler's server GC holds on to).
        var lengths = new int[payloads.Count];
        var prefixes = new string[payloads.Count];
        var size = 0;
        for (var i = 0; i < payloads.Count; i++)
        {
            lengths[i] = Encoding.UTF8.GetByteCount(payloads[i]);
            prefixes[i] = GeneratedFile.Number(lengths[i]) + ":";
            size += prefixes[i].Length + lengths[i];
        }

        var bytes = new byte[size];
        var at = 0;
        for (var i = 0; i < payloads.Count; i++)
        {
            at += Encoding.ASCII.GetBytes(prefixes[i], 0, prefixes[i].Length, bytes, at);
            at += Encoding.UTF8.GetBytes(payloads[i], 0, payloads[i].Length, bytes, at);
        }

        // The frames' UTF-8 length is what their literal takes at least (escapes only add to it).
        var literal = DeflatedChunk.Encode(bytes, bytes.Length) ?? Escaped(payloads, prefixes);
        w.Line(
            $"private static {ChunkType(target)} {name}Chunk{GeneratedFile.Number(number)}() => \"",
            literal,
            target.UsesUtf8Literals ? "\"u8;" : "\";");
    }

    private static string Escaped(IReadOnlyList<string> payloads, string[] prefixes)
    {
        var literal = new StringBuilder();
        for (var i = 0; i < payloads.Count; i++)
        {
            literal.Append(prefixes[i]);
            CSharpLiteral.AppendStringBody(literal, payloads[i]);
        }

        return literal.ToString();
    }

    private static string ChunkType(EmitTarget target) => target.UsesUtf8Literals ? "global::System.ReadOnlySpan<byte>" : "string";

    private static IReadOnlyList<string> Slice(IReadOnlyList<string> items, int from, int to)
    {
        var slice = new string[to - from];
        for (var i = 0; i < slice.Length; i++)
        {
            slice[i] = items[from + i];
        }

        return slice;
    }
}

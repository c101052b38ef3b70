using System.Collections.Generic;
using System.Text;
using DefenseDialogues.Generator.Model;
using DefenseDialogues.Generator.Planning;

namespace DefenseDialogues.Generator.Emit;

/// <summary>How a table's chunks are written, and so how the runtime's <c>PayloadTable</c> reads them.</summary>
internal enum ChunkForm
{
    /// <summary>Each chunk a <c>"…"u8</c> literal (<c>Utf8Chunk</c>).</summary>
    Utf8,

    /// <summary>Each chunk a string literal (<c>Func&lt;int, string&gt;</c>; below C# 11).</summary>
    String,

    /// <summary>Each chunk a <c>u8</c> or a string literal, block by block (<c>MixedChunk</c>).</summary>
    Mixed,
}

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

    /// <summary>The form of the records' tables on <paramref name="target"/>; the people's and meetings' are never mixed.</summary>
    public static ChunkForm RecordsForm(EmitTarget target)
        => target.UsesMixedChunks ? ChunkForm.Mixed : target.UsesUtf8Literals ? ChunkForm.Utf8 : ChunkForm.String;

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

        var form = target.UsesUtf8Literals ? ChunkForm.Utf8 : ChunkForm.String;
        Table(w, name, starts, form);
        for (var c = 0; c + 1 < starts.Count; c++)
        {
            w.Line();
            Literal(w, name, c, EncodedChunk.Of(Slice(payloads, starts[c], starts[c + 1])), form, target.HasMixedChunks, asString: form == ChunkForm.String);
        }
    }

    /// <summary>
    /// Writes <c>private static PayloadTable {name}Payloads()</c> over chunks that start at
    /// <paramref name="starts"/> (the last entry is the record count), and the <c>{name}Chunk</c>
    /// switch calling each chunk's method, <c>{name}Chunk{n}</c>, written by <see cref="Literal"/>
    /// here or in another part of the class.
    /// </summary>
    public static void Table(SourceWriter w, string name, IReadOnlyList<int> starts, ChunkForm form)
    {
        var numbers = new string[starts.Count];
        for (var i = 0; i < numbers.Length; i++)
        {
            numbers[i] = GeneratedFile.Number(starts[i]);
        }

        w.Line($"private static global::DefenseDialogues.Storage.PayloadTable {name}Payloads() => new global::DefenseDialogues.Storage.PayloadTable(new int[] {{ {string.Join(", ", numbers)} }}, {name}Chunk);");
        w.Line();
        var mixed = form == ChunkForm.Mixed;
        w.Line($"private static {(form == ChunkForm.String ? "string" : Span)} {name}Chunk(int chunk{(mixed ? ", out string? text" : string.Empty)})");
        w.Open();
        w.Line("switch (chunk)");
        w.Open();
        for (var c = 0; c + 1 < starts.Count; c++)
        {
            w.Line($"case {GeneratedFile.Number(c)}: return {name}Chunk{GeneratedFile.Number(c)}({(mixed ? "out text" : string.Empty)});");
        }

        w.Line("default: throw new global::System.ArgumentOutOfRangeException(nameof(chunk));");
        w.Close();
        w.Close();
    }

    /// <summary>
    /// Writes chunk <paramref name="number"/>'s method, <c>{name}Chunk{n}</c>: the payloads framed as
    /// <c>&lt;UTF-8 byte length&gt;:&lt;payload&gt;</c>, deflated when that is shorter (<see cref="DeflatedChunk"/>),
    /// in one literal: a string when <paramref name="asString"/> (in a <see cref="ChunkForm.Mixed"/> table, the
    /// method's <c>out</c> text), a <c>u8</c> literal otherwise. One method per literal: the compiler holds a
    /// method's literals together while it compiles the method, so one method with every chunk peaked at ~4x
    /// the memory (measured, 40 MB corpus). <paramref name="wide"/>: the runtime reads string chunks deflated
    /// 15 bits a character, not only in Z85.
    /// </summary>
    public static void Literal(SourceWriter w, string name, int number, EncodedChunk chunk, ChunkForm form, bool wide, bool asString)
    {
        var method = name + "Chunk" + GeneratedFile.Number(number);
        if (form == ChunkForm.Mixed)
        {
            w.Line(
                $"private static {Span} {method}(out string? text) {{ text = {(asString ? "\"" : "null; return \"")}",
                asString ? chunk.StringBody(wide) : chunk.Utf8Body(),
                asString ? "\"; return default; }" : "\"u8; }");
            return;
        }

        w.Line(
            $"private static {(asString ? "string" : Span)} {method}() => \"",
            asString ? chunk.StringBody(wide) : chunk.Utf8Body(),
            asString ? "\";" : "\"u8;");
    }

    private const string Span = "global::System.ReadOnlySpan<byte>";

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

/// <summary>
/// A chunk's payloads framed as <c>&lt;UTF-8 byte length&gt;:&lt;payload&gt;</c> and deflated once, before the
/// block decides which literal holds it: <see cref="StringChars"/> is what it would take of the string heap.
/// </summary>
internal sealed class EncodedChunk
{
    private readonly IReadOnlyList<string> _payloads;
    private readonly string[] _prefixes;
    private readonly byte[] _frames;
    private readonly byte[] _packed;
    private readonly int _frameChars;

    private EncodedChunk(IReadOnlyList<string> payloads, string[] prefixes, byte[] frames, byte[] packed, int frameChars)
    {
        _payloads = payloads;
        _prefixes = prefixes;
        _frames = frames;
        _packed = packed;
        _frameChars = frameChars;
    }

    /// <summary>The characters of this chunk's string literal (<see cref="StringBody"/> with the wide form).</summary>
    public int StringChars => System.Math.Min(DeflatedChunk.WideChars(_frames.Length, _packed.Length), _frameChars);

    /// <summary>Frames <paramref name="payloads"/> and deflates them.</summary>
    public static EncodedChunk Of(IReadOnlyList<string> payloads)
    {
        // The frames as UTF-8, written once into an array of their exact size (the chunk of a block of
        // text is ~0.4 MB, and each copy of it is garbage the compiler's server GC holds on to).
        var prefixes = new string[payloads.Count];
        var size = 0;
        var chars = 0;
        for (var i = 0; i < payloads.Count; i++)
        {
            var length = Encoding.UTF8.GetByteCount(payloads[i]);
            prefixes[i] = GeneratedFile.Number(length) + ":";
            size += prefixes[i].Length + length;
            chars += prefixes[i].Length + payloads[i].Length;
        }

        var frames = new byte[size];
        var at = 0;
        for (var i = 0; i < payloads.Count; i++)
        {
            at += Encoding.ASCII.GetBytes(prefixes[i], 0, prefixes[i].Length, frames, at);
            at += Encoding.UTF8.GetBytes(payloads[i], 0, payloads[i].Length, frames, at);
        }

        return new EncodedChunk(payloads, prefixes, frames, DeflatedChunk.Compress(frames), chars);
    }

    /// <summary>The body of the chunk's <c>u8</c> literal: Z85 when shorter than the frames' UTF-8 (escapes only add to them).</summary>
    public string Utf8Body() => DeflatedChunk.Z85(_frames, _packed, _frames.Length) ?? Escaped();

    /// <summary>The body of the chunk's string literal: deflated (15 bits a character when <paramref name="wide"/>, else Z85) when shorter.</summary>
    public string StringBody(bool wide)
        => (wide ? DeflatedChunk.Wide(_frames, _packed, _frameChars) : DeflatedChunk.Z85(_frames, _packed, _frames.Length)) ?? Escaped();

    private string Escaped()
    {
        var literal = new StringBuilder();
        for (var i = 0; i < _payloads.Count; i++)
        {
            literal.Append(_prefixes[i]);
            CSharpLiteral.AppendStringBody(literal, _payloads[i]);
        }

        return literal.ToString();
    }
}

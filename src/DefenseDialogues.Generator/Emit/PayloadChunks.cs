using System.Collections.Generic;
using System.Globalization;
using System.Text;
using DefenseDialogues.Generator.Model;

namespace DefenseDialogues.Generator.Emit;

/// <summary>
/// Emits a table of payloads as the runtime's <c>PayloadTable</c> reads it: a few large literals
/// (each up to <see cref="MaxRecords"/> framed payloads or about <see cref="MaxBytes"/> bytes) behind
/// one small switch, instead of one literal and one call per record. There is then no per-record
/// code to JIT on first access, and a chunk is a single blob in the assembly.
/// </summary>
internal static class PayloadChunks
{
    /// <summary>Records per chunk at most: a chunk's frames are scanned once, on first access to one of its records.</summary>
    public const int MaxRecords = 256;

    /// <summary>Bytes per chunk, about (one record larger than this gets a chunk of its own).</summary>
    public const int MaxBytes = 1 << 20;

    /// <summary>
    /// Writes <c>private static PayloadTable {name}Payloads()</c> and its chunk method
    /// <c>{name}Chunk</c> (UTF-8 literals, or strings for C# versions without them).
    /// </summary>
    public static void Emit(SourceWriter w, string name, IReadOnlyList<string> payloads, EmitTarget target)
    {
        var starts = new List<int> { 0 };
        var literals = new List<string>(); // each chunk's literal body, already escaped
        var chunk = new StringBuilder();
        var records = 0;
        var bytes = 0;
        for (var i = 0; i < payloads.Count; i++)
        {
            var size = Encoding.UTF8.GetByteCount(payloads[i]);
            if (records == MaxRecords || (records > 0 && bytes + size > MaxBytes))
            {
                literals.Add(chunk.ToString());
                starts.Add(i);
                chunk.Clear();
                records = 0;
                bytes = 0;
            }

            // Escaped as it is framed: the chunk's literal is built once, with no unescaped copy.
            chunk.Append(size.ToString(CultureInfo.InvariantCulture)).Append(':');
            CSharpLiteral.AppendStringBody(chunk, payloads[i]);
            records++;
            bytes += size;
        }

        if (records > 0)
        {
            literals.Add(chunk.ToString());
            starts.Add(payloads.Count);
        }

        var numbers = new string[starts.Count];
        for (var i = 0; i < numbers.Length; i++)
        {
            numbers[i] = Number(starts[i]);
        }

        w.Line($"private static global::DefenseDialogues.Storage.PayloadTable {name}Payloads() => new global::DefenseDialogues.Storage.PayloadTable(new int[] {{ {string.Join(", ", numbers)} }}, {name}Chunk);");
        w.Line();
        var type = target.UsesUtf8Literals ? "global::System.ReadOnlySpan<byte>" : "string";
        w.Line($"private static {type} {name}Chunk(int chunk)");
        w.Open();
        w.Line("switch (chunk)");
        w.Open();
        for (var c = 0; c < literals.Count; c++)
        {
            w.Line($"case {Number(c)}: return {name}Chunk{Number(c)}();");
        }

        w.Line("default: throw new global::System.ArgumentOutOfRangeException(nameof(chunk));");
        w.Close();
        w.Close();

        // One method per literal: the compiler holds a method's literals together while it compiles
        // the method, so one method with every chunk peaked at ~4x the memory (measured, 40 MB corpus).
        var suffix = target.UsesUtf8Literals ? "u8" : string.Empty;
        for (var c = 0; c < literals.Count; c++)
        {
            w.Line();
            w.Line($"private static {type} {name}Chunk{Number(c)}() => \"{literals[c]}\"{suffix};");
        }
    }

    private static string Number(int n) => n.ToString(CultureInfo.InvariantCulture);
}

using System;
using System.Collections.Generic;
using DefenseDialogues.Generator.Model;
using DefenseDialogues.Generator.Extraction.Text;

namespace DefenseDialogues.Generator.Extraction.Fields;

/// <summary>One piece of evidence a stage gives for a value of the record (<c>Partner #1</c>, <c>Participant #0 title #2</c>).</summary>
/// <param name="Field">The record's field.</param>
/// <param name="Index">Which value of a list field (0 for a single value).</param>
/// <param name="Item">Which item inside that value (a participant's title), else 0.</param>
/// <param name="Value">The value as text, or null when it is unknown.</param>
/// <param name="Finding">Where it was read, or how it was inferred.</param>
internal readonly record struct FieldEvidence(EvidenceField Field, int Index, int Item, string? Value, Finding Finding);

/// <summary>
/// What every field stage returns: its value, the evidence for it in the record's order, and the
/// diagnostics it raised. One contract for all stages, so the extractor never zips side lists by index.
/// </summary>
/// <typeparam name="T">The field's value.</typeparam>
internal sealed class Field<T>
{
    private static readonly IReadOnlyList<DiagnosticInfo> NoDiagnostics = Array.Empty<DiagnosticInfo>();

    public Field(T value, IReadOnlyList<FieldEvidence> evidence, IReadOnlyList<DiagnosticInfo>? diagnostics = null)
    {
        Value = value;
        Evidence = evidence;
        Diagnostics = diagnostics ?? NoDiagnostics;
    }

    /// <summary>The value read.</summary>
    public T Value { get; }

    /// <summary>Why: one entry per value (and per item of a value).</summary>
    public IReadOnlyList<FieldEvidence> Evidence { get; }

    /// <summary>What the stage found wrong in the text (a weekday that contradicts the date).</summary>
    public IReadOnlyList<DiagnosticInfo> Diagnostics { get; }
}

/// <summary>Builds <see cref="Field{T}"/>s for the two shapes of field: one value, or a list of values each read somewhere.</summary>
internal static class Field
{
    /// <summary>A single value (<paramref name="text"/> null: unknown) with its finding.</summary>
    public static Field<T> One<T>(T value, EvidenceField field, string? text, Finding finding, IReadOnlyList<DiagnosticInfo>? diagnostics = null)
        => new(value, new[] { new FieldEvidence(field, 0, 0, text, finding) }, diagnostics);

    /// <summary>A list of values, value <c>k</c> read at <c>spans[k]</c>.</summary>
    public static Field<IReadOnlyList<T>> Many<T>(IReadOnlyList<T> values, IReadOnlyList<StorySpan> spans, EvidenceField field, Func<T, string> text)
    {
        var evidence = new FieldEvidence[values.Count];
        for (var k = 0; k < evidence.Length; k++)
        {
            evidence[k] = new FieldEvidence(field, k, 0, text(values[k]), new Finding(spans[k]));
        }

        return new Field<IReadOnlyList<T>>(values, evidence);
    }
}

using DefenseDialogues.Generator.Extraction.Text;

namespace DefenseDialogues.Generator.Extraction.Fields;

/// <summary>
/// Why a stage decided a value: where it read it (null when nothing in the text says it) and, for a
/// value inferred rather than read, how (<c>year from the header</c>).
/// </summary>
/// <param name="Span">The words the value was read from, or null.</param>
/// <param name="Note">How the value was inferred, or null when it was read as written.</param>
internal readonly record struct Finding(StorySpan? Span, string? Note = null)
{
    /// <summary>No evidence: the value is unknown or a default.</summary>
    public static Finding None(string? note = null) => new(null, note);
}

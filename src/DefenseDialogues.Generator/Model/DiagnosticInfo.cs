namespace DefenseDialogues.Generator.Model;

/// <summary>
/// A place in an article, as plain data: the character span in the text as read and the
/// zero-based line/column span an editor shows. No Roslyn types, so models stay cacheable.
/// </summary>
internal sealed record TextLocation(string FilePath, int Start, int Length, int StartLine, int StartColumn, int EndLine, int EndColumn)
{
    /// <summary>The location of a whole file's first character, for problems with no better place.</summary>
    public static TextLocation FileStart(string filePath) => new(filePath, 0, 0, 0, 0, 0, 0);
}

/// <summary>
/// A diagnostic as data: the descriptor's ID, the message arguments and where it points.
/// The pipeline turns it into a Roslyn <c>Diagnostic</c> when it reports.
/// </summary>
internal sealed record DiagnosticInfo(string Id, TextLocation Location, EquatableArray<string> MessageArgs)
{
    public static DiagnosticInfo Create(string id, TextLocation location, params string[] messageArgs)
        => new(id, location, new EquatableArray<string>(messageArgs));
}

/// <summary>The result of the per-file step: the record (null when the file is unusable) and what to report.</summary>
internal sealed record ExtractionResult(DialogueModel? Dialogue, EquatableArray<DiagnosticInfo> Diagnostics);

namespace DefenseDialogues.Generator.Model;

/// <summary>
/// Every record of the corpus, ordered by id (ordinal), and every diagnostic to report,
/// in a fixed order: the same value whatever order the files came in.
/// </summary>
/// <param name="Dialogues">The records, ordered by id.</param>
/// <param name="Diagnostics">What to report, in file order.</param>
/// <param name="LiteralChars">For each record, the characters its payloads take as string literals (see <see cref="ExtractedArticle.LiteralChars"/>).</param>
internal sealed record CorpusModel(EquatableArray<DialogueModel> Dialogues, EquatableArray<DiagnosticInfo> Diagnostics, EquatableArray<int> LiteralChars);

/// <summary>
/// One file's outcome of the per-file step: its extraction and, when the target stores payloads as
/// string literals (below C# 11), how many characters the record's payloads take, measured here so that
/// the corpus-wide storage check adds numbers instead of writing every payload again.
/// </summary>
/// <param name="Path">The file's path.</param>
/// <param name="Result">The record (or null) and the file's diagnostics.</param>
/// <param name="LiteralChars">The record's payload and evidence payload length, its participants' person links written as null; 0 when not measured.</param>
internal sealed record ExtractedArticle(string Path, ExtractionResult Result, int LiteralChars);

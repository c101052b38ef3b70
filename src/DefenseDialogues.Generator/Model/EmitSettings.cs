namespace DefenseDialogues.Generator.Model;

/// <summary>
/// Whether the corpus fits the target's literals: always with UTF-8 literals; as plain strings only
/// below the metadata string heap's limit (CS8103), else DD0201 and nothing is emitted.
/// </summary>
/// <param name="Fits">Whether to emit.</param>
/// <param name="Chars">Characters of string literals the payloads need (0 with UTF-8 literals).</param>
internal sealed record StorageCheck(bool Fits, long Chars);

/// <summary>
/// What every output is formatted with: the MSBuild options, the consuming compilation and whether the
/// corpus fits. The corpus's size is not in it (only <see cref="StorageFits"/>), so an edit that changes
/// the size but not the verdict leaves every output that depends on the settings cached.
/// </summary>
internal sealed record EmitSettings(GeneratorOptions Options, EmitTarget Target, bool StorageFits)
{
    /// <summary>Whether sources are emitted at all (the runtime is referenced and the corpus fits).</summary>
    public bool Emits => Options.Generates && Target.HasRuntime && StorageFits;
}

/// <summary>What the diagnostics output reports besides the settings: the corpus's diagnostics and the storage check.</summary>
internal sealed record ReportModel(CorpusModel Corpus, StorageCheck Storage, EquatableArray<DiagnosticInfo> MeetingDiagnostics);

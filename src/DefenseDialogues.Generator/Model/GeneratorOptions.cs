namespace DefenseDialogues.Generator.Model;

/// <summary>The MSBuild options the generator reads (CompilerVisibleProperty), already validated.</summary>
/// <param name="Namespace">Namespace of the generated classes (<c>DialoguesNamespace</c>).</param>
/// <param name="IsPublic">Whether the generated classes are public (<c>DialoguesVisibility</c>).</param>
/// <param name="Diagnostics">Problems with the values given, reported by the pipeline.</param>
/// <param name="EvidenceDiagnostics">Whether each extracted value is reported as an info diagnostic at its span (<c>DialogueEvidenceDiagnostics</c>).</param>
/// <param name="Generates">
/// Whether this project holds the dataset (<c>DialoguesGenerate</c>): false in a project that only gets the
/// package through a reference to a library using it, which then emits and reports nothing, so the
/// library's data is the only copy and no warning of it is repeated.
/// </param>
/// <param name="HelpLinkBase">
/// The page the diagnostics' help links open, an anchor per id appended (<c>DialoguesHelpLinkBase</c>); null
/// for the built-in default.
/// </param>
/// <param name="StringLiteralChars">
/// With UTF-8 literals, how many characters of string literals the records' chunks may take
/// (<c>DialoguesStringLiteralChars</c>; 0: none, every chunk a UTF-8 literal).
/// </param>
internal sealed record GeneratorOptions(string Namespace, bool IsPublic, EquatableArray<DiagnosticInfo> Diagnostics, bool EvidenceDiagnostics = false, bool Generates = true, string? HelpLinkBase = null, int StringLiteralChars = GeneratorOptions.DefaultStringLiteralChars)
{
    /// <summary>The namespace used when <c>DialoguesNamespace</c> is not set or not valid.</summary>
    public const string DefaultNamespace = "DefenseDialogues";

    /// <summary>
    /// The default of <see cref="StringLiteralChars"/>: 6,000,000 characters are 12 MB of the assembly's
    /// 16 MB string heap (CS8103), leaving 4.7 MB for the project's own strings.
    /// </summary>
    public const int DefaultStringLiteralChars = 6_000_000;

    /// <summary>The most <see cref="StringLiteralChars"/> can be: the whole heap, two bytes a character.</summary>
    public const int StringLiteralCharsCeiling = 8_000_000;
}

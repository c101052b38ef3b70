namespace DefenseDialogues.Generator.Model;

/// <summary>The MSBuild options the generator reads (CompilerVisibleProperty), already validated.</summary>
/// <param name="Namespace">Namespace of the generated classes (<c>DialoguesNamespace</c>).</param>
/// <param name="IsPublic">Whether the generated classes are public (<c>DialoguesVisibility</c>).</param>
/// <param name="Diagnostics">Problems with the values given, reported by the pipeline.</param>
/// <param name="EvidenceDiagnostics">Whether each extracted value is reported as an info diagnostic at its span (<c>DialogueEvidenceDiagnostics</c>).</param>
internal sealed record GeneratorOptions(string Namespace, bool IsPublic, EquatableArray<DiagnosticInfo> Diagnostics, bool EvidenceDiagnostics = false)
{
    /// <summary>The namespace used when <c>DialoguesNamespace</c> is not set or not valid.</summary>
    public const string DefaultNamespace = "DefenseDialogues";
}

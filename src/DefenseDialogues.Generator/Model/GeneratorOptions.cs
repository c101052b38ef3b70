using System.Collections.Generic;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using DefenseDialogues.Generator.Diagnostics;

namespace DefenseDialogues.Generator.Model;

/// <summary>The MSBuild options the generator reads (CompilerVisibleProperty), already validated.</summary>
/// <param name="Namespace">Namespace of the generated classes (<c>DialoguesNamespace</c>).</param>
/// <param name="IsPublic">Whether the generated classes are public (<c>DialoguesVisibility</c>).</param>
/// <param name="Diagnostics">Problems with the values given, reported by the pipeline.</param>
/// <param name="EvidenceDiagnostics">Whether each extracted value is reported as an info diagnostic at its span (<c>DialogueEvidenceDiagnostics</c>).</param>
internal sealed record GeneratorOptions(string Namespace, bool IsPublic, EquatableArray<DiagnosticInfo> Diagnostics, bool EvidenceDiagnostics = false)
{
    public const string DefaultNamespace = "DefenseDialogues";

    public static GeneratorOptions Read(AnalyzerConfigOptions options)
    {
        var diagnostics = new List<DiagnosticInfo>();

        options.TryGetValue("build_property.DialoguesNamespace", out var ns);
        ns = ns?.Trim();
        if (string.IsNullOrEmpty(ns))
        {
            ns = DefaultNamespace;
        }
        else if (!IsValidNamespace(ns!))
        {
            diagnostics.Add(Invalid("DialoguesNamespace", ns!, "not a C# namespace", DefaultNamespace));
            ns = DefaultNamespace;
        }

        options.TryGetValue("build_property.DialoguesVisibility", out var visibility);
        visibility = visibility?.Trim().ToLowerInvariant();
        var isPublic = visibility == "public";
        if (!string.IsNullOrEmpty(visibility) && visibility != "public" && visibility != "internal")
        {
            diagnostics.Add(Invalid("DialoguesVisibility", visibility!, "expected 'internal' or 'public'", "internal"));
        }

        options.TryGetValue("build_property.DialogueEvidenceDiagnostics", out var evidence);
        evidence = evidence?.Trim().ToLowerInvariant();
        var evidenceDiagnostics = evidence == "true";
        if (!string.IsNullOrEmpty(evidence) && evidence != "true" && evidence != "false")
        {
            diagnostics.Add(Invalid("DialogueEvidenceDiagnostics", evidence!, "expected 'true' or 'false'", "false"));
        }

        return new GeneratorOptions(ns!, isPublic, new EquatableArray<DiagnosticInfo>(diagnostics.ToArray()), evidenceDiagnostics);
    }

    private static bool IsValidNamespace(string ns)
    {
        foreach (var part in ns.Split('.'))
        {
            if (!SyntaxFacts.IsValidIdentifier(part) || SyntaxFacts.GetKeywordKind(part) != SyntaxKind.None)
            {
                return false;
            }
        }

        return true;
    }

    private static DiagnosticInfo Invalid(string property, string value, string why, string fallback)
        => DiagnosticInfo.Create(DiagnosticIds.InvalidOption, TextLocation.FileStart(string.Empty), property, value, why, fallback);
}

using System.Collections.Generic;
using DefenseDialogues.Generator.Diagnostics;
using DefenseDialogues.Generator.Model;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace DefenseDialogues.Generator.Input;

/// <summary>Reads and validates the MSBuild options (CompilerVisibleProperty) into <see cref="GeneratorOptions"/>.</summary>
internal static class OptionsReader
{
    /// <summary>The options as set, each invalid value replaced by its default and reported.</summary>
    public static GeneratorOptions Read(AnalyzerConfigOptions options)
    {
        var diagnostics = new List<DiagnosticInfo>();

        options.TryGetValue("build_property.DialoguesNamespace", out var ns);
        ns = ns?.Trim();
        if (string.IsNullOrEmpty(ns))
        {
            ns = GeneratorOptions.DefaultNamespace;
        }
        else if (!IsValidNamespace(ns!))
        {
            diagnostics.Add(Invalid("DialoguesNamespace", ns!, "not a C# namespace", GeneratorOptions.DefaultNamespace));
            ns = GeneratorOptions.DefaultNamespace;
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

        // Set by the package's build files; absent (the generator referenced by hand, or a test driver) means generate.
        options.TryGetValue("build_property.DialoguesGenerate", out var generate);
        var generates = !string.Equals(generate?.Trim(), "false", System.StringComparison.OrdinalIgnoreCase);

        // Where the diagnostics' help links lead (the props default to the package's project README).
        options.TryGetValue("build_property.DialoguesHelpLinkBase", out var helpBase);
        helpBase = helpBase?.Trim();
        if (string.IsNullOrEmpty(helpBase))
        {
            helpBase = null;
        }
        else if (!System.Uri.TryCreate(helpBase, System.UriKind.Absolute, out _))
        {
            diagnostics.Add(Invalid("DialoguesHelpLinkBase", helpBase!, "not an absolute URL", DiagnosticDescriptors.DefaultHelpLinkBase));
            helpBase = null;
        }

        // How much of the string heap the records' chunks may take (the rest stay UTF-8 literals).
        options.TryGetValue("build_property.DialoguesStringLiteralChars", out var chars);
        chars = chars?.Trim();
        var stringLiteralChars = GeneratorOptions.DefaultStringLiteralChars;
        if (!string.IsNullOrEmpty(chars))
        {
            if (int.TryParse(chars, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var parsed) && parsed <= GeneratorOptions.StringLiteralCharsCeiling)
            {
                stringLiteralChars = parsed;
            }
            else
            {
                diagnostics.Add(Invalid("DialoguesStringLiteralChars", chars!, "expected a number of characters from 0 to " + GeneratorOptions.StringLiteralCharsCeiling.ToString("N0", System.Globalization.CultureInfo.InvariantCulture), GeneratorOptions.DefaultStringLiteralChars.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            }
        }

        return new GeneratorOptions(ns!, isPublic, new EquatableArray<DiagnosticInfo>(diagnostics.ToArray()), evidenceDiagnostics, generates, helpBase, stringLiteralChars);
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

using System;
using System.Threading;
using DefenseDialogues.Generator.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace DefenseDialogues.Generator.Input;

/// <summary>Chooses the AdditionalFiles that are articles and reads their text into <see cref="SeedFile"/> values.</summary>
internal static class SeedFiles
{
    private const string SeedMetadata = "build_metadata.AdditionalFiles.DialogueSeed";

    /// <summary>
    /// Whether the file is a seed: its <c>DialogueSeed</c> metadata when set (<c>true</c>/<c>false</c>),
    /// else whether it is a <c>.txt</c> file.
    /// </summary>
    public static bool IsSeed(string path, AnalyzerConfigOptions options)
    {
        if (options.TryGetValue(SeedMetadata, out var flag) && !string.IsNullOrWhiteSpace(flag))
        {
            return string.Equals(flag.Trim(), "true", StringComparison.OrdinalIgnoreCase);
        }

        return string.Equals(System.IO.Path.GetExtension(path), ".txt", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The seed with its text, or null when the file is not a seed.</summary>
    public static SeedFile? Read(AdditionalText file, AnalyzerConfigOptionsProvider options, CancellationToken cancellationToken)
    {
        if (!IsSeed(file.Path, options.GetOptions(file)))
        {
            return null;
        }

        try
        {
            var text = file.GetText(cancellationToken);
            return text is null
                ? new SeedFile(file.Path, null, null, "the compiler could not read it")
                : new SeedFile(file.Path, text.ToString(), text.Encoding?.WebName);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Unreadable, locked, binary: one file's problem, reported on that file.
            return new SeedFile(file.Path, null, null, ex.GetType().Name + ": " + ex.Message);
        }
    }
}

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
    private const string BundledMetadata = "build_metadata.AdditionalFiles.DialogueBundled";
    private const string OriginalPathMetadata = "build_metadata.AdditionalFiles.DialogueOriginalPath";
    private const string EncodingMetadata = "build_metadata.AdditionalFiles.DialogueEncoding";

    /// <summary>
    /// Whether the file is an article. In a build through the package's build files every AdditionalFile
    /// carries the <c>DialogueSeed</c> key (empty unless a <c>DialogueArticle</c> item, <c>DialogueSeeds</c>
    /// or the bundled corpus put it there), so only <c>true</c> counts: a project's <c>PublicAPI.Shipped.txt</c>
    /// or <c>BannedSymbols.txt</c> is never read. Without the key (the generator referenced by hand, a test
    /// driver) a <c>.txt</c> file is an article.
    /// </summary>
    public static bool IsSeed(string path, AnalyzerConfigOptions options)
    {
        if (options.TryGetValue(SeedMetadata, out var flag))
        {
            return string.Equals(flag?.Trim(), "true", StringComparison.OrdinalIgnoreCase);
        }

        return string.Equals(System.IO.Path.GetExtension(path), ".txt", StringComparison.OrdinalIgnoreCase);
    }

    private static bool IsBundled(AnalyzerConfigOptions options)
        => options.TryGetValue(BundledMetadata, out var flag) && string.Equals(flag?.Trim(), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>The seed with its text, or null when the file is not a seed.</summary>
    public static SeedFile? Read(AdditionalText file, AnalyzerConfigOptionsProvider options, CancellationToken cancellationToken)
    {
        var fileOptions = options.GetOptions(file);
        if (!IsSeed(file.Path, fileOptions))
        {
            return null;
        }

        var bundled = IsBundled(fileOptions);

        // A UTF-8 copy the build made of a legacy-encoded article: the record and its diagnostics are the original's.
        // (Percent-encoded by the build check: an .editorconfig value would end at a '#' or ';'.)
        var path = fileOptions.TryGetValue(OriginalPathMetadata, out var original) && !string.IsNullOrWhiteSpace(original) ? Uri.UnescapeDataString(original!.Trim()) : file.Path;
        var convertedFrom = fileOptions.TryGetValue(EncodingMetadata, out var encoding) && !string.IsNullOrWhiteSpace(encoding) ? encoding!.Trim() : null;

        try
        {
            var text = file.GetText(cancellationToken);
            return text is null
                ? new SeedFile(path, null, null, "the compiler could not read it", bundled)
                : new SeedFile(path, text.ToString(), convertedFrom ?? text.Encoding?.WebName, Bundled: bundled);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Unreadable, locked, binary: one file's problem, reported on that file.
            return new SeedFile(path, null, null, ex.GetType().Name + ": " + ex.Message, bundled);
        }
    }
}

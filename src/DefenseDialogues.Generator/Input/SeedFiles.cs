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
    /// Whether the file is an article. In a build through the package's build files every AdditionalFile
    /// carries the <c>DialogueSeed</c> key (empty unless a <c>DialogueArticle</c> item, <c>DialogueSeeds</c>
    /// or the bundled corpus put it there), so only a value starting with <c>true</c> counts: a project's
    /// <c>PublicAPI.Shipped.txt</c> or <c>BannedSymbols.txt</c> is never read. Without the key (the generator
    /// referenced by hand, a test driver) a <c>.txt</c> file is an article.
    /// </summary>
    public static bool IsSeed(string path, AnalyzerConfigOptions options)
        => options.TryGetValue(SeedMetadata, out var flag)
            ? SeedFlag.Parse(flag).IsSeed
            : string.Equals(System.IO.Path.GetExtension(path), ".txt", StringComparison.OrdinalIgnoreCase);

    /// <summary>The seed with its text, or null when the file is not a seed.</summary>
    public static SeedFile? Read(AdditionalText file, AnalyzerConfigOptionsProvider options, CancellationToken cancellationToken)
    {
        var fileOptions = options.GetOptions(file);
        if (!IsSeed(file.Path, fileOptions))
        {
            return null;
        }

        // A UTF-8 copy the build made of a legacy-encoded article: the record and its diagnostics are the original's.
        var flag = fileOptions.TryGetValue(SeedMetadata, out var value) ? SeedFlag.Parse(value) : SeedFlag.Article;
        var bundled = flag.Bundled;
        var path = flag.OriginalPath ?? file.Path;
        var convertedFrom = flag.Encoding;

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

/// <summary>
/// The <c>DialogueSeed</c> value the build files give an AdditionalFile, one key for all the generator needs
/// (one <c>.editorconfig</c> line per file): <c>true</c>, <c>true bundled</c> (the bundled corpus), or
/// <c>true &lt;encoding&gt; &lt;percent-encoded original path&gt;</c> (the check's UTF-8 copy of a legacy-encoded article).
/// </summary>
internal readonly record struct SeedFlag(bool IsSeed, bool Bundled, string? Encoding, string? OriginalPath)
{
    /// <summary>An article with nothing more to say.</summary>
    public static SeedFlag Article => new(true, false, null, null);

    /// <summary>Reads a value; anything not starting with the word <c>true</c> (case ignored) is not an article.</summary>
    public static SeedFlag Parse(string? value)
    {
        var words = (value ?? string.Empty).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0 || !string.Equals(words[0], "true", StringComparison.OrdinalIgnoreCase))
        {
            return default;
        }

        if (words.Length == 2 && string.Equals(words[1], "bundled", StringComparison.OrdinalIgnoreCase))
        {
            return new SeedFlag(true, true, null, null);
        }

        return words.Length == 3 ? new SeedFlag(true, false, words[1], Uri.UnescapeDataString(words[2])) : Article;
    }
}

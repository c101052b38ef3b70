using System.Collections.Immutable;
using DefenseDialogues.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace DefenseDialogues.Benchmarks.Infrastructure;

/// <summary>Synthetic corpora as in-memory AdditionalFiles, the way a build hands them to the generator.</summary>
public static class Workload
{
    /// <summary>The directory the in-memory articles pretend to live in.</summary>
    public const string Directory = "/corpus";

    public static ImmutableArray<AdditionalText> Files(int count, int size = CorpusMaker.DefaultSize)
        => CorpusMaker.Articles(count, size)
            .Select(a => (AdditionalText)new InMemoryAdditionalText(Directory + "/" + a.FileName, a.Text))
            .ToImmutableArray();

    /// <summary>The same file with one paragraph added: a real edit that changes the extracted record.</summary>
    public static AdditionalText Edited(AdditionalText file)
        => new InMemoryAdditionalText(file.Path, file.GetText()!.ToString().Replace(
            "\n\n", "\n\nLes deux parties ont aussi évoqué la coopération dans la médecine militaire.\n\n", StringComparison.Ordinal));

    /// <summary>A user source file and an unrelated edit of it.</summary>
    public const string UserSource = "namespace App { public static class Code { public static int Value => 1; } }";

    public const string EditedUserSource = "namespace App { public static class Code { public static int Value => 2; } }";
}

using System.Collections.Immutable;
using DefenseDialogues.Tests.Infrastructure;
using DefenseDialogues.Generator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

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

    /// <summary>
    /// A driver like <see cref="GeneratorHarness.CreateDriver"/>'s, with step tracking optional: the
    /// compiler runs generators untracked, and tracking 10,000 items costs time of its own.
    /// </summary>
    public static GeneratorDriver Driver(ImmutableArray<AdditionalText> files, bool trackSteps)
        => trackSteps
            ? GeneratorHarness.CreateDriver(files)
            : CSharpGeneratorDriver.Create(
                [new DialogueGenerator().AsSourceGenerator()],
                files,
                GeneratorHarness.ParseOptions(TargetKind.Net10),
                new TestOptionsProvider(new Dictionary<string, string>()),
                new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: false));

    /// <summary>A user source file and an unrelated edit of it.</summary>
    public const string UserSource = "namespace App { public static class Code { public static int Value => 1; } }";

    public const string EditedUserSource = "namespace App { public static class Code { public static int Value => 2; } }";
}

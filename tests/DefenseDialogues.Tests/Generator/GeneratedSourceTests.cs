using System.Collections.Immutable;
using DefenseDialogues.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace DefenseDialogues.Tests.Generator;

/// <summary>Snapshots of the generated source, and proof that it compiles where consumers build.</summary>
public class GeneratedSourceTests
{
    private const string TwoArticlesDir = "/articles/";

    /// <summary>Two small hand-written articles: a policy dialogue and a reception.</summary>
    private static ImmutableArray<AdditionalText> HandWritten() =>
    [
        new InMemoryAdditionalText(TwoArticlesDir + "b_reception.txt",
            " date 2025-03 Le ministre reçoit l'ambassadeur du Chili. Photo : VNA\n\n"
            + "Hanoï (VNA) – Le général Pham Minh Duc, ministre vietnamien de la Défense, a reçu le 12 mars à Hanoï l'ambassadeur chilien Pablo Rojas.\n\n"
            + "Les deux parties ont discuté de la formation et du maintien de la paix de l'ONU.- VNA\n"),
        new InMemoryAdditionalText(TwoArticlesDir + "a_dialogue.txt",
            "Le Vietnam et la Norvège tiennent leur premier dialogue de défense\n\n"
            + "Oslo, 4 juin (VNA) - Le premier Dialogue sur la politique de défense Vietnam-Norvège a eu lieu mardi 4 juin 2024 à Oslo.\n\n"
            + "Les deux parties ont convenu de renforcer la coopération en matière de sécurité maritime et de cybersécurité. -VNA\n"),
    ];

    [Fact]
    public void Seeds()
    {
        var (result, _) = GeneratorHarness.Run(GeneratorHarness.Seeds());
        var sources = GeneratorHarness.GeneratedSources(result).ToArray();
        Assert.Equal(["Dialogues.Index.g.cs", "Dialogues.Records.0.g.cs", "Dialogues.g.cs", "Meetings.g.cs", "Partners.g.cs", "People.g.cs"], sources.Select(s => s.HintName).Order(StringComparer.Ordinal));
        foreach (var (hintName, source) in sources)
        {
            Snapshot.Verify(source, hintName);
        }
    }

    [Fact]
    public void HandWrittenArticles()
    {
        var (result, _) = GeneratorHarness.Run(HandWritten());
        foreach (var (hintName, source) in GeneratorHarness.DialoguesFiles(result))
        {
            Snapshot.Verify(source, hintName);
        }
    }

    [Fact]
    public void Seeds_at_CSharp7_3()
    {
        // A user file parsed as C# 7.3 sets the compilation's language version (an empty compilation has the latest).
        var (result, _) = GeneratorHarness.Run(GeneratorHarness.Seeds(), TargetKind.NetStandard20, userSources: "internal class UserCode { }");
        foreach (var (hintName, source) in GeneratorHarness.DialoguesFiles(result))
        {
            Snapshot.Verify(source, hintName);
        }
    }

    [Theory]
    [InlineData(TargetKind.Net10)]
    [InlineData(TargetKind.NetStandard20)]
    public void Generated_code_compiles_without_warnings(TargetKind target)
    {
        var usage = "namespace Consumer { public static class Use { public static int N() { int n = 0; foreach (var d in DefenseDialogues.Dialogues.All) { n += d.Participants.Count; } return n + DefenseDialogues.Dialogues.Count; } } }";
        var (result, output) = GeneratorHarness.Run(GeneratorHarness.Seeds().AddRange(HandWritten()), target, userSources: usage);

        Assert.Empty(result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error));
        Assert.Empty(GeneratorHarness.Problems(output));
    }

    [Fact]
    public void Output_is_the_same_whatever_the_file_order_and_line_endings()
    {
        var seeds = GeneratorHarness.Seeds();
        var (forward, _) = GeneratorHarness.Run(seeds);
        var reversed = seeds.Reverse()
            .Select(s => (AdditionalText)new InMemoryAdditionalText(s.Path, s.GetText()!.ToString().Replace("\n", "\r\n")));
        var (backward, _) = GeneratorHarness.Run(reversed);
        Assert.Equal(GeneratorHarness.GeneratedSource(forward), GeneratorHarness.GeneratedSource(backward));
    }

    [Fact]
    public void Namespace_and_visibility_come_from_msbuild_properties()
    {
        var properties = new Dictionary<string, string> { ["DialoguesNamespace"] = "My.Data", ["DialoguesVisibility"] = "public" };
        var (result, output) = GeneratorHarness.Run(HandWritten(), properties: properties);
        var source = GeneratorHarness.GeneratedSource(result);
        Assert.Contains("namespace My.Data", source);
        Assert.Contains("public static partial class Dialogues", source);
        Assert.Equal(2, GeneratorHarness.LoadAll(output, "My.Data").Count);
    }

    [Fact]
    public void Invalid_visibility_is_reported_and_internal_used()
    {
        var (result, _) = GeneratorHarness.Run(HandWritten(), properties: new Dictionary<string, string> { ["DialoguesVisibility"] = "protected" });
        Assert.Contains(result.Diagnostics, d => d.Id == "DD0203");
        Assert.Contains("internal static partial class Dialogues", GeneratorHarness.GeneratedSource(result));
    }

    [Fact]
    public void Per_file_metadata_opts_files_in_and_out()
    {
        var files = HandWritten().Add(new InMemoryAdditionalText("/articles/c.article", " date 2024-01 x\n\nHanoï (VNA) - Le Vietnam et le Laos ont tenu des entretiens le 3 janvier.\n"));
        var perFile = new Dictionary<string, IReadOnlyDictionary<string, string>>
        {
            [TwoArticlesDir + "a_dialogue.txt"] = new Dictionary<string, string> { ["build_metadata.AdditionalFiles.DialogueSeed"] = "false" },
            ["/articles/c.article"] = new Dictionary<string, string> { ["build_metadata.AdditionalFiles.DialogueSeed"] = "true" },
        };
        var (_, output) = GeneratorHarness.Run(files, perFile: perFile);
        Assert.Equal(["b_reception", "c"], GeneratorHarness.LoadAll(output).Select(d => d.Id));
    }

    [Fact]
    public void Under_the_package_build_files_only_files_marked_as_articles_are_read()
    {
        // The build files give every AdditionalFile the DialogueSeed key, empty unless it is an article:
        // PublicAPI.Shipped.txt and BannedSymbols.txt then stay out, whatever their extension.
        var files = HandWritten()
            .Add(new InMemoryAdditionalText("/p/PublicAPI.Shipped.txt", "#nullable enable\nMy.Type\nMy.Type.Type() -> void\n"))
            .Add(new InMemoryAdditionalText("/p/BannedSymbols.txt", "T:System.Console;Use the logger\n"));
        var perFile = files.ToDictionary(
            f => f.Path,
            f => (IReadOnlyDictionary<string, string>)new Dictionary<string, string>
            {
                ["build_metadata.AdditionalFiles.DialogueSeed"] = f.Path.StartsWith("/p/", StringComparison.Ordinal) ? string.Empty : "true",
            });
        var (result, output) = GeneratorHarness.Run(files, perFile: perFile);
        Assert.Equal(["a_dialogue", "b_reception"], GeneratorHarness.LoadAll(output).Select(d => d.Id));
        Assert.DoesNotContain(result.Diagnostics, d => d.Location.GetLineSpan().Path.StartsWith("/p/", StringComparison.Ordinal));
    }

    [Fact]
    public void The_bundled_corpus_reports_nothing_about_its_content()
    {
        // Two seeds have no meeting date (DD0102): visible in the data, not as the user's build warnings.
        var seeds = GeneratorHarness.Seeds();
        var bundled = seeds.ToDictionary(
            f => f.Path,
            f => (IReadOnlyDictionary<string, string>)new Dictionary<string, string>
            {
                ["build_metadata.AdditionalFiles.DialogueSeed"] = "true bundled",
            });
        var (plain, _) = GeneratorHarness.Run(seeds);
        Assert.Equal(2, plain.Diagnostics.Count(d => d.Id == "DD0102"));

        var (result, output) = GeneratorHarness.Run(seeds, perFile: bundled);
        Assert.Empty(result.Diagnostics);
        Assert.Equal(2, GeneratorHarness.LoadAll(output).Count(d => d.HeldOn is null));
    }

    [Fact]
    public void A_project_that_does_not_hold_the_dataset_emits_and_reports_nothing()
    {
        // DialoguesGenerate=false: the package came through a referenced library, whose dataset is the one to see.
        var (result, output) = GeneratorHarness.Run(HandWritten().Add(new InMemoryAdditionalText("/a/empty.txt", "")), properties: new Dictionary<string, string> { ["DialoguesGenerate"] = "false" });
        Assert.Empty(result.Results.Single().GeneratedSources);
        Assert.Empty(result.Diagnostics);
        Assert.Empty(GeneratorHarness.Problems(output));
    }

    [Theory]
    [InlineData(TargetKind.Net10)]
    [InlineData(TargetKind.NetStandard20)]
    public void An_empty_corpus_compiles_to_an_empty_list(TargetKind target)
    {
        // A user file sets the compilation's language version (C# 7.3 for netstandard2.0).
        var (result, output) = GeneratorHarness.Run(ImmutableArray<AdditionalText>.Empty, target, userSources: "internal class UserCode { }");
        Assert.Empty(GeneratorHarness.Problems(output));
        Assert.DoesNotContain(GeneratorHarness.GeneratedSources(result), s => s.HintName.StartsWith("Dialogues.Records.", StringComparison.Ordinal));
        if (target == TargetKind.Net10)
        {
            Assert.Empty(GeneratorHarness.LoadAll(output));
        }
    }

    [Theory]
    [InlineData(TargetKind.Net10)]
    [InlineData(TargetKind.NetStandard20)]
    public void Records_across_blocks_compile_and_decode_in_order(TargetKind target)
    {
        // 300 articles: blocks 0 and 1 full, block 2 with 44; every record decodes to its own id and date.
        var seeds = GeneratorHarness.Seeds();
        var files = Enumerable.Range(0, 300)
            .Select(i => (AdditionalText)new InMemoryAdditionalText($"/corpus/a{i:D3}.txt", seeds[i % seeds.Length].GetText()!.ToString()))
            .ToImmutableArray();
        var (result, output) = GeneratorHarness.Run(files, target, userSources: "internal class UserCode { }");

        Assert.Empty(GeneratorHarness.Problems(output));
        Assert.Equal(
            ["Dialogues.Records.0.g.cs", "Dialogues.Records.1.g.cs", "Dialogues.Records.2.g.cs"],
            GeneratorHarness.GeneratedSources(result).Select(s => s.HintName).Where(h => h.StartsWith("Dialogues.Records.", StringComparison.Ordinal)).Order(StringComparer.Ordinal));
        if (target == TargetKind.Net10)
        {
            var all = GeneratorHarness.LoadAll(output);
            Assert.Equal(Enumerable.Range(0, 300).Select(i => $"a{i:D3}"), all.Select(d => d.Id));
            var single = GeneratorHarness.LoadAll(GeneratorHarness.Run([seeds[2]]).Output);
            Assert.Equal(single[0].HeldOn, all[127].HeldOn); // a127 and a297 are copies of seed 2, either side of block edges
            Assert.Equal(single[0].Paragraphs, all[297].Paragraphs);
            Assert.Equal(single[0].Participants.Select(p => p.Name), all[297].Participants.Select(p => p.Name));
        }
    }

    [Fact]
    public void Without_the_runtime_library_the_generator_says_so()
    {
        var compilation = Microsoft.CodeAnalysis.CSharp.CSharpCompilation.Create(
            "NoRuntime", references: Basic.Reference.Assemblies.Net100.References.All);
        var driver = GeneratorHarness.CreateDriver(HandWritten()).RunGenerators(compilation);
        var result = driver.GetRunResult();
        Assert.Contains(result.Diagnostics, d => d.Id == "DD0202" && d.Severity == DiagnosticSeverity.Error);
        Assert.Empty(result.GeneratedTrees);
    }
}

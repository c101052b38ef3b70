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
        Assert.Equal(["Dialogues.Index.g.cs", "Dialogues.Records.0.g.cs", "Dialogues.g.cs", "Partners.g.cs", "People.g.cs"], sources.Select(s => s.HintName).Order(StringComparer.Ordinal));
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

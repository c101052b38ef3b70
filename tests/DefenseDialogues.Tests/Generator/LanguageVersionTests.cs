using DefenseDialogues.Tests.Infrastructure;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace DefenseDialogues.Tests.Generator;

/// <summary>
/// The generated code compiles without a warning on every language version a consumer may set, nullable
/// on or off, for both targets (a net10.0 app at C# 8 once failed with CS8627 on the index's <c>TKey?</c>).
/// </summary>
public class LanguageVersionTests
{
    private const string UsesTheApi = """
        namespace Consumer
        {
            public static class Uses
            {
                public static int Count()
                {
                    var found = 0;
                    if (global::DefenseDialogues.Dialogues.TryGet("001_b932cada2e88634b", out var d))
                    {
                        found = d.Id.Length;
                    }

                    return found + global::DefenseDialogues.Dialogues.InYear(2024).Count + global::DefenseDialogues.Dialogues.With(global::DefenseDialogues.Partners.Japan).Count;
                }
            }
        }
        """;

    public static TheoryData<string, string, bool> Versions()
    {
        var data = new TheoryData<string, string, bool>();
        foreach (var version in new[] { "7.3", "8", "9", "10", "11", "latest" })
        {
            foreach (var nullable in new[] { true, false })
            {
                data.Add(nameof(TargetKind.Net10), version, nullable);
                data.Add(nameof(TargetKind.NetStandard20), version, nullable);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Versions))]
    public void Generated_code_compiles_without_warnings(string target, string version, bool nullable)
    {
        Assert.True(LanguageVersionFacts.TryParse(version, out var languageVersion), version);
        var output = GeneratorHarness.RunAt(GeneratorHarness.Seeds(), Enum.Parse<TargetKind>(target), languageVersion, nullable, UsesTheApi);
        Assert.Empty(GeneratorHarness.Problems(output));
    }

    /// <summary>
    /// The generated files disable nullable warnings (so a large corpus does not pay nullable analysis on every
    /// data member); this keeps them clean with warnings on: each file recompiled under <c>#nullable enable</c>.
    /// </summary>
    [Theory]
    [InlineData(nameof(TargetKind.Net10))]
    [InlineData(nameof(TargetKind.NetStandard20))]
    public void Generated_code_has_no_nullable_warning_with_warnings_on(string target)
    {
        var output = GeneratorHarness.RunAt(GeneratorHarness.Seeds(), Enum.Parse<TargetKind>(target), LanguageVersion.Latest, nullable: true, UsesTheApi);
        var generated = output.SyntaxTrees.Where(t => t.FilePath.EndsWith(".g.cs", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(generated);
        var strict = output;
        foreach (var tree in generated)
        {
            var text = tree.GetText().ToString();
            Assert.Contains("#nullable enable annotations\n#nullable disable warnings\n", text, StringComparison.Ordinal);
            var warningsOn = text.Replace("#nullable enable annotations\n#nullable disable warnings\n", "#nullable enable\n", StringComparison.Ordinal);
            strict = strict.ReplaceSyntaxTree(tree, CSharpSyntaxTree.ParseText(warningsOn, (CSharpParseOptions)tree.Options, tree.FilePath));
        }

        Assert.Empty(GeneratorHarness.Problems(strict));
    }
}

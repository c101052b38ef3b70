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
}

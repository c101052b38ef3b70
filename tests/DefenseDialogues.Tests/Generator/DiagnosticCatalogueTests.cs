using System.Text.RegularExpressions;
using DefenseDialogues.Generator.Diagnostics;
using Microsoft.CodeAnalysis;
using Xunit;

namespace DefenseDialogues.Tests.Generator;

/// <summary>Every diagnostic is declared once, tracked for release, and documented where its help link points.</summary>
public class DiagnosticCatalogueTests
{
    private static readonly string Root = FindRoot();

    public static TheoryData<string> Ids()
    {
        var data = new TheoryData<string>();
        foreach (var id in DiagnosticDescriptors.ById.Keys.Order(StringComparer.Ordinal))
        {
            data.Add(id);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Each_diagnostic_has_a_readme_row_a_section_a_release_entry_and_a_help_link(string id)
    {
        var descriptor = DiagnosticDescriptors.ById[id];
        var readme = File.ReadAllText(Path.Combine(Root, "README.md"));
        var severity = descriptor.DefaultSeverity == DiagnosticSeverity.Error ? "error" : "warning";
        Assert.Matches(new Regex($@"^\| \[{id}\]\(#{id.ToLowerInvariant()}\) \| {severity} \|", RegexOptions.Multiline), readme);
        Assert.Matches(new Regex($@"^### {id}$", RegexOptions.Multiline), readme);

        var releases = File.ReadAllText(Path.Combine(Root, "src", "DefenseDialogues.Generator", "AnalyzerReleases.Unshipped.md"));
        Assert.Contains($"{id} | {descriptor.Category} | {descriptor.DefaultSeverity} |", releases);
        Assert.EndsWith("#" + id.ToLowerInvariant(), descriptor.HelpLinkUri, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_id_constant_has_exactly_one_descriptor()
    {
        var constants = typeof(DiagnosticIds).GetFields().Select(f => (string)f.GetValue(null)!).ToArray();
        Assert.Equal(constants.Order(StringComparer.Ordinal), DiagnosticDescriptors.ById.Keys.Order(StringComparer.Ordinal));
    }

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Dataset.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Dataset.sln not found above " + AppContext.BaseDirectory);
    }
}

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
        foreach (var id in DiagnosticDescriptors.All.Select(d => d.Id).Order(StringComparer.Ordinal))
        {
            data.Add(id);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Each_diagnostic_has_a_readme_row_a_section_a_release_entry_and_a_help_link(string id)
    {
        var descriptor = DiagnosticDescriptors.Get(id);
        var readme = File.ReadAllText(Path.Combine(Root, "README.md"));
        var severity = descriptor.DefaultSeverity switch { DiagnosticSeverity.Error => "error", DiagnosticSeverity.Info => "info", _ => "warning" };
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
        Assert.Equal(constants.Order(StringComparer.Ordinal), DiagnosticDescriptors.All.Select(d => d.Id).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void An_unknown_id_fails_loudly_instead_of_dropping_the_diagnostic()
    {
        var error = Assert.Throws<ArgumentException>(() => DiagnosticDescriptors.Get("DD9999"));
        Assert.Contains("DD9999", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_readme_table_and_sections_name_only_existing_diagnostics_each_once()
    {
        var readme = File.ReadAllText(Path.Combine(Root, "README.md"));

        // The generator's descriptors, and the warnings the package's build files raise (MSBuild <Warning Code=…>).
        var targets = File.ReadAllText(Path.Combine(Root, "src", "DefenseDialogues", "buildTransitive", "DefenseDialogues.targets"));
        var buildIds = Regex.Matches(targets, @"Code=""(DD\d{4})""").Select(m => m.Groups[1].Value).Distinct().ToArray();
        Assert.NotEmpty(buildIds);
        Assert.DoesNotContain(buildIds, id => DiagnosticDescriptors.All.Any(d => d.Id == id));
        var expected = DiagnosticDescriptors.All.Select(d => d.Id).Concat(buildIds).Order(StringComparer.Ordinal).ToArray();

        var rows = Regex.Matches(readme, @"^\| \[(DD\d{4})\]\(#(dd\d{4})\) \|", RegexOptions.Multiline).Select(m => (m.Groups[1].Value, m.Groups[2].Value)).ToList();
        Assert.All(rows, r => Assert.Equal(r.Item1.ToLowerInvariant(), r.Item2));
        Assert.Equal(expected, rows.Select(r => r.Item1).Order(StringComparer.Ordinal));

        var sections = Regex.Matches(readme, @"^### (DD\d{4})\s*$", RegexOptions.Multiline).Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(expected, sections.Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Each_readme_section_says_something(string id)
    {
        var readme = File.ReadAllText(Path.Combine(Root, "README.md")).Replace("\r\n", "\n", StringComparison.Ordinal);
        var start = readme.IndexOf("\n### " + id + "\n", StringComparison.Ordinal);
        Assert.True(start >= 0, id + " has no section");
        var body = readme.Substring(start + id.Length + 6);
        var next = body.IndexOf("\n#", StringComparison.Ordinal);
        body = next >= 0 ? body.Substring(0, next) : body;
        Assert.True(body.Trim().Length >= 20, id + "'s section is empty");
    }

    [Fact]
    public void Release_tracking_lists_each_diagnostic_once_and_nothing_else()
    {
        var rule = new Regex(@"^(DD\d{4})\s*\|\s*([\w.]+)\s*\|\s*(\w+)\s*\|", RegexOptions.Multiline);
        var dir = Path.Combine(Root, "src", "DefenseDialogues.Generator");
        var rows = rule.Matches(File.ReadAllText(Path.Combine(dir, "AnalyzerReleases.Unshipped.md")))
            .Concat(rule.Matches(File.ReadAllText(Path.Combine(dir, "AnalyzerReleases.Shipped.md"))))
            .Select(m => (Id: m.Groups[1].Value, Category: m.Groups[2].Value, Severity: m.Groups[3].Value))
            .ToList();
        Assert.Equal(DiagnosticDescriptors.All.Select(d => d.Id).Order(StringComparer.Ordinal), rows.Select(r => r.Id).Order(StringComparer.Ordinal));
        Assert.All(rows, r =>
        {
            var descriptor = DiagnosticDescriptors.Get(r.Id);
            Assert.Equal(descriptor.Category, r.Category);
            Assert.Equal(descriptor.DefaultSeverity.ToString(), r.Severity);
        });
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Each_descriptor_is_well_formed(string id)
    {
        var descriptor = DiagnosticDescriptors.Get(id);
        Assert.Equal(id, descriptor.Id);
        Assert.Matches(@"^DD\d{4}$", id);
        Assert.StartsWith("DefenseDialogues.", descriptor.Category, StringComparison.Ordinal);
        Assert.True(descriptor.IsEnabledByDefault);
        Assert.False(string.IsNullOrWhiteSpace(descriptor.Title.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal("https://github.com/DefenseDialogues/DefenseDialogues/blob/main/README.md#" + id.ToLowerInvariant(), descriptor.HelpLinkUri);

        // Input and extraction problems describe data: warnings. Only configuration can stop the build.
        // DD03xx explain the data (info, reported only on request); DD0401/DD0402 show where sources disagree (info);
        // DD0403/DD0404 are contradictions in the data (warnings).
        var expected = id.StartsWith("DD03", StringComparison.Ordinal) || id is "DD0401" or "DD0402" ? DiagnosticSeverity.Info
            : id.StartsWith("DD02", StringComparison.Ordinal) && id != "DD0203" ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning;
        Assert.Equal(expected, descriptor.DefaultSeverity);
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

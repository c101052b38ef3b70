using System.Collections.Immutable;
using DefenseDialogues.Generator;
using DefenseDialogues.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace DefenseDialogues.Tests.Generator;

/// <summary>
/// The pipeline's caching, observed through step tracking: an unrelated C# edit must re-run
/// nothing, and editing one article must re-extract that article only.
/// </summary>
public class IncrementalityTests
{
    private static readonly string[] AllSteps =
        [TrackingNames.Options, TrackingNames.Target, TrackingNames.Seeds, TrackingNames.Extraction, TrackingNames.Corpus, TrackingNames.Index];

    [Fact]
    public void Unrelated_csharp_edit_leaves_every_step_cached_or_unchanged()
    {
        var seeds = GeneratorHarness.Seeds();
        var compilation = GeneratorHarness.CreateCompilation(TargetKind.Net10, "class A { }");
        var driver = GeneratorHarness.CreateDriver(seeds).RunGenerators(compilation);

        var edited = compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("class B { int X => 42; }", GeneratorHarness.ParseOptions(TargetKind.Net10)));
        var result = driver.RunGenerators(edited).GetRunResult().Results.Single();

        foreach (var step in AllSteps)
        {
            Assert.True(result.TrackedSteps.ContainsKey(step), $"step {step} was not tracked");
            var reasons = result.TrackedSteps[step].SelectMany(s => s.Outputs).Select(o => o.Reason).ToArray();
            Assert.NotEmpty(reasons);
            Assert.All(reasons, r => Assert.True(r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"{step}: {r}"));
        }

        Assert.All(
            result.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs),
            o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));
    }

    [Fact]
    public void Editing_one_seed_reextracts_only_that_file()
    {
        var seeds = GeneratorHarness.Seeds();
        var compilation = GeneratorHarness.CreateCompilation(TargetKind.Net10, "class A { }");
        var driver = GeneratorHarness.CreateDriver(seeds).RunGenerators(compilation);

        var old = seeds[2];
        var changed = new InMemoryAdditionalText(old.Path, old.GetText()!.ToString().Replace("5 décembre", "6 décembre"));
        var result = driver.ReplaceAdditionalText(old, changed).RunGenerators(compilation).GetRunResult().Results.Single();

        var extraction = result.TrackedSteps[TrackingNames.Extraction].SelectMany(s => s.Outputs).ToArray();
        Assert.Equal(seeds.Length, extraction.Length);
        var rerun = extraction.Where(o => o.Reason is IncrementalStepRunReason.Modified or IncrementalStepRunReason.New).ToArray();
        var (path, outcome) = ((string, DefenseDialogues.Generator.Model.ExtractionResult))Assert.Single(rerun).Value;
        Assert.Equal(old.Path, path);
        Assert.Equal(6, outcome.Dialogue!.HeldOn!.Day);
        Assert.Equal(seeds.Length - 1, extraction.Count(o => o.Reason == IncrementalStepRunReason.Cached));

        // The corpus changed, so the output re-ran; options and target did not.
        Assert.Contains(result.TrackedSteps[TrackingNames.Corpus].SelectMany(s => s.Outputs), o => o.Reason == IncrementalStepRunReason.Modified);
        Assert.All(result.TrackedSteps[TrackingNames.Options].SelectMany(s => s.Outputs), o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));
    }

    [Fact]
    public void A_non_seed_additional_file_never_reaches_extraction()
    {
        var files = GeneratorHarness.Seeds().Add(new InMemoryAdditionalText("/p/notes.md", "# not an article"));
        var compilation = GeneratorHarness.CreateCompilation(TargetKind.Net10);
        var result = GeneratorHarness.CreateDriver(files).RunGenerators(compilation).GetRunResult().Results.Single();
        Assert.Equal(5, result.TrackedSteps[TrackingNames.Extraction].SelectMany(s => s.Outputs).Count());
    }
}

using System.Collections.Immutable;
using DefenseDialogues.Generator;
using DefenseDialogues.Generator.Model;
using DefenseDialogues.Generator.Pipeline;
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
        [TrackingNames.Options, TrackingNames.Target, TrackingNames.Seeds, TrackingNames.Extraction, TrackingNames.Corpus, TrackingNames.Index, TrackingNames.Storage, TrackingNames.Settings, TrackingNames.Blocks, TrackingNames.BlockSources, TrackingNames.BlockFormatting, TrackingNames.People, TrackingNames.Meetings, TrackingNames.MeetingsPlan];

    [Theory]
    [InlineData(TargetKind.Net10)]
    [InlineData(TargetKind.NetStandard20)]
    public void Unrelated_csharp_edit_leaves_every_step_cached_or_unchanged(TargetKind target)
    {
        var seeds = GeneratorHarness.Seeds();
        var compilation = GeneratorHarness.CreateCompilation(target, "class A { }");
        var driver = GeneratorHarness.CreateDriver(seeds, target).RunGenerators(compilation);

        var edited = compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("class B { int X { get { return 42; } } }", GeneratorHarness.ParseOptions(target)));
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
        var deferred = (Deferred<ExtractionInput, ExtractedArticle>)Assert.Single(rerun).Value;
        Assert.Equal(old.Path, deferred.Input.Seed.Path);
        Assert.True(deferred.IsComputed);
        Assert.Equal(6, deferred.Get(default).Result.Dialogue!.HeldOn!.Day);
        Assert.Equal(seeds.Length - 1, extraction.Count(o => o.Reason == IncrementalStepRunReason.Cached));

        // The other files' extractions are the objects of the first run, their results kept: nothing re-extracted.
        var firstRun = driver.GetRunResult().Results.Single().TrackedSteps[TrackingNames.Extraction].SelectMany(s => s.Outputs).Select(o => o.Value).ToArray();
        Assert.Equal(seeds.Length - 1, extraction.Count(o => firstRun.Any(f => ReferenceEquals(f, o.Value))));
        Assert.All(extraction, o => Assert.True(((Deferred<ExtractionInput, ExtractedArticle>)o.Value).IsComputed));

        // The corpus changed, so the output re-ran; options and target did not.
        Assert.Contains(result.TrackedSteps[TrackingNames.Corpus].SelectMany(s => s.Outputs), o => o.Reason == IncrementalStepRunReason.Modified);
        Assert.All(result.TrackedSteps[TrackingNames.Options].SelectMany(s => s.Outputs), o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));

        // The meeting's date is a meeting fact: the meetings and Meetings.g.cs follow the edit.
        Assert.Contains(result.TrackedSteps[TrackingNames.Meetings].SelectMany(s => s.Outputs), o => o.Reason == IncrementalStepRunReason.Modified);
        Assert.Contains(result.TrackedSteps[TrackingNames.MeetingsPlan].SelectMany(s => s.Outputs), o => o.Reason == IncrementalStepRunReason.Modified);
    }

    [Fact]
    public void Editing_a_story_without_changing_its_facts_leaves_the_meetings_unchanged()
    {
        var seeds = GeneratorHarness.Seeds();
        var compilation = GeneratorHarness.CreateCompilation(TargetKind.Net10, "class A { }");
        var driver = GeneratorHarness.CreateDriver(seeds).RunGenerators(compilation);
        var before = GeneratorHarness.GeneratedSources(driver.GetRunResult()).Single(s => s.HintName == "Meetings.g.cs").Source;

        var old = seeds[0];
        var changed = new InMemoryAdditionalText(old.Path, old.GetText()!.ToString() + "\nUne phrase de plus.\n");
        driver = driver.ReplaceAdditionalText(old, changed).RunGenerators(compilation);
        var result = driver.GetRunResult().Results.Single();

        Assert.Contains(result.TrackedSteps[TrackingNames.Corpus].SelectMany(s => s.Outputs), o => o.Reason == IncrementalStepRunReason.Modified);
        Assert.All(result.TrackedSteps[TrackingNames.Meetings].SelectMany(s => s.Outputs), o => Assert.Equal(IncrementalStepRunReason.Unchanged, o.Reason));
        Assert.All(result.TrackedSteps[TrackingNames.MeetingsPlan].SelectMany(s => s.Outputs), o => Assert.True(o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, o.Reason.ToString()));
        Assert.Equal(before, GeneratorHarness.GeneratedSources(driver.GetRunResult()).Single(s => s.HintName == "Meetings.g.cs").Source);
    }

    /// <summary>
    /// Below C# 11 the payloads are string literals and the corpus's size is checked (DD0201): the size
    /// changes with the edit, the verdict does not, so the other outputs must stay cached there too.
    /// </summary>
    [Theory]
    [InlineData(TargetKind.Net10)]
    [InlineData(TargetKind.NetStandard20)]
    public void Editing_one_article_of_many_reformats_only_its_block(TargetKind target)
    {
        // Three blocks of records: the seeds copied under 300 ids.
        var seeds = GeneratorHarness.Seeds();
        var files = Enumerable.Range(0, 300)
            .Select(i => (AdditionalText)new InMemoryAdditionalText($"/corpus/a{i:D3}.txt", seeds[i % seeds.Length].GetText()!.ToString()))
            .ToImmutableArray();
        var compilation = GeneratorHarness.CreateCompilation(target, "class A { }");
        var driver = GeneratorHarness.CreateDriver(files, target).RunGenerators(compilation);
        var before = GeneratorHarness.GeneratedSources(driver.GetRunResult()).ToDictionary(s => s.HintName, s => s.Source);
        Assert.Equal(3, before.Keys.Count(k => k.StartsWith("Dialogues.Records.", StringComparison.Ordinal)));

        // a150 is in block 1 (records 128-255); it gains a paragraph.
        var old = files[150];
        var changed = new InMemoryAdditionalText(old.Path, old.GetText()!.ToString() + "\nUne phrase de plus.\n");
        driver = driver.ReplaceAdditionalText(old, changed).RunGenerators(compilation);
        var result = driver.GetRunResult().Results.Single();

        // The size changed (a paragraph more) and was re-measured for that file only; the verdict did not change.
        var measured = result.TrackedSteps[TrackingNames.Extraction].SelectMany(s => s.Outputs).ToArray();
        Assert.Equal(1, measured.Count(o => o.Reason == IncrementalStepRunReason.Modified));
        Assert.Equal(299, measured.Count(o => o.Reason == IncrementalStepRunReason.Cached));
        var storage = (DefenseDialogues.Generator.Model.StorageCheck)Assert.Single(result.TrackedSteps[TrackingNames.Storage].SelectMany(s => s.Outputs)).Value;
        Assert.True(storage.Fits);
        Assert.Equal(target == TargetKind.NetStandard20, storage.Chars > 0);
        Assert.All(result.TrackedSteps[TrackingNames.Settings].SelectMany(s => s.Outputs), o => Assert.True(o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, o.Reason.ToString()));

        var blocks = result.TrackedSteps[TrackingNames.Blocks].SelectMany(s => s.Outputs).ToArray();
        Assert.Equal(3, blocks.Length);
        Assert.Equal(1, ((DefenseDialogues.Generator.Model.RecordBlock)Assert.Single(blocks, o => o.Reason == IncrementalStepRunReason.Modified).Value).Number);
        Assert.Equal(2, blocks.Count(o => o.Reason == IncrementalStepRunReason.Unchanged));

        // Downstream only two outputs ran again: the diagnostics report (it reads the corpus) and block 1's
        // file. The other blocks, the main file (same count), the lookups and People (same labels) stayed cached.
        var outputs = result.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs).ToArray();
        Assert.Equal(2, outputs.Count(o => o.Reason != IncrementalStepRunReason.Cached));

        var after = GeneratorHarness.GeneratedSources(driver.GetRunResult()).ToDictionary(s => s.HintName, s => s.Source);
        Assert.Equal(before.Keys.Order(), after.Keys.Order());
        Assert.Equal(["Dialogues.Records.1.g.cs"], before.Keys.Where(k => k.StartsWith("Dialogues.", StringComparison.Ordinal) && before[k] != after[k]));
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

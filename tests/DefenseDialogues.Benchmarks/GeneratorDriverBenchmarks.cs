using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using DefenseDialogues.Benchmarks.Infrastructure;
using DefenseDialogues.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace DefenseDialogues.Benchmarks;

/// <summary>
/// The generator as the compiler runs it (CSharpGeneratorDriver with step tracking, like the tests):
/// a cold run over N articles, then the two edits an IDE session makes on a warm driver.
/// Each warm benchmark re-runs the same edit against the same warm driver, so every invocation
/// does the same incremental work. Timed drivers are untracked, as in the compiler; a tracked one
/// checks in the setup that each edit re-runs what it should.
/// </summary>
[Config(typeof(BenchmarkConfig))]
public class GeneratorDriverBenchmarks
{
    private ImmutableArray<AdditionalText> _files;
    private Compilation _compilation = null!;
    private Compilation _edited = null!;
    private GeneratorDriver _warm = null!;
    private AdditionalText _seed = null!;
    private AdditionalText _editedSeed = null!;

    [Params(100, 1_000, 10_000)]
    public int Count { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _files = Workload.Files(Count);
        _compilation = GeneratorHarness.CreateCompilation(TargetKind.Net10, Workload.UserSource);
        var tree = _compilation.SyntaxTrees.Single();
        _edited = _compilation.ReplaceSyntaxTree(tree, CSharpSyntaxTree.ParseText(Workload.EditedUserSource, (CSharpParseOptions)tree.Options));
        _seed = _files[_files.Length / 2];
        _editedSeed = Workload.Edited(_seed);

        // A benchmark of the wrong work is worse than none: check what each edit re-runs.
        var tracked = Workload.Driver(_files, trackSteps: true).RunGenerators(_compilation);
        IncrementalCheck.UnrelatedEdit(tracked, _edited).ThrowIfWrong();
        IncrementalCheck.SeedEdit(tracked, _compilation, _seed, _editedSeed).ThrowIfWrong();
        _warm = Workload.Driver(_files, trackSteps: false).RunGenerators(_compilation);
    }

    [Benchmark]
    public GeneratorDriver ColdRun() => Workload.Driver(_files, trackSteps: false).RunGenerators(_compilation);

    [Benchmark]
    public GeneratorDriver UnrelatedEdit() => _warm.RunGenerators(_edited);

    [Benchmark]
    public GeneratorDriver OneSeedEdit() => _warm.ReplaceAdditionalText(_seed, _editedSeed).RunGenerators(_compilation);
}

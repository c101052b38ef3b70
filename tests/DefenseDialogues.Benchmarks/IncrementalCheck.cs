using System.Diagnostics;
using System.Globalization;
using DefenseDialogues.Generator;
using Microsoft.CodeAnalysis;

namespace DefenseDialogues.Benchmarks;

/// <summary>What one incremental run re-did: extraction outputs by reason, and the time of each step.</summary>
public sealed record IncrementalCheck(string Scenario, int ExpectedExtractions, int Extractions, TimeSpan Elapsed, IReadOnlyList<(string Step, TimeSpan Time)> Steps)
{
    public static IncrementalCheck UnrelatedEdit(GeneratorDriver warm, Compilation edited)
        => Run("unrelated C# edit", 0, () => warm.RunGenerators(edited));

    public static IncrementalCheck SeedEdit(GeneratorDriver warm, Compilation compilation, AdditionalText seed, AdditionalText edited)
        => Run("one-seed edit", 1, () => warm.ReplaceAdditionalText(seed, edited).RunGenerators(compilation));

    /// <summary>Runs <paramref name="run"/> once and reads its tracked steps.</summary>
    public static IncrementalCheck Run(string scenario, int expected, Func<GeneratorDriver> run)
    {
        var clock = Stopwatch.StartNew();
        var driver = run();
        clock.Stop();
        var result = driver.GetRunResult().Results.Single();
        var extractions = result.TrackedSteps.TryGetValue(TrackingNames.Extraction, out var runs)
            ? runs.Sum(s => s.Outputs.Count(o => o.Reason is IncrementalStepRunReason.New or IncrementalStepRunReason.Modified or IncrementalStepRunReason.Unchanged))
            : 0;
        var steps = result.TrackedSteps
            .Select(kv => (kv.Key, TimeSpan.FromTicks(kv.Value.Sum(s => s.ElapsedTime.Ticks))))
            .OrderByDescending(s => s.Item2)
            .ToList();
        return new IncrementalCheck(scenario, expected, extractions, clock.Elapsed, steps);
    }

    public void ThrowIfWrong()
    {
        if (Extractions != ExpectedExtractions)
        {
            throw new InvalidOperationException($"{Scenario}: {Extractions} extraction(s) re-ran, expected {ExpectedExtractions}.");
        }
    }

    public override string ToString()
        => string.Create(CultureInfo.InvariantCulture, $"{Scenario}: {Elapsed.TotalMilliseconds:F1} ms, extractions re-run {Extractions} (expected {ExpectedExtractions}); steps: ")
            + string.Join(", ", Steps.Select(s => string.Create(CultureInfo.InvariantCulture, $"{s.Step} {s.Time.TotalMilliseconds:F2} ms")));
}

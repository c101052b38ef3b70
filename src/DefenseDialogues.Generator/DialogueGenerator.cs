using System;
using System.Text;
using DefenseDialogues.Generator.Diagnostics;
using DefenseDialogues.Generator.Emit;
using DefenseDialogues.Generator.Extraction;
using DefenseDialogues.Generator.Input;
using DefenseDialogues.Generator.Linking;
using DefenseDialogues.Generator.Model;
using DefenseDialogues.Generator.Pipeline;
using DefenseDialogues.Generator.Planning;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace DefenseDialogues.Generator;

/// <summary>
/// Turns article files (AdditionalFiles) into the <c>Dialogues</c> class:
/// seeds → per-file extraction (cached per file) → collect and sort → link, index and group into meetings → emit, the
/// records in fixed blocks so that an edit re-formats only its block.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class DialogueGenerator : IIncrementalGenerator
{
    /// <inheritdoc />
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        // MSBuild options: namespace and visibility of the generated class, evidence diagnostics.
        var options = context.AnalyzerConfigOptionsProvider
            .Select(static (provider, _) => OptionsReader.Read(provider.GlobalOptions))
            .WithTrackingName(TrackingNames.Options);

        // What the consuming compilation supports, as plain values (cached across unrelated edits).
        var target = context.CompilationProvider
            .Select(static (compilation, _) => TargetReader.Read(compilation))
            .WithTrackingName(TrackingNames.Target);

        // The seed files and their text; other AdditionalFiles drop out here.
        var seeds = context.AdditionalTextsProvider
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Select(static (pair, ct) => SeedFiles.Read(pair.Left, pair.Right, ct))
            .Where(static seed => seed is not null)
            .WithTrackingName(TrackingNames.Seeds);

        // One record per file, the expensive step, re-run only for a file whose text changed; below C# 11 with its
        // payload size (only the target's need is combined in). Each file's extraction is created here and kept
        // with it; the corpus step computes all new ones at once.
        var extracted = seeds
            .Combine(target.Select(static (t, _) => StoragePlan.NeedsCheck(t)))
            .Select(static (input, _) => new Deferred<ExtractionInput, ExtractedArticle>(new ExtractionInput(input.Left!, input.Right), Extract))
            .WithTrackingName(TrackingNames.Extraction);

        // The corpus, ordered by id whatever order the files came in; the new extractions computed together on
        // every core first (Roslyn runs a step's items one at a time).
        var corpus = extracted
            .Collect()
            .Select(static (files, ct) => CorpusCollector.Collect(Deferred.ComputeAll(files, ct)))
            .WithTrackingName(TrackingNames.Corpus);

        // People resolved across articles and the lookups (partner, year, topic, timeline).
        var index = corpus
            .Select(static (model, _) => CorpusIndexer.Build(model))
            .WithTrackingName(TrackingNames.Index);

        // Whether the payloads fit the target's literals (DD0201), by adding the measured sizes.
        var storage = corpus
            .Combine(index)
            .Select(static (input, _) => StoragePlan.LiteralChars(input.Left, input.Right))
            .Combine(target)
            .Select(static (input, _) => StoragePlan.Check(input.Left, input.Right))
            .WithTrackingName(TrackingNames.Storage);

        // What every output is formatted with. Only the storage verdict is in it, not the size: an edit
        // that changes the size re-formats only the blocks it changed, at any language version.
        var settings = options
            .Combine(target)
            .Select(static (input, _) => new EmitSettings(input.Left, input.Right, StorageFits: true))
            .Combine(storage.Select(static (check, _) => check.Fits))
            .Select(static (input, _) => input.Left with { StorageFits = input.Right })
            .WithTrackingName(TrackingNames.Settings);

        // The records in fixed blocks, one file each: an edit re-formats only the blocks it changed.
        var blocks = corpus
            .Combine(index)
            .SelectMany(static (input, _) => RecordBlocks.Cut(input.Left, input.Right))
            .WithTrackingName(TrackingNames.Blocks);

        // Each block's source, formatted when first read and kept with the block: all changed blocks at once on every core.
        var blockSources = blocks
            .Combine(settings)
            .Select(static (input, _) => new Deferred<(RecordBlock Block, EmitSettings Settings), string>(input, FormatBlock))
            .WithTrackingName(TrackingNames.BlockSources);
        var blockSourcesTogether = blockSources
            .Collect()
            .Select(static (all, ct) =>
            {
                Deferred.ComputePending(all, ct); // a block that throws is reported by its own output below
                return all.Length;
            })
            .WithTrackingName(TrackingNames.BlockFormatting);

        // What People.g.cs shows: the people, their member names and how each dialogue is labelled.
        var people = corpus
            .Combine(index)
            .Select(static (input, _) => PeoplePlan.Build(input.Left, input.Right))
            .WithTrackingName(TrackingNames.People);

        // The articles grouped into meetings, their merged facts and the dialogue series.
        var meetings = corpus
            .Combine(index)
            .Select(static (input, _) => MeetingIndexer.Build(input.Left, input.Right))
            .WithTrackingName(TrackingNames.Meetings);

        // What Meetings.g.cs shows: member names, summaries and sources, payloads.
        var meetingsPlan = corpus
            .Combine(meetings)
            .Select(static (input, _) => MeetingsPlan.Build(input.Left, input.Right))
            .WithTrackingName(TrackingNames.MeetingsPlan);

        // Diagnostics: the articles' (located in the .txt files), the meetings', the options', and why nothing was emitted.
        var report = corpus
            .Combine(storage)
            .Combine(meetings.Select(static (model, _) => model.Diagnostics))
            .Select(static (input, _) => new ReportModel(input.Left.Left, input.Left.Right, input.Right));
        context.RegisterSourceOutput(report.Combine(settings), static (spc, input) =>
            Guarded(spc, () => Report(spc, input.Left, input.Right)));

        // The sources: the list and its tables (depends on the count only), the blocks, the lookups, the people.
        context.RegisterSourceOutput(corpus.Select(static (model, _) => model.Dialogues.Count).Combine(settings), static (spc, input) =>
            AddSource(spc, input.Right, DialoguesEmitter.HintName, () => DialoguesEmitter.Emit(input.Left, input.Right)));

        // Outputs run in the order they are registered: this one adds nothing, it has the changed blocks' sources
        // formatted together before the block outputs read them one by one. (Combined into each block output
        // instead, it would make every block depend on all blocks, which Roslyn's step tracking walks per block.)
        context.RegisterSourceOutput(blockSourcesTogether, static (_, _) => { });
        context.RegisterSourceOutput(blockSources, static (spc, block) =>
            AddSource(spc, block.Input.Settings, DialoguesEmitter.BlockHintName(block.Input.Block.Number), () => block.Get(spc.CancellationToken)));
        context.RegisterSourceOutput(index.Combine(settings), static (spc, input) =>
        {
            AddSource(spc, input.Right, IndexEmitter.HintName, () => IndexEmitter.Emit(input.Left, input.Right.Options, input.Right.Target));
            AddSource(spc, input.Right, PartnersEmitter.HintName, () => PartnersEmitter.Emit(input.Left, input.Right.Options, input.Right.Target));
        });
        context.RegisterSourceOutput(people.Combine(settings), static (spc, input) =>
            AddSource(spc, input.Right, PeopleEmitter.HintName, () => PeopleEmitter.Emit(input.Left, input.Right.Options, input.Right.Target)));
        context.RegisterSourceOutput(meetingsPlan.Combine(settings), static (spc, input) =>
            AddSource(spc, input.Right, MeetingsEmitter.HintName, () => MeetingsEmitter.Emit(input.Left, input.Right.Options, input.Right.Target)));
    }

    /// <summary>A block's source file, or nothing when the settings do not emit at all.</summary>
    private static string FormatBlock((RecordBlock Block, EmitSettings Settings) input, System.Threading.CancellationToken cancellationToken)
        => input.Settings.Emits ? DialoguesEmitter.EmitBlock(input.Block, input.Settings) : string.Empty;

    /// <summary>
    /// The file's record and findings. The bundled corpus's findings stay out of the user's build (its two
    /// undated seeds are visible in the data, and the files in the NuGet cache are not the user's to fix).
    /// </summary>
    private static ExtractedArticle Extract(ExtractionInput input, System.Threading.CancellationToken cancellationToken)
    {
        var seed = input.Seed;
        var result = ExtractFile(seed, cancellationToken);
        result = seed.Bundled ? result with { Diagnostics = EquatableArray<DiagnosticInfo>.Empty } : result;
        return StoragePlan.Measure(seed.Path, result, input.MeasurePayload);
    }

    private static ExtractionResult ExtractFile(SeedFile seed, System.Threading.CancellationToken cancellationToken)
        => seed.Text is null
            ? new ExtractionResult(null, new EquatableArray<DiagnosticInfo>(new[]
            {
                DiagnosticInfo.Create(DiagnosticIds.UnreadableArticle, TextLocation.FileStart(seed.Path), System.IO.Path.GetFileName(seed.Path), seed.Error ?? "the file could not be read"),
            }))
            : ArticleExtractor.Extract(seed.Path, seed.Text, cancellationToken, seed.Encoding);

    private static void Report(SourceProductionContext context, ReportModel report, EmitSettings settings)
    {
        var (corpus, storage, meetingDiagnostics) = report;
        if (!settings.Options.Generates)
        {
            return; // a project that only references a library holding the dataset: nothing of it is reported here
        }

        var helpBase = settings.Options.HelpLinkBase;
        foreach (var diagnostic in settings.Options.Diagnostics)
        {
            Report(context, diagnostic, helpBase);
        }

        foreach (var diagnostic in corpus.Diagnostics)
        {
            Report(context, diagnostic, helpBase);
        }

        foreach (var diagnostic in meetingDiagnostics)
        {
            Report(context, diagnostic, helpBase);
        }

        if (settings.Options.EvidenceDiagnostics)
        {
            ReportEvidence(context, corpus, helpBase);
        }

        if (!settings.Target.HasRuntime)
        {
            context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.Get(DiagnosticIds.RuntimeNotReferenced, helpBase), Location.None));
        }
        else if (!storage.Fits)
        {
            context.ReportDiagnostic(Diagnostic.Create(
                DiagnosticDescriptors.Get(DiagnosticIds.CorpusNeedsNewerLanguage, helpBase), Location.None, storage.Chars, StoragePlan.MaxStringLiteralChars));
        }
    }

    /// <summary>Adds a source when the settings allow emitting at all (the runtime is referenced, the corpus fits).</summary>
    private static void AddSource(SourceProductionContext context, EmitSettings settings, string hintName, Func<string> emit)
    {
        if (settings.Emits)
        {
            Guarded(context, () => context.AddSource(hintName, SourceText.From(emit(), Encoding.UTF8)));
        }
    }

    /// <summary>A throwing generator (CS8785) silently drops all output; say what happened instead.</summary>
    private static void Guarded(SourceProductionContext context, Action output)
    {
        try
        {
            output();
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.InternalError, Location.None, "(corpus)", ex.GetType().Name + ": " + ex.Message));
        }
    }

    /// <summary>One info diagnostic per extracted value, at its span in the .txt (the MSBuild switch is on).</summary>
    private static void ReportEvidence(SourceProductionContext context, CorpusModel corpus, string? helpBase)
    {
        foreach (var dialogue in corpus.Dialogues)
        {
            foreach (var e in dialogue.Evidence)
            {
                if (e.Span is { } span && e.Value is { } value)
                {
                    Report(context, new DiagnosticInfo(DiagnosticIds.ExtractedValue, span.Location, new EquatableArray<string>(new[]
                    {
                        EvidencePaths.Of(e.Field, e.Index, e.Item), value, e.Note is null ? string.Empty : " (" + e.Note + ")",
                    })), helpBase);
                }
            }
        }
    }

    private static void Report(SourceProductionContext context, DiagnosticInfo info, string? helpBase)
    {
        var descriptor = DiagnosticDescriptors.Get(info.Id, helpBase);
        var location = string.IsNullOrEmpty(info.Location.FilePath)
            ? Location.None
            : Location.Create(
                info.Location.FilePath,
                new TextSpan(info.Location.Start, info.Location.Length),
                new LinePositionSpan(
                    new LinePosition(info.Location.StartLine, info.Location.StartColumn),
                    new LinePosition(info.Location.EndLine, info.Location.EndColumn)));
        var args = new object[info.MessageArgs.Count];
        for (var i = 0; i < args.Length; i++)
        {
            args[i] = info.MessageArgs[i];
        }

        context.ReportDiagnostic(Diagnostic.Create(descriptor, location, args));
    }
}

/// <summary>The names of the pipeline's steps, for step-tracking tests and <c>-p:ReportAnalyzer</c> reading.</summary>
public static class TrackingNames
{
    /// <summary>MSBuild options read.</summary>
    public const string Options = nameof(Options);

    /// <summary>Capabilities of the consuming compilation.</summary>
    public const string Target = nameof(Target);

    /// <summary>Seed files selected and read.</summary>
    public const string Seeds = nameof(Seeds);

    /// <summary>Per-file extraction (its record, with its payload size below C# 11), computed by the corpus step.</summary>
    public const string Extraction = nameof(Extraction);

    /// <summary>The collected, ordered corpus.</summary>
    public const string Corpus = nameof(Corpus);

    /// <summary>People and lookups computed over the corpus.</summary>
    public const string Index = nameof(Index);

    /// <summary>Whether the corpus's payloads fit the target's literals, and their size.</summary>
    public const string Storage = nameof(Storage);

    /// <summary>Options, target and the storage verdict combined: what every output is formatted with.</summary>
    public const string Settings = nameof(Settings);

    /// <summary>The records cut into fixed blocks, one generated file each.</summary>
    public const string Blocks = nameof(Blocks);

    /// <summary>Each block with its source, formatted on first read.</summary>
    public const string BlockSources = nameof(BlockSources);

    /// <summary>The changed blocks' sources formatted together (its value is the block count).</summary>
    public const string BlockFormatting = nameof(BlockFormatting);

    /// <summary>What People.g.cs is formatted from.</summary>
    public const string People = nameof(People);

    /// <summary>The articles grouped into meetings, their facts and the series.</summary>
    public const string Meetings = nameof(Meetings);

    /// <summary>What Meetings.g.cs is formatted from.</summary>
    public const string MeetingsPlan = nameof(MeetingsPlan);
}

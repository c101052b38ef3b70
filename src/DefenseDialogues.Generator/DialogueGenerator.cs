using System;
using System.Text;
using DefenseDialogues.Generator.Diagnostics;
using DefenseDialogues.Generator.Emit;
using DefenseDialogues.Generator.Extraction;
using DefenseDialogues.Generator.Linking;
using DefenseDialogues.Generator.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace DefenseDialogues.Generator;

/// <summary>
/// Turns article files (AdditionalFiles) into the <c>Dialogues</c> class:
/// seeds → per-file extraction (cached per file) → collect and sort → link and index → emit, the
/// records in fixed blocks so that an edit re-formats only its block.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class DialogueGenerator : IIncrementalGenerator
{
    /// <inheritdoc />
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        // MSBuild options: namespace and visibility of the generated class.
        var options = context.AnalyzerConfigOptionsProvider
            .Select(static (provider, _) => GeneratorOptions.Read(provider.GlobalOptions))
            .WithTrackingName(TrackingNames.Options);

        // What the consuming compilation supports, as plain values (cached across unrelated edits).
        var target = context.CompilationProvider
            .Select(static (compilation, _) => EmitTarget.From(compilation))
            .WithTrackingName(TrackingNames.Target);

        // The seed files and their text; other AdditionalFiles drop out here.
        var seeds = context.AdditionalTextsProvider
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Select(static (pair, ct) => SeedFile.Read(pair.Left, pair.Right, ct))
            .Where(static seed => seed is not null)
            .WithTrackingName(TrackingNames.Seeds);

        // One record per file: the expensive step, re-run only for a file whose text changed.
        var extracted = seeds
            .Select(static (seed, ct) => (seed!.Path, Extract(seed, ct)))
            .WithTrackingName(TrackingNames.Extraction);

        // The corpus, ordered by id whatever order the files came in.
        var corpus = extracted
            .Collect()
            .Select(static (files, _) => CorpusModel.Build(files))
            .WithTrackingName(TrackingNames.Corpus);

        // People resolved across articles and the lookups (partner, year, topic, timeline).
        var index = corpus
            .Select(static (model, _) => CorpusIndexer.Build(model))
            .WithTrackingName(TrackingNames.Index);

        // Whether the corpus fits the target's literals; what every output is formatted with.
        var settings = options
            .Combine(target)
            .Combine(corpus.Combine(index).Combine(target).Select(static (input, _) => CheckStorage(input.Left.Left, input.Left.Right, input.Right)))
            .Select(static (input, _) => new EmitSettings(input.Left.Left, input.Left.Right, input.Right))
            .WithTrackingName(TrackingNames.Settings);

        // The records in fixed blocks, one file each: an edit re-formats only the blocks it changed.
        var blocks = corpus
            .Combine(index)
            .SelectMany(static (input, _) => DialoguesEmitter.Blocks(input.Left, input.Right))
            .WithTrackingName(TrackingNames.Blocks);

        // Diagnostics: the articles' (located in the .txt files), the options', and why nothing was emitted.
        context.RegisterSourceOutput(corpus.Combine(settings), static (spc, input) => Guarded(spc, () => Report(spc, input.Left, input.Right)));

        // The sources: the list and its tables (depends on the count only), the blocks, the lookups, the people.
        context.RegisterSourceOutput(corpus.Select(static (model, _) => model.Dialogues.Count).Combine(settings), static (spc, input) =>
            Guarded(spc, () => Add(spc, input.Right, DialoguesEmitter.HintName, () => DialoguesEmitter.Emit(input.Left, input.Right))));
        context.RegisterSourceOutput(blocks.Combine(settings), static (spc, input) =>
            Guarded(spc, () => Add(spc, input.Right, DialoguesEmitter.BlockHintName(input.Left.Number), () => DialoguesEmitter.EmitBlock(input.Left, input.Right))));
        context.RegisterSourceOutput(index.Combine(settings), static (spc, input) => Guarded(spc, () =>
        {
            var (model, s) = input;
            Add(spc, s, IndexEmitter.HintName, () => IndexEmitter.Emit(model, s.Options, s.Target));
            Add(spc, s, PartnersEmitter.HintName, () => PartnersEmitter.Emit(model, s.Options, s.Target));
        }));
        context.RegisterSourceOutput(corpus.Select(static (model, _) => PeopleEmitter.DialogueLabels(model)).Combine(index).Combine(settings), static (spc, input) =>
            Guarded(spc, () => Add(spc, input.Right, PeopleEmitter.HintName, () => PeopleEmitter.Emit(input.Left.Left, input.Left.Right, input.Right.Options, input.Right.Target))));
    }

    private static ExtractionResult Extract(SeedFile seed, System.Threading.CancellationToken cancellationToken)
        => seed.Text is null
            ? new ExtractionResult(null, new EquatableArray<DiagnosticInfo>(new[]
            {
                DiagnosticInfo.Create(DiagnosticIds.UnreadableArticle, TextLocation.FileStart(seed.Path), System.IO.Path.GetFileName(seed.Path), seed.Error ?? "the file could not be read"),
            }))
            : ArticleExtractor.Extract(seed.Path, seed.Text, cancellationToken, seed.Encoding);

    /// <summary>
    /// With UTF-8 literals everything fits. Below C# 11 the payloads are string literals, which share
    /// the metadata string heap: past its limit, DD0201 says what to set instead of broken code (CS8103).
    /// </summary>
    private static StorageCheck CheckStorage(CorpusModel corpus, CorpusIndexModel index, EmitTarget target)
    {
        if (target.UsesUtf8Literals || !target.HasRuntime)
        {
            return new StorageCheck(true, 0);
        }

        long chars = 0;
        foreach (var payload in DialoguesEmitter.Payloads(corpus, index))
        {
            chars += payload.Length;
        }

        foreach (var payload in EvidenceEmitter.Payloads(corpus))
        {
            chars += payload.Length;
        }

        return new StorageCheck(chars <= DialoguesEmitter.MaxStringLiteralChars, chars);
    }

    private static void Report(SourceProductionContext context, CorpusModel corpus, EmitSettings settings)
    {
        foreach (var diagnostic in settings.Options.Diagnostics)
        {
            Report(context, diagnostic);
        }

        foreach (var diagnostic in corpus.Diagnostics)
        {
            Report(context, diagnostic);
        }

        if (settings.Options.EvidenceDiagnostics)
        {
            ReportEvidence(context, corpus);
        }

        if (!settings.Target.HasRuntime)
        {
            context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.RuntimeNotReferenced, Location.None));
        }
        else if (!settings.Storage.Fits)
        {
            context.ReportDiagnostic(Diagnostic.Create(
                DiagnosticDescriptors.CorpusNeedsNewerLanguage, Location.None, settings.Storage.Chars, DialoguesEmitter.MaxStringLiteralChars));
        }
    }

    /// <summary>Adds a source when the settings allow emitting at all (the runtime is referenced, the corpus fits).</summary>
    private static void Add(SourceProductionContext context, EmitSettings settings, string hintName, Func<string> emit)
    {
        if (settings.Emits)
        {
            context.AddSource(hintName, SourceText.From(emit(), Encoding.UTF8));
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
    private static void ReportEvidence(SourceProductionContext context, CorpusModel corpus)
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
                    })));
                }
            }
        }
    }

    private static void Report(SourceProductionContext context, DiagnosticInfo info)
    {
        if (!DiagnosticDescriptors.ById.TryGetValue(info.Id, out var descriptor))
        {
            return;
        }

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

    /// <summary>Per-file extraction.</summary>
    public const string Extraction = nameof(Extraction);

    /// <summary>The collected, ordered corpus.</summary>
    public const string Corpus = nameof(Corpus);

    /// <summary>People and lookups computed over the corpus.</summary>
    public const string Index = nameof(Index);

    /// <summary>Options, target and storage check combined: what every output is formatted with.</summary>
    public const string Settings = nameof(Settings);

    /// <summary>The records cut into fixed blocks, one generated file each.</summary>
    public const string Blocks = nameof(Blocks);
}

using System;
using System.Collections.Generic;
using System.Globalization;
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
/// seeds → per-file extraction (cached per file) → collect and sort → emit.
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

        context.RegisterSourceOutput(corpus.Combine(index).Combine(options).Combine(target), static (spc, input) =>
        {
            var (((model, corpusIndex), opts), emitTarget) = input;
            try
            {
                Execute(spc, model, corpusIndex, opts, emitTarget);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // A throwing generator (CS8785) silently drops all output; say what happened instead.
                spc.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.InternalError, Location.None, "(corpus)", ex.GetType().Name + ": " + ex.Message));
            }
        });
    }

    private static ExtractionResult Extract(SeedFile seed, System.Threading.CancellationToken cancellationToken)
        => seed.Text is null
            ? new ExtractionResult(null, new EquatableArray<DiagnosticInfo>(new[]
            {
                DiagnosticInfo.Create(DiagnosticIds.UnreadableArticle, TextLocation.FileStart(seed.Path), System.IO.Path.GetFileName(seed.Path), seed.Error ?? "the file could not be read"),
            }))
            : ArticleExtractor.Extract(seed.Path, seed.Text, cancellationToken, seed.Encoding);

    private static void Execute(SourceProductionContext context, CorpusModel corpus, CorpusIndexModel index, GeneratorOptions options, EmitTarget target)
    {
        foreach (var diagnostic in options.Diagnostics)
        {
            Report(context, diagnostic);
        }

        foreach (var diagnostic in corpus.Diagnostics)
        {
            Report(context, diagnostic);
        }

        if (options.EvidenceDiagnostics)
        {
            ReportEvidence(context, corpus);
        }

        if (!target.HasRuntime)
        {
            context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.RuntimeNotReferenced, Location.None));
            return;
        }

        var payloads = DialoguesEmitter.Payloads(corpus, index);
        var evidence = EvidenceEmitter.Payloads(corpus);
        if (!target.UsesUtf8Literals)
        {
            long chars = 0;
            foreach (var payload in payloads)
            {
                chars += payload.Length;
            }

            foreach (var payload in evidence)
            {
                chars += payload.Length;
            }

            if (chars > DialoguesEmitter.MaxStringLiteralChars)
            {
                // Broken code (CS8103) would bury the cause; say what to set instead.
                context.ReportDiagnostic(Diagnostic.Create(
                    DiagnosticDescriptors.CorpusNeedsNewerLanguage, Location.None, chars, DialoguesEmitter.MaxStringLiteralChars));
                return;
            }
        }

        context.AddSource(DialoguesEmitter.HintName, SourceText.From(DialoguesEmitter.Emit(corpus, index, payloads, options, target), Encoding.UTF8));
        context.AddSource(EvidenceEmitter.HintName, SourceText.From(EvidenceEmitter.Emit(corpus, evidence, options, target), Encoding.UTF8));
        context.AddSource(IndexEmitter.HintName, SourceText.From(IndexEmitter.Emit(index, options, target), Encoding.UTF8));
        context.AddSource(PeopleEmitter.HintName, SourceText.From(PeopleEmitter.Emit(corpus, index, options, target), Encoding.UTF8));
        context.AddSource(PartnersEmitter.HintName, SourceText.From(PartnersEmitter.Emit(index, options, target), Encoding.UTF8));
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
}

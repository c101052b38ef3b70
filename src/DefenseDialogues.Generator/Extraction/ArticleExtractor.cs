using System;
using System.Collections.Generic;
using System.IO;
using System.Threading;
using DefenseDialogues.Generator.Diagnostics;
using DefenseDialogues.Generator.Gazetteers;
using DefenseDialogues.Generator.Model;
using DefenseDialogues.Generator.Extraction.Text;
using DefenseDialogues.Generator.Extraction.Reading;
using DefenseDialogues.Generator.Extraction.Fields;
using DefenseDialogues.Generator.Extraction.Fields.Dates;
using DefenseDialogues.Generator.Extraction.Fields.People;
using DefenseDialogues.Generator.Extraction.Fields.Partners;
using DefenseDialogues.Generator.Extraction.Fields.Place;
using DefenseDialogues.Generator.Extraction.Fields.Kind;
using DefenseDialogues.Generator.Extraction.Fields.Cues;
using DefenseDialogues.Generator.Extraction.Fields.Genre;

namespace DefenseDialogues.Generator.Extraction;

/// <summary>
/// Turns one article's text into one <see cref="DialogueModel"/>: read the structure
/// (removing the noise), then run each field's stage over the clean article.
/// Pure: text in, data out, no Roslyn types; never throws (an unexpected error becomes
/// a DD0900 diagnostic for that file only).
/// </summary>
internal static class ArticleExtractor
{
    /// <summary>Extracts the record of the article at <paramref name="filePath"/> whose text is <paramref name="text"/>.</summary>
    /// <param name="filePath">The article's path (its id is the file name).</param>
    /// <param name="text">The article's text as decoded.</param>
    /// <param name="cancellationToken">Honored inside long loops.</param>
    /// <param name="encoding">The encoding's web name the text was decoded from, when known (<c>utf-8</c>, <c>utf-16</c>).</param>
    public static ExtractionResult Extract(string filePath, string text, CancellationToken cancellationToken = default, string? encoding = null)
    {
        var diagnostics = new List<DiagnosticInfo>();
        try
        {
            if (!CheckDecoding(filePath, text, encoding, diagnostics))
            {
                return new ExtractionResult(null, new EquatableArray<DiagnosticInfo>(diagnostics));
            }

            // Same length, so every position still points into the file.
            var dialogue = ExtractCore(filePath, WellFormedText.Repair(text), diagnostics, cancellationToken);
            return new ExtractionResult(dialogue, new EquatableArray<DiagnosticInfo>(diagnostics));
        }
        catch (OperationCanceledException)
        {
            throw;
        }
        catch (Exception ex)
        {
            diagnostics.Add(DiagnosticInfo.Create(
                DiagnosticIds.InternalError, TextLocation.FileStart(filePath), Path.GetFileName(filePath), ex.GetType().Name + ": " + ex.Message));
            return new ExtractionResult(null, new EquatableArray<DiagnosticInfo>(diagnostics));
        }
    }

    private static DialogueModel? ExtractCore(string filePath, string text, List<DiagnosticInfo> diagnostics, CancellationToken cancellationToken)
    {
        var article = ArticleReader.Read(filePath, text, diagnostics, cancellationToken);
        if (article is null)
        {
            return null;
        }

        cancellationToken.ThrowIfCancellationRequested();
        var context = ArticleContext.Of(article, Gazetteer.Default);

        // The field stages, each reading the shared context (some also read the partners or the date).
        var partners = PartnerExtractor.Read(context);
        var heldOn = DateExtractor.Read(context);
        var participants = ParticipantExtractor.Read(context, partners.Value);
        if (partners.Value.Count == 0 && participants.Value.Count == 0 && MeetingReport.NotAboutDefense(context) is { } offTopic)
        {
            return NotAMeetingReport(article, offTopic, diagnostics);
        }

        cancellationToken.ThrowIfCancellationRequested();
        var location = LocationExtractor.Read(context, heldOn.Value);
        var kind = KindExtractor.Read(context);
        var edition = EditionExtractor.Read(context);
        var topics = TopicExtractor.Read(context);
        var legalReferences = LegalReferenceExtractor.Read(context);
        var anniversaries = AnniversaryExtractor.Read(context);
        var partnership = PartnershipExtractor.Read(context, partners.Value);

        diagnostics.AddRange(heldOn.Diagnostics);
        ReportMissingFacts(article, partners.Value, heldOn.Value, participants.Value, diagnostics);

        // Evidence, in the record's field order.
        var evidence = new EvidenceCollector(article);
        evidence.Add(EvidenceField.Published, 0, 0, article.Published?.ToText(),
            article.Header is { } header ? new Finding(header.Span(0, header.Text.Length)) : Finding.None("no header"));
        evidence.Add(
            heldOn.Evidence, location.Evidence, partners.Evidence, kind.Evidence, edition.Evidence, participants.Evidence,
            topics.Evidence, legalReferences.Evidence, anniversaries.Evidence, partnership.Evidence);
        evidence.Add(EvidenceField.Source, 0, 0, article.Source, SourceFinding(article));

        return new DialogueModel(
            Id: article.Id,
            SourceFile: Path.GetFileName(filePath),
            Published: article.Published,
            HeldOn: heldOn.Value,
            Headline: article.Headline,
            Captions: EquatableArray.From(article.Captions),
            Location: location.Value,
            Partners: EquatableArray.From(partners.Value),
            Kind: kind.Value,
            Edition: edition.Value,
            Participants: EquatableArray.From(participants.Value),
            Topics: EquatableArray.From(topics.Value),
            LegalReferences: EquatableArray.From(legalReferences.Value),
            Anniversaries: EquatableArray.From(anniversaries.Value),
            Partnership: partnership.Value,
            Source: article.Source,
            Paragraphs: EquatableArray.From(ParagraphTexts(article)))
        {
            Evidence = evidence.Build(),
        };
    }

    /// <summary>An off-topic page: no record (its fields would be invented), one warning on the story's first line.</summary>
    private static DialogueModel? NotAMeetingReport(ArticleText article, string reason, List<DiagnosticInfo> diagnostics)
    {
        diagnostics.Add(DiagnosticInfo.Create(DiagnosticIds.NotAMeetingReport, article.Lines.Locate(article.FilePath, article.Paragraphs[0].Span(0, 0)), article.Id, reason));
        return null;
    }

    /// <summary>A record without a partner, a date or a participant is kept, with a warning on the story's first line.</summary>
    private static void ReportMissingFacts(ArticleText article, IReadOnlyList<PartnerModel> partners, DateModel? heldOn, IReadOnlyList<ParticipantModel> participants, List<DiagnosticInfo> diagnostics)
    {
        var firstLine = article.Lines.Locate(article.FilePath, article.Paragraphs[0].Span(0, 0));
        if (partners.Count == 0)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticIds.NoPartner, firstLine, article.Id));
        }

        if (heldOn is null && !diagnostics.Exists(d => d.Id == DiagnosticIds.ImpossibleDate))
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticIds.NoDate, firstLine, article.Id));
        }

        if (participants.Count == 0)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticIds.NoParticipant, firstLine, article.Id));
        }
    }

    private static Finding SourceFinding(ArticleText article)
    {
        if (article.Dateline?.Credit is not null && article.Dateline.CreditSpan is { } credit)
        {
            return new Finding(credit, "the dateline's credit");
        }

        return article.Trailer is { } trailer
            ? new Finding(trailer.Span(0, trailer.Text.Length), "the credit closing the story")
            : Finding.None("no agency credit");
    }

    /// <summary>
    /// The text was read, but maybe not as its author wrote it. Another encoding the compiler recognized
    /// (UTF-16, a legacy code page) is read with a warning (DD0005). Bytes that are not UTF-8 (U+FFFD: a
    /// Latin-1 file decoded as UTF-8, a damaged byte) skip the file (DD0006): values taken from garbled
    /// text would be wrong, and a wrong record is worse than a missing one.
    /// </summary>
    /// <returns>Whether the text can be extracted.</returns>
    private static bool CheckDecoding(string filePath, string text, string? encoding, List<DiagnosticInfo> diagnostics)
    {
        var name = Path.GetFileName(filePath);
        if (encoding is not null && !string.Equals(encoding, "utf-8", StringComparison.OrdinalIgnoreCase))
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticIds.NotUtf8, TextLocation.FileStart(filePath), name, encoding));
        }

        var first = text.IndexOf('\uFFFD');
        if (first < 0)
        {
            return true;
        }

        var count = 0;
        foreach (var c in text)
        {
            count += c == '\uFFFD' ? 1 : 0;
        }

        diagnostics.Add(DiagnosticInfo.Create(DiagnosticIds.UndecodableBytes, LineMap.At(filePath, text, first), name, count.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        return false;
    }

    private static IEnumerable<string> ParagraphTexts(ArticleText article)
    {
        foreach (var paragraph in article.Paragraphs)
        {
            yield return paragraph.Text;
        }
    }
}

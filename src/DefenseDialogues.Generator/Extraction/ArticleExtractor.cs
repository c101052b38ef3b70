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
            CheckDecoding(filePath, text, encoding, diagnostics);
            var dialogue = ExtractCore(filePath, text, diagnostics, cancellationToken);
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

        var gazetteer = Gazetteer.Default;
        cancellationToken.ThrowIfCancellationRequested();

        var people = PeopleMentions.Scan(article, gazetteer);
        var partners = PartnerExtractor.Extract(article, gazetteer, people, out var partnerSpans);
        var heldOn = Representable(DateExtractor.Extract(article, diagnostics, out var dateFinding));
        var participants = ParticipantExtractor.Extract(people, gazetteer, partners, out var participantFindings);
        cancellationToken.ThrowIfCancellationRequested();

        var firstLine = article.Lines.Locate(article.FilePath, article.Paragraphs[0].Span(0, 0));
        if (partners.Count == 0)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticIds.NoPartner, firstLine, article.Id));
        }

        if (heldOn is null)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticIds.NoDate, firstLine, article.Id));
        }

        if (participants.Count == 0)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticIds.NoParticipant, firstLine, article.Id));
        }

        var location = LocationExtractor.Extract(article, gazetteer, out var locationFinding);
        var kind = KindExtractor.Extract(article, gazetteer, out var kindFinding);
        var edition = EditionExtractor.Extract(article, out var editionFinding);
        var topics = TopicExtractor.Extract(article, gazetteer, out var topicSpans);
        var legalReferences = LegalReferenceExtractor.Extract(article, gazetteer, out var legalSpans);
        var anniversaries = AnniversaryExtractor.Extract(article, out var anniversarySpans);
        var partnership = PartnershipExtractor.Extract(article, gazetteer, partners, out var partnershipFinding);

        // Evidence, in the record's field order.
        var evidence = new EvidenceCollector(article);
        evidence.Add(EvidenceField.Published, 0, 0, article.Published?.ToText(),
            article.Header is { } header ? new Finding(header.Span(0, header.Text.Length)) : Finding.None("no header"));
        evidence.Add(EvidenceField.HeldOn, 0, 0, heldOn?.ToText(), dateFinding);
        evidence.Add(EvidenceField.Location, 0, 0, location, locationFinding);
        for (var k = 0; k < partners.Count; k++)
        {
            evidence.Add(EvidenceField.Partner, k, 0, partners[k].Code, partnerSpans[k]);
        }

        evidence.Add(EvidenceField.Kind, 0, 0, kind.ToString(), kindFinding);
        evidence.Add(EvidenceField.Edition, 0, 0, edition?.ToString(System.Globalization.CultureInfo.InvariantCulture), editionFinding);
        for (var k = 0; k < participants.Count; k++)
        {
            var found = participantFindings[k];
            evidence.Add(EvidenceField.Participant, k, 0, participants[k].Name, found.Name);
            if (participants[k].Rank is { } rank)
            {
                evidence.Add(EvidenceField.ParticipantRank, k, 0, rank, found.Rank);
            }

            for (var t = 0; t < participants[k].Titles.Count; t++)
            {
                evidence.Add(EvidenceField.ParticipantTitle, k, t, participants[k].Titles[t], found.Titles[t]);
            }
        }

        for (var k = 0; k < topics.Count; k++)
        {
            evidence.Add(EvidenceField.Topic, k, 0, topics[k].ToString(), topicSpans[k]);
        }

        for (var k = 0; k < legalReferences.Count; k++)
        {
            evidence.Add(EvidenceField.LegalReference, k, 0, legalReferences[k].ToString(), legalSpans[k]);
        }

        for (var k = 0; k < anniversaries.Count; k++)
        {
            evidence.Add(EvidenceField.Anniversary, k, 0, anniversaries[k].Years.ToString(System.Globalization.CultureInfo.InvariantCulture) + " " + anniversaries[k].Subject, anniversarySpans[k]);
        }

        evidence.Add(EvidenceField.Partnership, 0, 0, partnership?.ToString(), partnershipFinding);
        evidence.Add(EvidenceField.Source, 0, 0, article.Source, SourceFinding(article));

        return new DialogueModel(
            Id: article.Id,
            SourceFile: Path.GetFileName(filePath),
            Published: article.Published,
            HeldOn: heldOn,
            Headline: article.Headline,
            Captions: EquatableArray.From(article.Captions),
            Location: location,
            Partners: EquatableArray.From(partners),
            Kind: kind,
            Edition: edition,
            Participants: EquatableArray.From(participants),
            Topics: EquatableArray.From(topics),
            LegalReferences: EquatableArray.From(legalReferences),
            Anniversaries: EquatableArray.From(anniversaries),
            Partnership: partnership,
            Source: article.Source,
            Paragraphs: EquatableArray.From(ParagraphTexts(article)))
        {
            Evidence = evidence.Build(),
        };
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
    /// The text was read, but maybe not as its author wrote it: another encoding (UTF-16, Latin-1)
    /// or bytes no encoding could decode (U+FFFD). Both are worth a warning on the file.
    /// </summary>
    private static void CheckDecoding(string filePath, string text, string? encoding, List<DiagnosticInfo> diagnostics)
    {
        var name = Path.GetFileName(filePath);
        if (encoding is not null && !string.Equals(encoding, "utf-8", StringComparison.OrdinalIgnoreCase))
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticIds.NotUtf8, TextLocation.FileStart(filePath), name, encoding));
        }

        var first = text.IndexOf('\uFFFD');
        if (first < 0)
        {
            return;
        }

        var count = 0;
        foreach (var c in text)
        {
            count += c == '\uFFFD' ? 1 : 0;
        }

        diagnostics.Add(DiagnosticInfo.Create(DiagnosticIds.UndecodableBytes, LineMap.At(filePath, text, first), name, count.ToString(System.Globalization.CultureInfo.InvariantCulture)));
    }

    /// <summary>A day without a month names no date (and the runtime's PartialDate rejects it): keep what is meaningful.</summary>
    private static DateModel? Representable(DateModel? date)
        => date is { Month: null, Day: not null } ? (date.Year is null ? null : date with { Day = null }) : date;

    private static IEnumerable<string> ParagraphTexts(ArticleText article)
    {
        foreach (var paragraph in article.Paragraphs)
        {
            yield return paragraph.Text;
        }
    }
}

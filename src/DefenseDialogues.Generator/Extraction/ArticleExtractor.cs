using System;
using System.Collections.Generic;
using System.IO;
using System.Threading;
using DefenseDialogues.Generator.Diagnostics;
using DefenseDialogues.Generator.Gazetteers;
using DefenseDialogues.Generator.Model;

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
        var partners = PartnerExtractor.Extract(article, gazetteer, people);
        var heldOn = DateExtractor.Extract(article, diagnostics);
        var participants = ParticipantExtractor.Extract(people, gazetteer, partners);
        cancellationToken.ThrowIfCancellationRequested();

        var firstLine = article.Paragraphs.Count > 0
            ? LocationOf(article.FilePath, article.Paragraphs[0])
            : TextLocation.FileStart(article.FilePath);
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

        return new DialogueModel(
            Id: article.Id,
            SourceFile: Path.GetFileName(filePath),
            Published: article.Published,
            HeldOn: Representable(heldOn),
            Headline: article.Headline,
            Captions: EquatableArray.From(article.Captions),
            Location: LocationExtractor.Extract(article, gazetteer),
            Partners: EquatableArray.From(partners),
            Kind: KindExtractor.Extract(article, gazetteer),
            Edition: EditionExtractor.Extract(article),
            Participants: EquatableArray.From(participants),
            Topics: EquatableArray.From(TopicExtractor.Extract(article, gazetteer)),
            LegalReferences: EquatableArray.From(LegalReferenceExtractor.Extract(article, gazetteer)),
            Anniversaries: EquatableArray.From(AnniversaryExtractor.Extract(article)),
            Partnership: PartnershipExtractor.Extract(article, gazetteer, partners),
            Source: article.Source,
            Paragraphs: EquatableArray.From(ParagraphTexts(article)));
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

        diagnostics.Add(DiagnosticInfo.Create(DiagnosticIds.UndecodableBytes, TextPositions.At(filePath, text, first), name, count.ToString(System.Globalization.CultureInfo.InvariantCulture)));
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

    private static TextLocation LocationOf(string filePath, Paragraph paragraph)
        => new(filePath, paragraph.Offset, 0, paragraph.Line, paragraph.Column, paragraph.Line, paragraph.Column);
}

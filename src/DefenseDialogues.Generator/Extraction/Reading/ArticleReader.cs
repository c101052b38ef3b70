using System.Collections.Generic;
using System.IO;
using System.Threading;
using System;
using DefenseDialogues.Generator.Diagnostics;
using DefenseDialogues.Generator.Extraction.Text;
using DefenseDialogues.Generator.Model;

namespace DefenseDialogues.Generator.Extraction.Reading;

/// <summary>
/// Splits raw article text into its parts and removes the page noise: the header
/// (<c> date YYYY-MM[-DD] …</c>), photo captions and their credits (same line, bracketed, or on
/// the next line; <c>ảnh 1</c> artefacts), <c>&gt;&gt;</c> links, trailers (<c>- VNA</c>),
/// site footers and everything after <c>Voir plus</c>. Works line by line over the original
/// text so every paragraph keeps its line, column and offset in the file.
/// </summary>
internal static class ArticleReader
{
    /// <summary>Reads the article; returns null (with a diagnostic added) when the file has no usable story.</summary>
    public static ArticleText? Read(string filePath, string text, List<DiagnosticInfo> diagnostics, CancellationToken cancellationToken)
    {
        var id = Path.GetFileNameWithoutExtension(filePath);
        var name = Path.GetFileName(filePath);
        var nul = text.IndexOf('\0');
        if (nul >= 0)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticIds.UnreadableArticle, LineMap.At(filePath, text, nul), name, "it contains NUL bytes, so it is binary or UTF-16 without a byte-order mark"));
            return null;
        }

        var lines = SourceLine.Split(text, cancellationToken);
        if (lines.TrueForAll(l => l.Text.Length == 0))
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticIds.EmptyArticle, TextLocation.FileStart(filePath), name));
            return null;
        }

        var builder = new ArticleBuilder(text.Length);
        var first = lines.FindIndex(l => l.Text.Length > 0);
        var start = first;
        if (Header.TryParse(lines[first].Text, out var published, out var headerDay, out var headerText, out var dateStart, out var dateLength))
        {
            builder.Published = published;
            builder.HeaderDay = headerDay;
            builder.Header = lines[first].Mapped.Slice(dateStart, dateLength).ToUnit(ArticlePart.Header, 0);
            builder.ReadTitleLine(lines[first].WithText(headerText));
            start = first + 1;
        }
        else if (!DatelineSyntax.StartsWith(lines[first].Text))
        {
            builder.ReadTitleLine(lines[first]);
            start = first + 1;
        }

        for (var i = start; i < lines.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var line = lines[i];
            if (line.Text.Length == 0 || line.Text.StartsWith(">>", StringComparison.Ordinal))
            {
                continue; // blank, or a link to another story
            }

            if (Noise.EndsStory(line.Text))
            {
                break; // "Voir plus" and the site footer: what follows is another page's
            }

            if (Credits.IsCreditOnly(line.Text))
            {
                // A credit alone captions the line just above it, when nothing separates them.
                if (i > 0 && lines[i - 1].Text.Length > 0)
                {
                    builder.LineIsCaption(i - 1);
                }

                continue;
            }

            builder.ReadStoryLine(line);
        }

        var article = builder.Build(filePath, id, LineMap.Of(text));
        if (article.Paragraphs.Count == 0)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticIds.NoStory, LineMap.At(filePath, text, lines[first].Offset), name));
            return null;
        }

        return article;
    }
}

using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace DefenseDialogues.Explorer
{
    /// <summary>
    /// Prints a dialogue's article (its clean parts: header, headline, dateline, paragraphs, captions,
    /// trailer) with every extracted value marked where it was read, <c>⟦mardi 27 février⟧heldOn</c>,
    /// then a legend: each value, its line and column in the .txt, and how it was inferred when it was.
    /// </summary>
    internal static class ExplainView
    {
        /// <summary>Writes the explanation of <paramref name="d"/>; <paramref name="color"/> adds ANSI highlighting.</summary>
        public static void Write(TextWriter output, Dialogue d, bool color)
        {
            var evidence = d.Evidence;
            output.WriteLine(d.ToString());
            output.WriteLine();
            foreach (var (label, text, pieces) in Parts(d, evidence))
            {
                output.WriteLine("[" + label + "]");
                output.WriteLine(EvidenceMarkup.Mark(text, pieces.Where(e => e.Quote is not null).Select(e => (e.QuoteStart, e.QuoteStart + e.Quote!.Length, e.Path)), color));
                output.WriteLine();
            }

            output.WriteLine("Values:");
            foreach (var e in evidence)
            {
                var where = e.Span is SourceSpan span
                    ? "line " + span.StartLine + ", col " + span.StartColumn + "-" + span.EndColumn
                    : "not in the text";
                var line = "  " + e.Path.PadRight(28) + " " + (e.Value ?? "(unknown)").PadRight(30) + " " + where;
                output.WriteLine(e.Note is null ? line : line + "  (" + e.Note + ")");
            }
        }

        /// <summary>The parts of the article in reading order, each with the evidence read in it.</summary>
        private static IEnumerable<(string Label, string Text, List<Evidence> Pieces)> Parts(Dialogue d, DialogueEvidence evidence)
        {
            var located = evidence.Where(e => e.Part is not null).ToList();
            List<Evidence> In(ArticlePart part, int index) => located.Where(e => e.Part == part && e.PartIndex == index).ToList();
            string? TextOf(ArticlePart part) => located.FirstOrDefault(e => e.Part == part)?.PartText;

            if (TextOf(ArticlePart.Header) is string header)
            {
                yield return ("header", header, In(ArticlePart.Header, 0));
            }

            if (d.Headline is string headline)
            {
                yield return ("headline", headline, In(ArticlePart.Headline, 0));
            }

            if (TextOf(ArticlePart.Dateline) is string dateline)
            {
                yield return ("dateline", dateline, In(ArticlePart.Dateline, 0));
            }

            for (var k = 0; k < d.Paragraphs.Count; k++)
            {
                yield return ("paragraph " + (k + 1), d.Paragraphs[k], In(ArticlePart.Paragraph, k));
            }

            for (var k = 0; k < d.Captions.Count; k++)
            {
                yield return ("caption " + (k + 1), d.Captions[k], In(ArticlePart.Caption, k));
            }

            if (TextOf(ArticlePart.Trailer) is string trailer)
            {
                yield return ("trailer", trailer, In(ArticlePart.Trailer, 0));
            }
        }
    }
}

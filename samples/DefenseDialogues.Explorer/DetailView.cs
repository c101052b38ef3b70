using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;

namespace DefenseDialogues.Explorer
{
    /// <summary>Prints every field of one dialogue, one per line, lists indented below their label.</summary>
    internal static class DetailView
    {
        private const string Unknown = "-";

        /// <summary>Writes <paramref name="d"/>.</summary>
        public static void Write(TextWriter output, Dialogue d)
        {
            output.WriteLine(d.ToString());
            output.WriteLine();
            Field(output, "Id", d.Id);
            Field(output, "Source file", d.SourceFile);
            Field(output, "Published", d.Published?.ToString());
            Field(output, "Held on", d.HeldOn?.ToString());
            Field(output, "Headline", d.Headline);
            Field(output, "Location", d.Location);
            Field(output, "Kind", d.Kind.ToString());
            Field(output, "Edition", d.Edition?.ToString(CultureInfo.InvariantCulture));
            Field(output, "Partnership", d.Partnership?.ToString());
            Field(output, "Source", d.Source);
            List(output, "Partners", d.Partners.Select(p => p.Code + " " + p.EnglishName + " (" + p.Name + ")"));
            List(output, "Participants", d.Participants.Select(p => p.ToString()));
            List(output, "Topics", d.Topics.Select(t => t.ToString()));
            List(output, "Legal references", d.LegalReferences.Select(r => r.ToString()));
            List(output, "Anniversaries", d.Anniversaries.Select(a => a.ToString()));
            List(output, "Captions", d.Captions);
            List(output, "Paragraphs", d.Paragraphs);
        }

        private static void Field(TextWriter output, string label, string? value)
            => output.WriteLine((label + ":").PadRight(18) + (value ?? Unknown));

        private static void List(TextWriter output, string label, IEnumerable<string> items)
        {
            var all = items.ToList();
            Field(output, label, all.Count == 0 ? "[]" : all.Count.ToString(CultureInfo.InvariantCulture));
            foreach (var item in all)
            {
                output.WriteLine("  - " + item);
            }
        }
    }
}

using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;

namespace DefenseDialogues.Explorer
{
    /// <summary>The dialogue table: id, partners, date, place, kind, participants, topics.</summary>
    internal static class TableView
    {
        private static readonly TextTable<Dialogue>.Column[] Columns =
        [
            new("Id", 12, Wraps: false, d => [d.Id]),
            new("Partners", 18, Wraps: true, d => d.Partners.Select(p => p.EnglishName).ToArray()),
            new("Date", 10, Wraps: false, d => [DateOf(d)]),
            new("Place", 16, Wraps: false, d => d.Location is null ? [] : [d.Location]),
            new("Kind", 19, Wraps: false, d => [d.Kind.ToString() + (d.Edition is int n ? " #" + n.ToString(CultureInfo.InvariantCulture) : "")]),
            new("Participants", 28, Wraps: true, d => d.Participants.Select(p => p.Name).ToArray()),
            new("Topics", 36, Wraps: true, d => d.Topics.Select(t => t.ToString()).ToArray()),
        ];

        /// <summary>Writes the dialogues as a table and a count line.</summary>
        public static void Write(TextWriter output, IReadOnlyList<Dialogue> dialogues)
            => TextTable<Dialogue>.Write(output, dialogues, Columns, "dialogue");

        /// <summary>The meeting date, or <c>~</c> and the publication month when only that is known.</summary>
        public static string DateOf(Dialogue d)
        {
            var heldOn = d.HeldOn?.ToString();
            if (!string.IsNullOrEmpty(heldOn))
            {
                return heldOn!;
            }

            // The publication month is only a hint of when the meeting was: mark it as such.
            return d.Published is YearMonth published ? "~" + published.ToString() : TextTable<Dialogue>.Unknown;
        }
    }

    /// <summary>
    /// An aligned plain-text table. Short columns are truncated with an ellipsis; list columns
    /// wrap, as many whole items per line as fit.
    /// </summary>
    internal static class TextTable<T>
    {
        public const string Unknown = "-";
        private const string Gap = "  ";

        /// <summary>Writes the rows and a count line naming <paramref name="noun"/> (<paramref name="plural"/> when not one).</summary>
        public static void Write(TextWriter output, IReadOnlyList<T> items, Column[] columns, string noun, string? plural = null)
        {
            var rows = items.Select(d => columns.Select(c => Layout(c, c.Cell(d))).ToArray()).ToArray();
            var widths = columns
                .Select((c, i) => Math.Max(c.Header.Length, rows.SelectMany(r => r[i]).Select(l => l.Length).DefaultIfEmpty(0).Max()))
                .ToArray();

            WriteLine(output, widths, columns.Select(c => c.Header).ToArray());
            WriteLine(output, widths, widths.Select(w => new string('-', w)).ToArray());
            // Once a row spans several lines, a blank line keeps records apart.
            var spaced = rows.Any(row => row.Any(lines => lines.Count > 1));
            for (var r = 0; r < rows.Length; r++)
            {
                var row = rows[r];
                if (spaced && r > 0)
                {
                    output.WriteLine();
                }

                var height = row.Max(lines => lines.Count);
                for (var line = 0; line < height; line++)
                {
                    WriteLine(output, widths, row.Select(lines => line < lines.Count ? lines[line] : "").ToArray());
                }
            }

            output.WriteLine();
            output.WriteLine(string.Format(CultureInfo.InvariantCulture, "{0} {1}.", items.Count, items.Count == 1 ? noun : plural ?? noun + "s"));
        }

        /// <summary>
        /// The lines of one cell: one truncated line, or for wrapping columns the items packed
        /// into lines, an item broken across lines only when it alone is too wide.
        /// </summary>
        private static List<string> Layout(Column column, string[] items)
        {
            // NFC so that a name typed with combining accents counts as many columns as it shows.
            var texts = items.Select(i => i.Normalize(NormalizationForm.FormC)).ToArray();
            if (texts.Length == 0)
            {
                return [Unknown];
            }

            if (!column.Wraps)
            {
                return [Truncate(texts[0], column.MaxWidth)];
            }

            var lines = new List<string>();
            var current = new StringBuilder();
            for (var i = 0; i < texts.Length; i++)
            {
                var item = i < texts.Length - 1 ? texts[i] + "," : texts[i];
                if (current.Length > 0 && current.Length + 1 + item.Length > column.MaxWidth)
                {
                    lines.Add(current.ToString());
                    current.Clear();
                }

                foreach (var word in item.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
                {
                    if (current.Length > 0 && current.Length + 1 + word.Length > column.MaxWidth)
                    {
                        lines.Add(current.ToString());
                        current.Clear();
                    }

                    current.Append(current.Length > 0 ? " " : "").Append(Truncate(word, column.MaxWidth));
                }
            }

            lines.Add(current.ToString());
            return lines;
        }

        private static string Truncate(string text, int width)
            => text.Length <= width ? text : text.Substring(0, width - 1) + "\u2026";

        private static void WriteLine(TextWriter output, int[] widths, string[] cells)
        {
            var line = new StringBuilder();
            for (var i = 0; i < cells.Length; i++)
            {
                line.Append(i == 0 ? "" : Gap).Append(cells[i].PadRight(widths[i]));
            }

            output.WriteLine(line.ToString().TrimEnd());
        }

        /// <summary>A column: its header, widest line, whether lists wrap, and the cell's items.</summary>
        public sealed record Column(string Header, int MaxWidth, bool Wraps, Func<T, string[]> Cell);
    }
}

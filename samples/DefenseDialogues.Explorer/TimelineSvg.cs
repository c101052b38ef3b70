using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Xml;

namespace DefenseDialogues.Explorer
{
    /// <summary>One dialogue as the timeline draws it.</summary>
    /// <param name="Partner">The row: the partner's English name.</param>
    /// <param name="Year">Year of the meeting (or of publication when <paramref name="Approximate"/>).</param>
    /// <param name="Month">Month, 1–12.</param>
    /// <param name="Day">Day, when known.</param>
    /// <param name="Approximate">The meeting date is unknown; the publication month stands in.</param>
    /// <param name="Kind">The kind of meeting (sets the mark's colour).</param>
    /// <param name="Label">The mark's label, e.g. <c>2024-02-27 #10</c>.</param>
    internal sealed record TimelineEntry(string Partner, int Year, int Month, int? Day, bool Approximate, string Kind, string Label);

    /// <summary>
    /// Draws dialogues per partner over time as SVG: one row per partner, one mark per dialogue at
    /// its date, coloured by kind, labelled; deterministic bytes for the same data.
    /// </summary>
    internal static class TimelineSvg
    {
        private const double Left = 170;
        private const double Right = 40;
        private const double Top = 70;
        private const double RowHeight = 56;
        private const double PlotWidth = 820;
        private const double MarkRadius = 6.5;

        private static readonly (string Kind, string Colour)[] Kinds =
        [
            ("PolicyDialogue", "#1f77b4"), ("Talks", "#ff7f0e"), ("Reception", "#2ca02c"),
            ("Visit", "#9467bd"), ("Meeting", "#d62728"), ("Other", "#7f7f7f"),
        ];

        /// <summary>The SVG document for <paramref name="entries"/>; <paramref name="undrawn"/> lists what has no date at all.</summary>
        public static string Render(IReadOnlyList<TimelineEntry> entries, IReadOnlyList<string> undrawn, string title)
        {
            var rows = entries.GroupBy(e => e.Partner)
                .OrderBy(g => g.Min(Position)).ThenBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => (Partner: g.Key, Entries: g.OrderBy(Position).ThenBy(e => e.Label, StringComparer.Ordinal).ToArray()))
                .ToArray();
            var (start, end) = Span(entries);
            var note = Wrap("Not drawn (no year known): " + string.Join(", ", undrawn), 120);
            var height = Top + (Math.Max(rows.Length, 1) * RowHeight) + 90 + (undrawn.Count > 0 ? note.Count * 16 : 0);
            var width = Left + PlotWidth + Right;

            var sb = new StringBuilder();
            var settings = new XmlWriterSettings { Indent = true, NewLineChars = "\n", OmitXmlDeclaration = false, Encoding = new UTF8Encoding(false) };
            using (var w = XmlWriter.Create(new StringWriter(sb, CultureInfo.InvariantCulture), settings))
            {
                w.WriteStartElement("svg", "http://www.w3.org/2000/svg");
                Attr(w, "width", width);
                Attr(w, "height", height);
                w.WriteAttributeString("viewBox", "0 0 " + N(width) + " " + N(height));
                w.WriteAttributeString("font-family", "sans-serif");
                Rect(w, 0, 0, width, height, "#ffffff");
                Text(w, Left, 32, title, 18, "start", "bold");

                // Row bands first, then the grid (year ticks; months too when the span is short), then marks.
                var axisY = Top + (rows.Length * RowHeight);
                for (var r = 0; r < rows.Length; r++)
                {
                    Rect(w, 0, Top + (r * RowHeight), width, RowHeight, r % 2 == 0 ? "#f7f9fc" : "#ffffff");
                }

                var shortSpan = end - start <= 24;
                for (var m = (int)Math.Ceiling(start); m <= end; m++)
                {
                    var isYear = m % 12 == 0;
                    if (!isYear && !shortSpan)
                    {
                        continue;
                    }

                    var x = X(m, start, end);
                    Line(w, x, Top - 10, x, axisY, isYear ? "#bbbbbb" : "#eeeeee", isYear ? 1 : 0.8);
                    if (isYear)
                    {
                        Text(w, x, axisY + 18, (m / 12).ToString(CultureInfo.InvariantCulture), 12, "middle", "normal");
                    }
                }

                for (var r = 0; r < rows.Length; r++)
                {
                    var y = Top + (r * RowHeight) + (RowHeight / 2);
                    w.WriteStartElement("g");
                    w.WriteAttributeString("class", "row");
                    Text(w, Left - 14, y + 4, rows[r].Partner, 13, "end", "bold");
                    Line(w, Left, y, Left + PlotWidth, y, "#d0d7e2", 1);
                    var lastX = double.NegativeInfinity;
                    var above = true;
                    foreach (var e in rows[r].Entries)
                    {
                        var x = X(Position(e), start, end);
                        above = x - lastX < 95 ? !above : true; // stagger labels of close marks
                        lastX = x;
                        Mark(w, x, y, e);
                        Text(w, x, above ? y - 11 : y + 20, e.Label, 10.5, "middle", "normal");
                    }

                    w.WriteEndElement();
                }

                Legend(w, axisY + 44);
                for (var i = 0; undrawn.Count > 0 && i < note.Count; i++)
                {
                    Text(w, Left, axisY + 68 + (i * 16), note[i], 11, "start", "normal");
                }

                w.WriteEndElement();
            }

            return sb.ToString().Replace("encoding=\"utf-16\"", "encoding=\"utf-8\"") + "\n";
        }

        /// <summary>Months since year 0, with the day as a fraction: where a mark stands on the axis.</summary>
        private static double Position(TimelineEntry e) => (e.Year * 12) + (e.Month - 1) + ((e.Day ?? 15) - 1) / 31.0;

        /// <summary>The axis span in months: whole years around the data, at least one year.</summary>
        private static (double Start, double End) Span(IReadOnlyList<TimelineEntry> entries)
        {
            if (entries.Count == 0)
            {
                return (2000 * 12, 2001 * 12);
            }

            var first = Math.Floor(entries.Min(Position) / 12) * 12;
            var last = (Math.Floor(entries.Max(Position) / 12) + 1) * 12;
            return (first, last);
        }

        private static double X(double month, double start, double end) => Left + ((month - start) / (end - start) * PlotWidth);

        private static void Mark(XmlWriter w, double x, double y, TimelineEntry e)
        {
            var colour = Kinds.FirstOrDefault(k => k.Kind == e.Kind).Colour ?? "#7f7f7f";
            w.WriteStartElement("circle");
            w.WriteAttributeString("class", "mark");
            Attr(w, "cx", x);
            Attr(w, "cy", y);
            Attr(w, "r", MarkRadius);
            w.WriteAttributeString("fill", e.Approximate ? "#ffffff" : colour);
            w.WriteAttributeString("stroke", colour);
            w.WriteAttributeString("stroke-width", "2");
            if (e.Approximate)
            {
                w.WriteAttributeString("stroke-dasharray", "3 2");
            }

            w.WriteElementString("title", e.Partner + ": " + e.Kind + " " + e.Label);
            w.WriteEndElement();
        }

        /// <summary>Splits text at spaces into lines of at most <paramref name="width"/> characters.</summary>
        private static List<string> Wrap(string text, int width)
        {
            var lines = new List<string>();
            var line = new StringBuilder();
            foreach (var word in text.Split(' '))
            {
                if (line.Length > 0 && line.Length + 1 + word.Length > width)
                {
                    lines.Add(line.ToString());
                    line.Clear();
                }

                line.Append(line.Length > 0 ? " " : "").Append(word);
            }

            lines.Add(line.ToString());
            return lines;
        }

        private static void Legend(XmlWriter w, double y)
        {
            var x = Left;
            foreach (var (kind, colour) in Kinds)
            {
                w.WriteStartElement("circle");
                Attr(w, "cx", x);
                Attr(w, "cy", y - 4);
                Attr(w, "r", 5);
                w.WriteAttributeString("fill", colour);
                w.WriteEndElement();
                Text(w, x + 9, y, kind, 11, "start", "normal");
                x += 16 + (kind.Length * 6.6);
            }

            w.WriteStartElement("circle");
            Attr(w, "cx", x + 4);
            Attr(w, "cy", y - 4);
            Attr(w, "r", 5);
            w.WriteAttributeString("fill", "#ffffff");
            w.WriteAttributeString("stroke", "#555555");
            w.WriteAttributeString("stroke-dasharray", "3 2");
            w.WriteEndElement();
            Text(w, x + 13, y, "meeting date unknown: publication month (~)", 11, "start", "normal");
        }

        private static void Text(XmlWriter w, double x, double y, string text, double size, string anchor, string weight)
        {
            w.WriteStartElement("text");
            Attr(w, "x", x);
            Attr(w, "y", y);
            Attr(w, "font-size", size);
            w.WriteAttributeString("text-anchor", anchor);
            if (weight != "normal")
            {
                w.WriteAttributeString("font-weight", weight);
            }

            w.WriteAttributeString("fill", "#222222");
            w.WriteString(text);
            w.WriteEndElement();
        }

        private static void Line(XmlWriter w, double x1, double y1, double x2, double y2, string colour, double strokeWidth)
        {
            w.WriteStartElement("line");
            Attr(w, "x1", x1);
            Attr(w, "y1", y1);
            Attr(w, "x2", x2);
            Attr(w, "y2", y2);
            w.WriteAttributeString("stroke", colour);
            Attr(w, "stroke-width", strokeWidth);
            w.WriteEndElement();
        }

        private static void Rect(XmlWriter w, double x, double y, double width, double height, string fill)
        {
            w.WriteStartElement("rect");
            Attr(w, "x", x);
            Attr(w, "y", y);
            Attr(w, "width", width);
            Attr(w, "height", height);
            w.WriteAttributeString("fill", fill);
            w.WriteEndElement();
        }

        private static void Attr(XmlWriter w, string name, double value) => w.WriteAttributeString(name, N(value));

        private static string N(double value) => Math.Round(value, 1).ToString("0.#", CultureInfo.InvariantCulture);
    }
}

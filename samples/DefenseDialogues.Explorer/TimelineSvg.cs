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
    /// <param name="Kind">The kind of meeting, a <c>DialogueKind</c> name (sets the mark's shape and colour).</param>
    /// <param name="Label">The mark's label, e.g. <c>2024-02-27 #10</c>.</param>
    /// <remarks>
    /// A plain record rather than <c>Dialogue</c>, so that the renderer compiles without the
    /// generated classes and the test project (which sees the runtime only through an alias) can link it.
    /// </remarks>
    internal sealed record TimelineEntry(string Partner, int Year, int Month, int? Day, bool Approximate, string Kind, string Label);

    /// <summary>
    /// Draws dialogues per partner over time as SVG: one row per partner, one mark per dialogue at
    /// its date, shaped and coloured by kind, labelled without overlaps; the same data gives the same bytes.
    /// </summary>
    internal static class TimelineSvg
    {
        private const double Left = 190;
        private const double Right = 48;
        private const double PlotWidth = 800;
        private const double Width = Left + PlotWidth + Right;
        private const double Top = 80;
        private const double RowHeight = 56;
        private const double LaneStep = 13;
        private const double MarkSize = 7;
        private const double LabelSize = 10.5;
        private const double NoteSize = 11.5;
        private const double LegendSize = 12;
        private const double LegendLine = 20;
        private const double NameSize = 13;
        private const string Ink = "#222222";
        private const string Muted = "#666666";

        // Shape and colour both carry the kind, so the picture survives greyscale printing and colour blindness.
        private static readonly (string Kind, string Label, string Shape, string Colour)[] Kinds =
        [
            ("PolicyDialogue", "Policy dialogue", "circle", "#1f77b4"),
            ("Talks", "Talks", "square", "#ff7f0e"),
            ("Reception", "Reception", "diamond", "#2ca02c"),
            ("Visit", "Visit", "triangle", "#9467bd"),
            ("Meeting", "Meeting", "down", "#d62728"),
            ("Other", "Other", "hexagon", "#7f7f7f"),
        ];

        /// <summary>The SVG document for <paramref name="entries"/>; <paramref name="undrawn"/> describes what has no year at all.</summary>
        public static string Render(IReadOnlyList<TimelineEntry> entries, IReadOnlyList<string> undrawn, string title)
        {
            // Input order must not matter: sort everything by stable keys first.
            var (start, end) = Span(entries);
            var rows = entries.GroupBy(e => e.Partner, StringComparer.Ordinal)
                .Select(g => g.OrderBy(Position).ThenBy(e => e.Kind, StringComparer.Ordinal).ThenBy(e => e.Label, StringComparer.Ordinal).ToArray())
                .OrderBy(r => Position(r[0])).ThenBy(r => r[0].Partner, StringComparer.Ordinal)
                .Select(r => Layout(r, start, end))
                .ToArray();
            var axisY = Top + rows.Sum(r => r.Height);
            var legendY = axisY + (end - start <= 36 ? 62 : 48);
            var legend = LegendItems(entries);
            var legendLines = legend.Select(i => i.Line + 1).DefaultIfEmpty(0).Max();
            var noteY = legendY + (legendLines * LegendLine) + 8;
            var note = undrawn.Count == 0 ? [] : Wrap("Not drawn, no year known: " + string.Join("; ", undrawn.OrderBy(u => u, StringComparer.Ordinal)), (int)((Width - Left - 12) / (NoteSize * 0.56)));
            var height = noteY + (note.Count * 16) + 8;

            var sb = new StringBuilder();
            var settings = new XmlWriterSettings { Indent = true, NewLineChars = "\n", OmitXmlDeclaration = true };
            using (var w = XmlWriter.Create(new StringWriter(sb, CultureInfo.InvariantCulture), settings))
            {
                w.WriteStartElement("svg", "http://www.w3.org/2000/svg");
                Attr(w, "width", Width);
                Attr(w, "height", height);
                w.WriteAttributeString("viewBox", "0 0 " + N(Width) + " " + N(height));
                w.WriteAttributeString("font-family", "sans-serif");
                Rect(w, 0, 0, Width, height, "#ffffff");
                Text(w, Left, 32, title, 18, "start", Ink, bold: true);
                Text(w, Left, 54, Summary(entries, undrawn.Count), 12, "start", Muted);

                var y = Top;
                for (var r = 0; r < rows.Length; r++)
                {
                    Rect(w, 0, y, Width, rows[r].Height, r % 2 == 0 ? "#f5f7fb" : "#ffffff");
                    y += rows[r].Height;
                }

                Grid(w, start, end, axisY);
                y = Top;
                foreach (var row in rows)
                {
                    DrawRow(w, row, y, start, end);
                    y += row.Height;
                }

                foreach (var item in legend)
                {
                    LegendItem(w, item, legendY + (item.Line * LegendLine));
                }

                for (var i = 0; i < note.Count; i++)
                {
                    Text(w, Left, noteY + (i * 16), note[i], NoteSize, "start", Ink);
                }

                w.WriteEndElement();
            }

            return "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n" + sb.ToString() + "\n";
        }

        /// <summary>One partner's marks, each with the label lane that keeps it clear of its neighbours.</summary>
        private sealed record Row(string Partner, TimelineEntry[] Entries, int[] Lanes, double Height);

        /// <summary>
        /// Greedy lanes: each label takes the first lane (above, below, further above, further
        /// below…) whose previous label ends before it starts; the row grows with the lanes used.
        /// </summary>
        private static Row Layout(TimelineEntry[] entries, double start, double end)
        {
            var laneEnds = new List<double>();
            var lanes = new int[entries.Length];
            for (var i = 0; i < entries.Length; i++)
            {
                var (from, to) = LabelExtent(X(Position(entries[i]), start, end), entries[i].Label);
                var lane = laneEnds.FindIndex(e => e + 6 <= from);
                if (lane < 0)
                {
                    lane = laneEnds.Count;
                    laneEnds.Add(to);
                }
                else
                {
                    laneEnds[lane] = to;
                }

                lanes[i] = lane;
            }

            var pairs = (lanes.DefaultIfEmpty(0).Max() / 2) + 1;
            return new Row(entries[0].Partner, entries, lanes, RowHeight + ((pairs - 1) * 2 * LaneStep));
        }

        private static void DrawRow(XmlWriter w, Row row, double top, double start, double end)
        {
            var y = top + (row.Height / 2);
            w.WriteStartElement("g");
            w.WriteAttributeString("class", "row");
            var name = NameLines(row.Partner);
            for (var i = 0; i < name.Count; i++)
            {
                Text(w, Left - 14, y + 4.5 + ((i - ((name.Count - 1) / 2.0)) * 15), name[i], NameSize, "end", Ink, bold: true, cssClass: "partner");
            }

            Line(w, Left, y, Left + PlotWidth, y, "#c9d1de", 1);
            for (var i = 0; i < row.Entries.Length; i++)
            {
                var e = row.Entries[i];
                var x = X(Position(e), start, end);
                Mark(w, x, y, e);

                // Even lanes above the line, odd ones below, each pair further out.
                var lane = row.Lanes[i];
                var offset = (lane / 2) * LaneStep;
                var labelY = lane % 2 == 0 ? y - 11 - offset : y + 19 + offset;
                var (from, to) = LabelExtent(x, e.Label);
                Text(w, (from + to) / 2, labelY, e.Label, LabelSize, "middle", e.Approximate ? Muted : Ink, cssClass: "label");
            }

            w.WriteEndElement();
        }

        /// <summary>A partner's name in the left margin: one line, else two split at a space, else cut with an ellipsis.</summary>
        private static List<string> NameLines(string name)
        {
            var room = (int)((Left - 24) / (NameSize * 0.6));
            if (name.Length <= room)
            {
                return [name];
            }

            var lines = Wrap(name, room);
            return lines.Count == 1 ? [Truncate(lines[0], room)] : [Truncate(lines[0], room), Truncate(string.Join(" ", lines.Skip(1)), room)];
        }

        private static string Truncate(string text, int length) => text.Length <= length ? text : text[..(length - 1)] + "\u2026";

        /// <summary>Year lines and labels; month lines and quarter labels too when the span is three years or less.</summary>
        private static void Grid(XmlWriter w, double start, double end, double axisY)
        {
            var months = end - start <= 36;
            Line(w, Left, axisY, Left + PlotWidth, axisY, "#888888", 1);
            for (var m = (int)start; m <= (int)end; m++)
            {
                var x = X(m, start, end);
                var month = m % 12;
                if (month == 0)
                {
                    Line(w, x, Top - 6, x, axisY + 5, "#b5b5b5", 1);
                    Text(w, x, axisY + 20, (m / 12).ToString(CultureInfo.InvariantCulture), 13, "middle", Ink, bold: true);
                }
                else if (months)
                {
                    Line(w, x, Top, x, axisY, "#e6e6e6", 0.8);
                    if (month % 3 == 0)
                    {
                        Text(w, x, axisY + 18, CultureInfo.InvariantCulture.DateTimeFormat.AbbreviatedMonthNames[month], 10.5, "middle", Muted);
                    }
                }
            }
        }

        private static void Mark(XmlWriter w, double x, double y, TimelineEntry e)
        {
            var kind = KindOf(e.Kind);
            w.WriteStartElement("path");
            w.WriteAttributeString("class", "mark");
            w.WriteAttributeString("transform", "translate(" + N(x) + "," + N(y) + ")");
            w.WriteAttributeString("d", Shape(kind.Shape, MarkSize));
            // Filled marks get a white rim, so marks days apart stay two marks, not one blot.
            w.WriteAttributeString("fill", e.Approximate ? "#ffffff" : kind.Colour);
            w.WriteAttributeString("stroke", e.Approximate ? kind.Colour : "#ffffff");
            w.WriteAttributeString("stroke-width", e.Approximate ? "2" : "1.5");
            if (e.Approximate)
            {
                w.WriteAttributeString("stroke-dasharray", "3 2");
            }

            // A tooltip in browsers: the full facts behind the mark.
            w.WriteElementString("title", e.Partner + ": " + kind.Label + ", " + e.Label);
            w.WriteEndElement();
        }

        /// <summary>One legend entry: a sample mark and its meaning, placed at <see cref="X"/> on line <see cref="Line"/>.</summary>
        private sealed record LegendEntry(string Shape, string Fill, string Stroke, bool Dashed, string Label, double X, int Line);

        /// <summary>
        /// Only the kinds present, in a fixed order, then the hollow mark's meaning when one is drawn;
        /// an entry that would run past the right edge starts a new line.
        /// </summary>
        private static List<LegendEntry> LegendItems(IReadOnlyList<TimelineEntry> entries)
        {
            var wanted = entries.Select(e => KindOf(e.Kind)).Distinct()
                .OrderBy(k => Array.IndexOf(Kinds, k) is var i && i < 0 ? int.MaxValue : i).ThenBy(k => k.Kind, StringComparer.Ordinal)
                .Select(k => (k.Shape, Fill: k.Colour, Stroke: k.Colour, Dashed: false, k.Label))
                .ToList();
            if (entries.Any(e => e.Approximate))
            {
                wanted.Add(("circle", "#ffffff", Muted, true, "hollow (~): meeting date unknown, placed at the publication month"));
            }

            var placed = new List<LegendEntry>();
            var (x, line) = (Left, 0);
            foreach (var (shape, fill, stroke, dashed, label) in wanted)
            {
                var width = 16 + TextWidth(label, LegendSize);
                if (x > Left && x + width > Width - 8)
                {
                    (x, line) = (Left, line + 1);
                }

                placed.Add(new LegendEntry(shape, fill, stroke, dashed, label, x, line));
                x += width + 18;
            }

            return placed;
        }

        private static void LegendItem(XmlWriter w, LegendEntry item, double y)
        {
            w.WriteStartElement("path");
            w.WriteAttributeString("transform", "translate(" + N(item.X + 6) + "," + N(y - 4) + ")");
            w.WriteAttributeString("d", Shape(item.Shape, 5.5));
            w.WriteAttributeString("fill", item.Fill);
            w.WriteAttributeString("stroke", item.Stroke);
            w.WriteAttributeString("stroke-width", "1.5");
            if (item.Dashed)
            {
                w.WriteAttributeString("stroke-dasharray", "3 2");
            }

            w.WriteEndElement();
            Text(w, item.X + 16, y, item.Label, LegendSize, "start", Ink);
        }

        /// <summary>
        /// A closed path of the given shape centred on the origin (marks are moved by a transform,
        /// so one kind's marks share one outline); paths, so every mark is one element type.
        /// </summary>
        private static string Shape(string shape, double r)
        {
            var points = shape switch
            {
                "square" => Polygon(0, r * 0.9 * Math.Sqrt(2), 4, 45),
                "diamond" => Polygon(0, r * 1.25, 4, 0),
                "triangle" => Polygon(r * 0.2, r * 1.3, 3, 0),
                "down" => Polygon(-r * 0.2, r * 1.3, 3, 180),
                "hexagon" => Polygon(0, r * 1.05, 6, 0),
                _ => null,
            };
            return points is null
                ? "M" + N(-r) + ",0a" + N(r) + "," + N(r) + " 0 1,0 " + N(2 * r) + ",0a" + N(r) + "," + N(r) + " 0 1,0 " + N(-2 * r) + ",0Z"
                : "M" + string.Join("L", points.Select(p => N(p.X) + "," + N(p.Y))) + "Z";
        }

        /// <summary>A regular polygon around (0, <paramref name="dy"/>), its first vertex straight up turned by <paramref name="turn"/> degrees.</summary>
        private static IEnumerable<(double X, double Y)> Polygon(double dy, double r, int sides, double turn)
            => Enumerable.Range(0, sides).Select(i =>
            {
                var angle = (turn + (360.0 * i / sides)) * Math.PI / 180;
                return (r * Math.Sin(angle), dy - (r * Math.Cos(angle)));
            });

        private static (string Kind, string Label, string Shape, string Colour) KindOf(string kind)
            => Kinds.FirstOrDefault(k => k.Kind == kind) is { Kind: not null } known ? known : (kind, kind, "hexagon", "#7f7f7f");

        private static string Summary(IReadOnlyList<TimelineEntry> entries, int undrawn)
        {
            var approximate = entries.Count(e => e.Approximate);
            var parts = new List<string> { Count(entries.Count - approximate, "dated meeting", "dated meetings") };
            if (approximate > 0)
            {
                parts.Add(Count(approximate, "placed at its publication month", "placed at their publication month"));
            }

            if (undrawn > 0)
            {
                parts.Add(Count(undrawn, "without a year (listed below)", "without a year (listed below)"));
            }

            parts.Add(Count(entries.Select(e => e.Partner).Distinct(StringComparer.Ordinal).Count(), "partner", "partners"));
            return string.Join(" · ", parts);
        }

        private static string Count(int n, string one, string many)
            => n.ToString(CultureInfo.InvariantCulture) + " " + (n == 1 ? one : many);

        /// <summary>Months since year 0, the day as a fraction (mid-month when unknown): where a mark stands.</summary>
        private static double Position(TimelineEntry e) => (e.Year * 12) + (e.Month - 1) + (((e.Day ?? 16) - 1) / 31.0);

        /// <summary>The axis span in months: whole years around the data, at least one year.</summary>
        private static (double Start, double End) Span(IReadOnlyList<TimelineEntry> entries)
        {
            if (entries.Count == 0)
            {
                return (2000 * 12, 2001 * 12);
            }

            return (Math.Floor(entries.Min(Position) / 12) * 12, (Math.Floor(entries.Max(Position) / 12) + 1) * 12);
        }

        private static double X(double month, double start, double end) => Left + ((month - start) / (end - start) * PlotWidth);

        /// <summary>Where a label centred on its mark spans, pushed inward so it never leaves the picture or runs into the row names.</summary>
        private static (double From, double To) LabelExtent(double x, string label)
        {
            var half = TextWidth(label, LabelSize) / 2;
            var centre = Math.Min(Math.Max(x, Left - 6 + half), Width - 6 - half);
            return (centre - half, centre + half);
        }

        /// <summary>An estimate of sans-serif text width (no font metrics at hand): 0.56 em per character, DejaVu's average.</summary>
        private static double TextWidth(string text, double size) => text.Length * size * 0.56;

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

        private static void Text(XmlWriter w, double x, double y, string text, double size, string anchor, string colour, bool bold = false, string? cssClass = null)
        {
            w.WriteStartElement("text");
            if (cssClass is not null)
            {
                w.WriteAttributeString("class", cssClass);
            }

            Attr(w, "x", x);
            Attr(w, "y", y);
            Attr(w, "font-size", size);
            w.WriteAttributeString("text-anchor", anchor);
            if (bold)
            {
                w.WriteAttributeString("font-weight", "bold");
            }

            w.WriteAttributeString("fill", colour);
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

        /// <summary>Invariant, at most one decimal: no culture's comma and no float noise in the bytes; adding 0.0 turns a rounded -0 into 0.</summary>
        private static string N(double value) => (Math.Round(value, 1) + 0.0).ToString("0.#", CultureInfo.InvariantCulture);
    }
}

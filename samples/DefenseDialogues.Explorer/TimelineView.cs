using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;

namespace DefenseDialogues.Explorer
{
    /// <summary>The <c>timeline</c> command: maps the corpus to timeline entries and writes the SVG.</summary>
    internal static class TimelineView
    {
        /// <summary>Writes the SVG to <paramref name="path"/> and a one-line summary to <paramref name="output"/>.</summary>
        public static int Write(TextWriter output, string path)
        {
            var entries = new List<TimelineEntry>();
            var undrawn = new List<string>();
            // One mark per meeting, however many articles report it.
            foreach (var meeting in Meetings.Timeline)
            {
                var d = meeting.Articles[0];
                if (EntryOf(meeting) is { } entry)
                {
                    entries.Add(entry);
                }
                else
                {
                    // Say what is known, so the reader can place it by hand or look it up with `show`.
                    undrawn.Add(PartnerOf(d) + ", " + DayMonth(meeting.HeldOn) + " (" + d.Id + ")");
                }
            }

            var years = entries.Select(e => e.Year).DefaultIfEmpty().ToArray();
            var span = entries.Count == 0 ? "" : years.Min() == years.Max() ? $", {years.Min()}" : $", {years.Min()}–{years.Max()}";
            var title = string.Create(CultureInfo.InvariantCulture, $"Vietnam's defense dialogues by partner: {Meetings.Count} meeting{(Meetings.Count == 1 ? "" : "s")} from {Dialogues.Count} article{(Dialogues.Count == 1 ? "" : "s")}{span}");
            try
            {
                File.WriteAllText(path, TimelineSvg.Render(entries, undrawn, title), new UTF8Encoding(false));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                Console.Error.WriteLine("Cannot write '" + path + "': " + e.Message);
                return 1;
            }

            output.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"Wrote {path}: {entries.Count} marks in {entries.Select(e => e.Partner).Distinct().Count()} rows, {entries.Count(e => e.Approximate)} at the publication month, {undrawn.Count} not drawn."));
            return 0;
        }

        /// <summary>
        /// The mark: at the meeting's date, else (hollow) at its first article's publication month; null when no
        /// year is known at all. A meeting reported by several articles says how many.
        /// </summary>
        public static TimelineEntry? EntryOf(Meeting meeting)
        {
            var d = meeting.Articles[0];
            var edition = (meeting.Edition is int n ? " #" + n.ToString(CultureInfo.InvariantCulture) : "")
                + (meeting.Articles.Count > 1 ? " (" + meeting.Articles.Count.ToString(CultureInfo.InvariantCulture) + " articles)" : "");
            var kind = meeting.Kind.ToString();
            if (meeting.HeldOn is { Year: int year } held)
            {
                if (held.Month is int month)
                {
                    return new TimelineEntry(PartnerOf(d), year, month, held.Day, false, kind, held.ToString() + edition);
                }

                // Year only: the publication month if it falls in that year, else mid-year; hollow either way.
                var guess = d.Published is YearMonth p && p.Year == year ? p.Month : 7;
                return new TimelineEntry(PartnerOf(d), year, guess, null, true, kind, "~" + held.ToString() + edition);
            }

            return d.Published is YearMonth published
                ? new TimelineEntry(PartnerOf(d), published.Year, published.Month, null, true, kind, "~" + published.ToString() + edition)
                : null;
        }

        /// <summary>What is known of a date without a year: <c>Dec 5</c>.</summary>
        private static string DayMonth(PartialDate? date)
        {
            if (date is not { Month: int month })
            {
                return "no date";
            }

            var name = CultureInfo.InvariantCulture.DateTimeFormat.AbbreviatedMonthNames[month - 1];
            return date.Value.Day is int day ? name + " " + day.ToString(CultureInfo.InvariantCulture) : name;
        }

        private static string PartnerOf(Dialogue d) => d.Partner?.EnglishName ?? "Unknown partner";
    }
}

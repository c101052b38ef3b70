using System.Globalization;
using System.IO;
using System.Linq;

namespace DefenseDialogues.Explorer
{
    /// <summary>The <c>meetings</c> and <c>series</c> commands: each meeting once, with its sources; each series edition by edition.</summary>
    internal static class MeetingsView
    {
        /// <summary>One line per meeting in date order, then for a meeting reported more than once (or disputed) each article and what it states.</summary>
        public static int WriteMeetings(TextWriter output)
        {
            var multi = Meetings.All.Count(m => m.Articles.Count > 1);
            var disputed = Meetings.All.Count(m => m.IsDisputed);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{Meetings.Count} meetings from {Dialogues.Count} articles ({multi} reported by several articles, {disputed} with disputed facts)"));
            output.WriteLine();
            foreach (var meeting in Meetings.Timeline)
            {
                output.WriteLine((meeting.IsDisputed ? "! " : "  ") + meeting);
                if (meeting.Articles.Count == 1 && !meeting.IsDisputed)
                {
                    continue;
                }

                foreach (var article in meeting.Articles)
                {
                    output.WriteLine("      " + article.Id + ": " + (article.HeldOn?.ToString() ?? "no date") + ", " + (article.Location ?? "no place"));
                }

                foreach (var fact in meeting.Dates.Skip(meeting.IsDateDisputed ? 0 : 1).Where(_ => meeting.IsDateDisputed))
                {
                    output.WriteLine("      date disputed: " + fact.Value + " per " + string.Join(", ", fact.StatedBy.Select(d => d.Id)) + " (" + string.Join("; ", fact.Evidence.Select(e => e.Span?.ToString() ?? "not located")) + ")");
                }

                foreach (var fact in meeting.Locations.Where(_ => meeting.IsLocationDisputed))
                {
                    output.WriteLine("      place disputed: " + fact.Value + " per " + string.Join(", ", fact.StatedBy.Select(d => d.Id)) + " (" + string.Join("; ", fact.Evidence.Select(e => e.Span?.ToString() ?? "not located")) + ")");
                }
            }

            return 0;
        }

        /// <summary>Every series (or those with <paramref name="partner"/>), edition by edition with dates, places and missing editions.</summary>
        public static int WriteSeries(TextWriter output, Partner? partner)
        {
            var series = partner is null ? Meetings.Series : Meetings.SeriesWith(partner);
            if (series.Count == 0)
            {
                output.WriteLine(partner is null ? "No dialogue series in this corpus." : "No dialogue series with " + partner.EnglishName + " in this corpus.");
                return 0;
            }

            foreach (var s in series)
            {
                output.WriteLine(s.ToString());
                foreach (var meeting in s.Meetings)
                {
                    var edition = meeting.Edition is int n ? ("#" + n.ToString(CultureInfo.InvariantCulture)).PadRight(5) : "  -  ";
                    output.WriteLine("  " + edition + " " + (meeting.HeldOn?.ToString() ?? "undated").PadRight(10) + "  " + (meeting.Location ?? "no place") + ", " + string.Join(", ", meeting.Articles.Select(a => a.Id)));
                }
            }

            return 0;
        }
    }
}

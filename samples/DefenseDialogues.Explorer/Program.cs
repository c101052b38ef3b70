using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;

namespace DefenseDialogues.Explorer
{
    /// <summary>Command-line entry point: parses the command and hands over to a view.</summary>
    internal static class Program
    {
        private const string Usage =
            "usage: DefenseDialogues.Explorer [list]\n" +
            "       DefenseDialogues.Explorer show <id>\n" +
            "       DefenseDialogues.Explorer people\n" +
            "       DefenseDialogues.Explorer partner <code|name>\n" +
            "       DefenseDialogues.Explorer filter [--topic <Topic>]... [--year <YYYY>] [--partner <code|name>]\n" +
            "       DefenseDialogues.Explorer timeline --out <file.svg>\n" +
            "       DefenseDialogues.Explorer export --format json";

        private static int Main(string[] args)
        {
            // Names and places carry diacritics; never let the platform's code page mangle them.
            Console.OutputEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

            switch (args)
            {
                case [] or ["list"]:
                    TableView.Write(Console.Out, Dialogues.All);
                    return 0;
                case ["show", var id]:
                    if (!Dialogues.TryGet(id, out var dialogue))
                    {
                        return Fail("No dialogue has the id '" + id + "'.");
                    }

                    DetailView.Write(Console.Out, dialogue);
                    return 0;
                case ["people"]:
                    PeopleView.Write(Console.Out, People.All);
                    return 0;
                case ["partner", var name]:
                    if (FindPartner(name) is not { } partner)
                    {
                        return Fail("No partner '" + name + "' in this corpus; known: " + string.Join(", ", Partners.All.Select(p => p.Code + " " + p.EnglishName)));
                    }

                    Console.WriteLine($"{partner.EnglishName} ({partner.Name}, {partner.Code}): dialogues in date order");
                    Console.WriteLine();
                    TableView.Write(Console.Out, Dialogues.With(partner));
                    return 0;
                case ["filter", .. var options]:
                    return Filter(options);
                case ["timeline", "--out", var path]:
                    WriteTimeline(path);
                    return 0;
                case ["export", "--format", "json"]:
                    using (var stdout = Console.OpenStandardOutput())
                    {
                        JsonExport.Write(stdout, Dialogues.All);
                    }

                    return 0;
                default:
                    Console.Error.WriteLine(Usage);
                    return 2;
            }
        }

        /// <summary>Dialogues matching every option, through the build-time indexes.</summary>
        private static int Filter(string[] options)
        {
            IEnumerable<Dialogue> result = Dialogues.Timeline;
            var topics = TopicSet.None;
            for (var i = 0; i < options.Length; i += 2)
            {
                var value = i + 1 < options.Length ? options[i + 1] : null;
                switch (options[i], value)
                {
                    case ("--topic", { } t) when Enum.TryParse<Topic>(t, ignoreCase: true, out var topic):
                        topics |= topic.AsSet();
                        break;
                    case ("--year", { } y) when int.TryParse(y, NumberStyles.None, CultureInfo.InvariantCulture, out var year):
                        result = result.Intersect(Dialogues.InYear(year));
                        break;
                    case ("--partner", { } p) when FindPartner(p) is { } partner:
                        result = result.Intersect(Dialogues.With(partner));
                        break;
                    default:
                        Console.Error.WriteLine("Bad filter option near '" + options[i] + "'. Topics: " + string.Join(", ", Enum.GetNames<Topic>()));
                        Console.Error.WriteLine(Usage);
                        return 2;
                }
            }

            if (topics != TopicSet.None)
            {
                result = result.Intersect(Dialogues.AboutAll(topics));
            }

            TableView.Write(Console.Out, result.ToArray());
            return 0;
        }

        private static Partner? FindPartner(string name)
            => Partners.All.FirstOrDefault(p =>
                string.Equals(p.Code, name, StringComparison.OrdinalIgnoreCase)
                || string.Equals(p.EnglishName, name, StringComparison.OrdinalIgnoreCase)
                || string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase));

        private static void WriteTimeline(string path)
        {
            var entries = new List<TimelineEntry>();
            var undrawn = new List<string>();
            foreach (var d in Dialogues.Timeline)
            {
                if (Timeline.EntryOf(d) is { } entry)
                {
                    entries.Add(entry);
                }
                else
                {
                    undrawn.Add(d.Id);
                }
            }

            var span = entries.Count == 0 ? "" : $", {entries.Min(e => e.Year)}–{entries.Max(e => e.Year)}";
            var title = $"Vietnam's defense dialogues by partner: {Dialogues.Count} dialogue{(Dialogues.Count == 1 ? "" : "s")}{span}";
            File.WriteAllText(path, TimelineSvg.Render(entries, undrawn, title), new UTF8Encoding(false));
            Console.WriteLine($"Wrote {path}: {entries.Count} marks in {entries.Select(e => e.Partner).Distinct().Count()} rows, {undrawn.Count} undated.");
        }

        private static int Fail(string message)
        {
            Console.Error.WriteLine(message);
            return 1;
        }
    }

    /// <summary>Maps a dialogue to its timeline mark.</summary>
    internal static class Timeline
    {
        /// <summary>The mark: at the meeting's date, else (hollow) at the publication month; null when neither is known.</summary>
        public static TimelineEntry? EntryOf(Dialogue d)
        {
            var partner = d.Partner?.EnglishName ?? "Unknown partner";
            var edition = d.Edition is int n ? " #" + n.ToString(CultureInfo.InvariantCulture) : "";
            var kind = d.Kind.ToString();
            if (d.HeldOn is { Year: int year, Month: int month } held)
            {
                return new TimelineEntry(partner, year, month, held.Day, false, kind, held.ToString() + edition);
            }

            return d.Published is YearMonth published
                ? new TimelineEntry(partner, published.Year, published.Month, null, true, kind, "~" + published.ToString() + edition)
                : null;
        }
    }
}

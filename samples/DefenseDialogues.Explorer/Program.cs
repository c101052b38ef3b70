using System;
using System.Text;

namespace DefenseDialogues.Explorer
{
    /// <summary>Command-line entry point: matches the command and hands over to its view.</summary>
    internal static class Program
    {
        /// <summary>Exit code for a command line that cannot be carried out as written.</summary>
        public const int BadInput = 2;

        private const string Usage =
            "usage: DefenseDialogues.Explorer [list]\n" +
            "       DefenseDialogues.Explorer show <id>\n" +
            "       DefenseDialogues.Explorer explain <id> [--color|--no-color]\n" +
            "       DefenseDialogues.Explorer people\n" +
            "       DefenseDialogues.Explorer partner <code|name>\n" +
            "       DefenseDialogues.Explorer meetings\n" +
            "       DefenseDialogues.Explorer series [<code|name>]\n" +
            "       DefenseDialogues.Explorer filter [--topic <Topic>]... [--year <YYYY>] [--partner <code|name>]\n" +
            "       DefenseDialogues.Explorer timeline --out <file.svg>\n" +
            "       DefenseDialogues.Explorer export --format json [--out <file.json>]\n" +
            "       DefenseDialogues.Explorer export --format csv --out <folder>";

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
                        return Fail("No dialogue has the id '" + id + "'; `list` shows the ids.");
                    }

                    DetailView.Write(Console.Out, dialogue);
                    return 0;
                case ["explain", var id, .. var flags] when flags is [] or ["--color"] or ["--no-color"]:
                    if (!Dialogues.TryGet(id, out var explained))
                    {
                        return Fail("No dialogue has the id '" + id + "'; `list` shows the ids.");
                    }

                    // Colors on a terminal unless NO_COLOR is set; plain brackets and labels when piped.
                    var color = flags is ["--color"] || (flags is [] && !Console.IsOutputRedirected && Environment.GetEnvironmentVariable("NO_COLOR") is null);
                    ExplainView.Write(Console.Out, explained, color);
                    return 0;
                case ["people"]:
                    PeopleView.Write(Console.Out, People.All);
                    return 0;
                case ["partner", var name]:
                    return PartnerView.Find(name) is { } partner ? PartnerView.Write(Console.Out, partner) : Fail(PartnerView.Unknown(name));
                case ["meetings"]:
                    return MeetingsView.WriteMeetings(Console.Out);
                case ["series"]:
                    return MeetingsView.WriteSeries(Console.Out, null);
                case ["series", var name]:
                    return PartnerView.Find(name) is { } seriesPartner ? MeetingsView.WriteSeries(Console.Out, seriesPartner) : Fail(PartnerView.Unknown(name));
                case ["filter", .. var options]:
                    return FilterView.Parse(options, out var filter, out var error) ? FilterView.Write(Console.Out, filter) : Fail(error);
                case ["timeline", "--out", var path]:
                    return TimelineView.Write(Console.Out, path);
                case ["timeline", ..]:
                    return Fail("timeline draws an SVG file: give its path with --out <file.svg>.");
                case ["export", .. var options]:
                    return ExportView.Run(options);
                default:
                    return Fail(null);
            }
        }

        /// <summary>Explains what was wrong (when known) and how to ask, on stderr.</summary>
        public static int Fail(string? message)
        {
            if (message is not null)
            {
                Console.Error.WriteLine(message);
            }

            Console.Error.WriteLine(Usage);
            return BadInput;
        }
    }
}

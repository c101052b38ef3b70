using System;
using System.IO;
using System.Text;

namespace DefenseDialogues.Explorer
{
    /// <summary>Command-line entry point: parses the command and hands over to a view.</summary>
    internal static class Program
    {
        private const string Usage =
            "usage: DefenseDialogues.Explorer [list]\n" +
            "       DefenseDialogues.Explorer show <id>\n" +
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
                        Console.Error.WriteLine("No dialogue has the id '" + id + "'.");
                        return 1;
                    }

                    DetailView.Write(Console.Out, dialogue);
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
    }
}

using System;
using System.IO;
using DefenseDialogues.Export;

namespace DefenseDialogues.Explorer
{
    /// <summary>
    /// <c>export --format json|csv [--out PATH]</c>: the library's export of the whole dataset. JSON goes
    /// to a file with <c>--out</c> (stdout otherwise, which `dotnet run` shares with build output); CSV
    /// writes its three tables into the <c>--out</c> folder.
    /// </summary>
    internal static class ExportView
    {
        public static int Run(string[] options)
        {
            string? format = null;
            string? output = null;
            for (var i = 0; i < options.Length; i++)
            {
                switch (options[i])
                {
                    case "--format" when i + 1 < options.Length:
                        format = options[++i];
                        break;
                    case "--out" when i + 1 < options.Length:
                        output = options[++i];
                        break;
                    default:
                        return Program.Fail("export: unexpected '" + options[i] + "'.");
                }
            }

            switch (format)
            {
                case "json" when output is null:
                    using (var stdout = Console.OpenStandardOutput())
                    {
                        DialogueExport.WriteJson(stdout, Dialogues.All, includeEvidence: true);
                    }

                    return 0;
                case "json":
                    var directory = Path.GetDirectoryName(Path.GetFullPath(output!));
                    Directory.CreateDirectory(directory!);
                    using (var file = File.Create(output!))
                    {
                        DialogueExport.WriteJson(file, Dialogues.All, includeEvidence: true);
                    }

                    Console.WriteLine("Wrote " + output + ": " + Dialogues.All.Count + " dialogues.");
                    return 0;
                case "csv" when output is null:
                    return Program.Fail("export --format csv writes three tables: give the folder with --out <folder>.");
                case "csv":
                    var paths = DialogueExport.WriteCsv(output!, Dialogues.All);
                    Console.WriteLine("Wrote " + string.Join(", ", paths) + ": " + Dialogues.All.Count + " dialogues.");
                    return 0;
                case null:
                    return Program.Fail("export: say which format with --format json or --format csv.");
                default:
                    return Program.Fail("export: unknown format '" + format + "'; use json or csv.");
            }
        }
    }
}

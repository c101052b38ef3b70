using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using DefenseDialogues.Mutations;

// The commands tests/scripts/mutations.sh runs (all output deterministic for the same arguments):
//   write --out DIR [--count N] [--seed S] --seeds DIR   the mutated corpus
//   copy --from DIR --out DIR                            the same files elsewhere, text ones with CRLF endings
//   reversed --from DIR --out FILE                       a response file: -p:DialogueSeeds=<every file, reverse order>
//   check --corpus DIR --log BUILD.LOG --export X.json   one record per readable file, unique ids, no internal error
string Option(string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault() ?? throw new ArgumentException(name + " is required");
string? Maybe(string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();
IEnumerable<string> Files(string dir) => Directory.EnumerateFiles(dir, "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal);

switch (args.FirstOrDefault())
{
    case "write":
        var seeds = Directory.GetFiles(Option("--seeds"), "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText).ToArray();
        var count = int.Parse(Maybe("--count") ?? "10000", System.Globalization.CultureInfo.InvariantCulture);
        var seed = int.Parse(Maybe("--seed") ?? "20261203", System.Globalization.CultureInfo.InvariantCulture);
        var summary = MutatedCorpus.Write(Option("--out"), seeds, count, seed);
        Console.WriteLine($"{summary.Files} files (seed {seed}): " + string.Join(", ", summary.Kinds.Select(k => $"{k.Key} {k.Value}")));
        return 0;
    case "copy":
        var from = Option("--from");
        foreach (var file in Files(from))
        {
            var target = Path.Combine(Option("--out"), Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.WriteAllBytes(target, MutatedCorpus.WithCrlf(File.ReadAllBytes(file)));
        }

        return 0;
    case "reversed":
        // MSBuild-escaped (%, $, @, ', ;, ?, *), so every name is one item, whatever it holds.
        var items = Files(Option("--from")).Reverse().Select(f => MutatedCorpus.MsBuildEscape(Path.GetFullPath(f)));
        File.WriteAllText(Option("--out"), "-p:DialogueSeeds=\"" + string.Join(";", items) + "\"\n", new UTF8Encoding(false));
        return 0;
    case "check":
        return Check(Files(Option("--corpus")).ToList(), File.ReadAllText(Option("--log")), Option("--export"));
    default:
        Console.Error.WriteLine("usage: write | copy | reversed | check (see Program.cs)");
        return 2;
}

static int Check(List<string> files, string log, string export)
{
    using var json = JsonDocument.Parse(File.ReadAllText(export));
    var ids = json.RootElement.EnumerateArray().Select(r => r.GetProperty("id").GetString()!).ToList();
    var verdict = MutatedCorpus.Judge(files, log, ids);
    Console.WriteLine($"{files.Count} files, {verdict.Skipped} skipped with a located warning, {ids.Count} records, {ids.Distinct(StringComparer.Ordinal).Count()} unique ids");
    foreach (var problem in verdict.Problems)
    {
        Console.WriteLine("FAIL: " + problem);
    }

    return verdict.Problems.Count == 0 ? 0 : 1;
}

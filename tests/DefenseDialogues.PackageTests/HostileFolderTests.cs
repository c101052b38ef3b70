using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Xunit;

namespace DefenseDialogues.PackageTests;

/// <summary>
/// What a user's folder holds, through a real <c>dotnet build</c> of an app using the packed package: the
/// compiler's own behaviour (CS2015 on a file it takes for binary, UTF-8 decoding of a Latin-1 file) only
/// shows there, not in a generator driver.
/// </summary>
public sealed partial class PackageTests
{
    private const string ListProgram = """
        using System;
        using DefenseDialogues;

        Console.WriteLine("count=" + Dialogues.Count);
        foreach (var d in Dialogues.All)
        {
            Console.WriteLine($"{d.Id}|{d.Partner?.Code}|{d.HeldOn}|{string.Join(",", d.Participants)}|{d.Paragraphs.Count}");
        }
        """;

    private static readonly Regex Located = new(@"^[ \t]*(?:\d+>)?(?<file>[^\s][^\r\n]*?\.txt)\((?<line>\d+),(?<col>\d+)(,\d+,\d+)?\): warning (?<id>DD\d{4})", RegexOptions.Multiline);

    private static string[] Seeds => Directory.GetFiles(Path.Combine(PackageFixture.RepoRoot, "seeds"), "*.txt").Order(StringComparer.Ordinal).ToArray();

    private static string Seed(int i) => File.ReadAllText(Seeds[i], Encoding.UTF8);

    /// <summary>Every input of the hostile-input issue, beside clean copies of the seeds to compare with.</summary>
    private static void WriteHostileFolder(string folder)
    {
        void Bytes(string name, byte[] bytes)
        {
            var path = Path.Combine(folder, name);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllBytes(path, bytes);
        }

        void Text(string name, string text) => Bytes(name, new UTF8Encoding(false).GetBytes(text));

        for (var i = 0; i < Seeds.Length; i++)
        {
            Text($"good{i}.txt", Seed(i));
        }

        Text("empty.txt", string.Empty);
        Text("whitespace.txt", " \n\t\r\n \u00A0 \n");
        var third = Seed(2);
        Text("nul.txt", third[..200] + "\0\0\0\0" + third[200..]);

        // NULs in a file that is not UTF-8: the compiler's CS2015, which used to fail the whole build.
        var latinWithNul = Encoding.Latin1.GetBytes(Seed(0));
        Bytes("binary.txt", [.. latinWithNul[..300], 0, 0, 0x89, 0x50, 0x4E, 0x47, .. latinWithNul[300..]]);
        var utf8 = Encoding.UTF8.GetBytes(third);
        Bytes("invalid-utf8.txt", [.. utf8[..300], 0xFF, 0xFE, 0xC3, .. utf8[300..]]);
        Bytes("utf16.txt", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(Seed(3))]);
        Bytes("utf16-nobom.txt", Encoding.Unicode.GetBytes(Seed(3)));
        Bytes("latin1.txt", Encoding.Latin1.GetBytes(Seed(4)));
        Bytes("latin1 %41;$(x)#.txt", Encoding.Latin1.GetBytes(Seed(4))); // its UTF-8 copy keeps every character of the name
        Text("cr-only.txt", Seed(0).Replace("\r\n", "\n").Replace('\n', '\r'));
        Text("longline.txt", new string('x', 5 * 1024 * 1024));
        Text("links.txt", string.Concat(Enumerable.Repeat(">>\n", 10_000)));
        Text("a/same.txt", Seed(1));
        Text("b/same.txt", Seed(2));
        foreach (var name in new[] { "with space.txt", "é accent.txt", "semi;colon.txt", "percent%20.txt", "dollar$(x).txt", "at@sign.txt", "quote'.txt", "unicode 日本.txt", "-dash.txt", "bidi\u202Egnp.txt" })
        {
            Text(name, Seed(0));
        }

        Text("injection.txt", Seed(1).Replace("\n\n", "\n\n\"; } class Evil { } /* */ // </summary> <!-- \u202E\u2066 ]]> \\u0022 \"\"\" #line 1\n\n", StringComparison.Ordinal));
        Text("offtopic.txt", " date 2024-05\nRecette de la soupe pho\n\nHanoï (VNA) - La soupe pho se prépare avec du bouillon, des nouilles de riz et des herbes fraîches.\n");
    }

    [Fact]
    public void A_folder_of_hostile_files_builds_with_located_warnings_and_the_good_articles_come_out_right()
    {
        var app = Package.CreateConsoleApp("hostile", ListProgram, items: """<DialogueArticle Include="articles/**/*.txt" />""");
        var folder = Path.Combine(app, "articles");
        WriteHostileFolder(folder);

        var build = Package.Run(Output, app, "build", "-c", "Release");
        Assert.Contains(" 0 Error(s)", build);
        foreach (var forbidden in new[] { "CS2015", "CS8785", "AD0001", "DD0900", "CS1570" })
        {
            Assert.DoesNotContain(forbidden, build, StringComparison.Ordinal);
        }

        // Every warning is located in a file of the folder.
        var warnings = Located.Matches(build).Select(m => (File: Path.GetRelativePath(folder, Path.GetFullPath(m.Groups["file"].Value)).Replace('\\', '/'), Id: m.Groups["id"].Value)).Distinct().ToList();
        Assert.All(build.Split('\n').Where(l => l.Contains("warning DD", StringComparison.Ordinal)), line => Assert.Matches(Located, line));
        Assert.All(warnings, w => Assert.False(w.File.StartsWith("..", StringComparison.Ordinal), w.File + " is not in the folder"));
        foreach (var (file, id) in new[]
        {
            ("empty.txt", "DD0001"), ("whitespace.txt", "DD0001"), ("nul.txt", "DD0002"), ("binary.txt", "DD0002"), ("utf16-nobom.txt", "DD0002"),
            ("b/same.txt", "DD0003"), ("links.txt", "DD0004"), ("utf16.txt", "DD0005"), ("latin1.txt", "DD0005"), ("latin1 %41;$(x)#.txt", "DD0005"), ("invalid-utf8.txt", "DD0006"),
            ("longline.txt", "DD0106"), ("offtopic.txt", "DD0106"),
        })
        {
            Assert.Contains((file, id), warnings);
        }

        Assert.DoesNotContain(("latin1.txt", "DD0006"), warnings); // read as Windows-1252, not as mojibake

        var run = Package.Run(Output, app, "run", "-c", "Release", "--no-build");
        var records = run.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(l => l.TrimEnd('\r').Split('|')).ToDictionary(f => f[0], f => string.Join('|', f.Skip(1)));
        string Of(string id) => records.TryGetValue(id, out var facts) ? facts : throw new Xunit.Sdk.XunitException(id + " is not in the dataset:\n" + run);

        // Skipped files make no record; every readable one does, with the facts of its clean copy.
        foreach (var skipped in new[] { "empty", "whitespace", "nul", "binary", "utf16-nobom", "links", "invalid-utf8", "longline", "offtopic" })
        {
            Assert.False(records.ContainsKey(skipped), skipped + " should have been skipped");
        }

        foreach (var copy in new[] { "with space", "é accent", "semi;colon", "percent%20", "dollar$(x)", "at@sign", "quote'", "unicode 日本", "-dash", "bidi\u202Egnp" })
        {
            Assert.Equal(Of("good0"), Of(copy));
        }

        Assert.Equal(Of("good0").Split('|')[..3], Of("cr-only").Split('|')[..3]);
        Assert.Equal(Of("good3"), Of("utf16"));
        Assert.Equal(Of("good4"), Of("latin1")); // the same partner and people as the UTF-8 original: no phantom names
        Assert.Equal(Of("good4"), Of("latin1 %41;$(x)#"));
        Assert.Equal(Of("good1"), Of("same"));   // a/same.txt, the first in path order
        Assert.True(records.ContainsKey("injection"));
        Assert.Equal(Seeds.Length + 10 + 6, records.Count); // the good copies, the renamed ones, cr-only, utf16, two latin1, same, injection

        // A second build answers from the check's cache (no file changed): the same warning, the same records.
        File.AppendAllText(Path.Combine(app, "Program.cs"), "\n// edited\n");
        var again = Package.Run(Output, app, "build", "-c", "Release");
        Assert.Contains(Located.Matches(again), m => m.Groups["id"].Value == "DD0002" && m.Groups["file"].Value.EndsWith("binary.txt", StringComparison.Ordinal));
        Assert.DoesNotContain("CS2015", again, StringComparison.Ordinal);
        var rerun = Package.Run(Output, app, "run", "-c", "Release", "--no-build");
        Assert.Contains("latin1|" + Of("good4"), rerun, StringComparison.Ordinal);
    }

    [Fact]
    public void Help_links_lead_to_the_page_the_build_names()
    {
        var app = Package.CreateConsoleApp("helplinks", ListProgram, properties: "<DialoguesHelpLinkBase>https://docs.example.org/dialogues/README.md</DialoguesHelpLinkBase>", items: """<DialogueArticle Include="articles/*.txt" />""");
        PackageFixture.WriteFile(app, "articles/good.txt", Seed(0));
        PackageFixture.WriteFile(app, "articles/empty.txt", string.Empty);
        File.WriteAllBytes(Path.Combine(app, "articles", "binary.txt"), [0x89, 0x50, 0x4E, 0x47, 0xFF, 0, 0, 1]);

        var build = Package.Run(Output, app, "build", "-c", "Release");
        Assert.Contains("https://docs.example.org/dialogues/README.md#dd0001", build); // the generator's
        Assert.Contains("https://docs.example.org/dialogues/README.md#dd0002", build); // the build check's
        Assert.DoesNotContain("github.com/DefenseDialogues", build, StringComparison.Ordinal);

        // Without the property, the links open the package's project README, the nuspec's projectUrl.
        var plain = Package.CreateConsoleApp("helplinks-default", ListProgram, items: """<DialogueArticle Include="articles/*.txt" />""");
        PackageFixture.WriteFile(plain, "articles/empty.txt", string.Empty);
        PackageFixture.WriteFile(plain, "articles/good.txt", Seed(0));
        var defaults = Package.Run(Output, plain, "build", "-c", "Release");
        using var nupkg = System.IO.Compression.ZipFile.OpenRead(Path.Combine(Package.Feed, $"DefenseDialogues.{Package.Version}.nupkg"));
        using var nuspec = new StreamReader(nupkg.GetEntry("DefenseDialogues.nuspec")!.Open());
        var projectUrl = Regex.Match(nuspec.ReadToEnd(), "<projectUrl>([^<]+)</projectUrl>").Groups[1].Value;
        Assert.NotEmpty(projectUrl);
        Assert.Contains(projectUrl + "/blob/main/README.md#dd0001", defaults);
    }

    [Fact]
    public void The_README_export_command_writes_valid_json_when_articles_carry_warnings()
    {
        // The explorer over copies of the seeds in a new folder (so its compile runs and prints its warnings
        // on stdout: two seeds have no meeting date, DD0102), as the README's command with --out.
        var folder = Path.Combine(Path.GetTempPath(), "dd-export-" + Guid.NewGuid().ToString("N")[..8]);
        var json = Path.Combine(folder, "out", "seeds.json");
        Directory.CreateDirectory(folder);
        foreach (var seed in Seeds)
        {
            File.Copy(seed, Path.Combine(folder, Path.GetFileName(seed)));
        }

        try
        {
            var stdout = Package.Run(Output, PackageFixture.RepoRoot, "run", "--project", "samples/DefenseDialogues.Explorer", "-c", "Release",
                "-p:DialogueSeeds=" + Path.Combine(folder, "*.txt"), "--", "export", "--format", "json", "--out", json);
            Assert.Contains("warning DD0102", stdout, StringComparison.Ordinal);
            using var document = JsonDocument.Parse(File.ReadAllText(json));
            Assert.Equal(Seeds.Length, document.RootElement.GetArrayLength());
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}

/// <summary>
/// The bounded slice of tests/scripts/mutations.sh kept in CI: a few hundred mutated articles through one real
/// build of an app using the package (documentation file on, so a bad doc comment would be CS1570), then the
/// same files from another folder, with CRLF endings, declared in reverse order: the same generated bytes.
/// </summary>
public sealed partial class PackageTests
{
    private const int MutationCount = 240;

    [Fact]
    public void Mutated_articles_build_one_record_per_readable_file_and_the_same_bytes_in_any_order_folder_or_line_ending()
    {
        const string program = """
            using System;
            using DefenseDialogues;

            foreach (var d in Dialogues.All)
            {
                Console.WriteLine("id=" + d.Id);
            }
            """;
        var properties = "<GenerateDocumentationFile>true</GenerateDocumentationFile><NoWarn>$(NoWarn);CS1591</NoWarn><EmitCompilerGeneratedFiles>true</EmitCompilerGeneratedFiles><CompilerGeneratedFilesOutputPath>generated</CompilerGeneratedFilesOutputPath>";
        var first = Package.CreateConsoleApp("mutated", program, properties, """<DialogueArticle Include="articles/**/*.txt" />""");
        DefenseDialogues.Mutations.MutatedCorpus.Write(Path.Combine(first, "articles"), Seeds.Select(p => File.ReadAllText(p)).ToArray(), MutationCount, seed: 20261203);
        var files = Directory.GetFiles(Path.Combine(first, "articles"), "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToArray();

        // The copy: another folder, CRLF endings, each file declared on its own in reverse order (MSBuild-escaped).
        var items = files.Reverse().Select(f => $"""<DialogueArticle Include="{DefenseDialogues.Mutations.MutatedCorpus.MsBuildEscape(Path.Combine("copy", Path.GetRelativePath(Path.Combine(first, "articles"), f)))}" />""");
        var second = Package.CreateConsoleApp("mutated-copy", program, properties, string.Join("\n", items));
        foreach (var file in files)
        {
            var target = Path.Combine(second, "copy", Path.GetRelativePath(Path.Combine(first, "articles"), file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.WriteAllBytes(target, DefenseDialogues.Mutations.MutatedCorpus.WithCrlf(File.ReadAllBytes(file)));
        }

        string Generated(string app) => string.Join("\n", Directory.GetFiles(Path.Combine(app, "generated"), "*.g.cs", SearchOption.AllDirectories)
            .Where(f => f.Contains("DefenseDialogues.Generator", StringComparison.Ordinal)).Order(StringComparer.Ordinal)
            .Select(f => Path.GetFileName(f) + "\n" + File.ReadAllText(f)));

        var sources = new List<string>();
        foreach (var (app, folder) in new[] { (first, "articles"), (second, "copy") })
        {
            var build = Package.Run(Output, app, "build", "-c", "Release", "-v:n");
            var ids = Package.Run(Output, app, "run", "-c", "Release", "--no-build").Split('\n')
                .Where(l => l.StartsWith("id=", StringComparison.Ordinal)).Select(l => l[3..].TrimEnd('\r')).ToList();
            var all = Directory.GetFiles(Path.Combine(app, folder), "*.txt", SearchOption.AllDirectories);
            var verdict = DefenseDialogues.Mutations.MutatedCorpus.Judge(all, build, ids);
            Assert.True(verdict.Problems.Count == 0, string.Join("\n", verdict.Problems));
            Assert.InRange(ids.Count, MutationCount / 4, MutationCount - verdict.Skipped);
            sources.Add(Generated(app));
        }

        Assert.NotEmpty(sources[0]);
        Assert.Equal(sources[0], sources[1]);
    }

}

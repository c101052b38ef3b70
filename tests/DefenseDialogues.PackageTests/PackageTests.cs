using System.Diagnostics;
using System.IO.Compression;
using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;
using System.Runtime.InteropServices;
using System.Text;
using Xunit;
using Xunit.Abstractions;

namespace DefenseDialogues.PackageTests;

/// <summary>
/// What a user does: pack the package to a local folder, create a fresh console project
/// elsewhere, add the package, build and run. One pack serves every test in the class.
/// </summary>
public sealed partial class PackageTests(PackageFixture package, ITestOutputHelper output) : IClassFixture<PackageFixture>
{
    // For the other parts of the class (hostile folders, mutated corpora): one pack serves them all.
    private PackageFixture Package => package;

    private ITestOutputHelper Output => output;

    private const string Program = """
        using System;
        using DefenseDialogues;

        Console.WriteLine("count=" + Dialogues.Count);
        Console.WriteLine("runtime=" + typeof(Dialogue).Assembly.Location);
        foreach (var d in Dialogues.All)
        {
            Console.WriteLine($"{d.Id}|{d.Partner?.Code}|{d.HeldOn}|{d.Participants.Count}");
        }
        """;

    [Fact]
    public void Installed_package_gives_the_bundled_seeds()
    {
        var app = package.CreateConsoleApp("bundled", Program);

        // The bundled articles' findings (two have no meeting date) are not the user's to fix: no warning, even with -warnaserror.
        var build = package.Run(output, app, "build", "-c", "Release", "-warnaserror");
        Assert.Contains(" 0 Warning(s)", build);
        var stdout = package.Run(output, app, "run", "-c", "Release", "--no-build");

        Assert.Contains("count=5", stdout);
        foreach (var seed in Directory.GetFiles(Path.Combine(PackageFixture.RepoRoot, "seeds"), "*.txt"))
        {
            Assert.Contains(Path.GetFileNameWithoutExtension(seed) + "|", stdout);
        }

        Assert.Contains("001_b932cada2e88634b|JP|", stdout);

        // On a platform the package precompiles for, the host loads that image, not the IL in lib/.
        var rid = RuntimeInformation.RuntimeIdentifier;
        if (ReadyToRunRids.Contains(rid))
        {
            var runtime = stdout.Split('\n').Single(l => l.StartsWith("runtime=", StringComparison.Ordinal))["runtime=".Length..].Trim();
            Assert.EndsWith(Path.Combine("runtimes", rid, "lib", "net10.0", "DefenseDialogues.dll"), runtime);
            Assert.True(IsReadyToRun(File.ReadAllBytes(runtime)), runtime + " is not a ReadyToRun image");
        }
    }

    [Fact]
    public void Package_carries_the_runtime_precompiled_for_common_platforms()
    {
        using var nupkg = ZipFile.OpenRead(Path.Combine(package.Feed, $"DefenseDialogues.{package.Version}.nupkg"));
        var il = Read(nupkg, "lib/net10.0/DefenseDialogues.dll");
        Assert.False(IsReadyToRun(il), "lib/net10.0 should hold the IL (every other platform JIT-compiles it)");
        foreach (var rid in ReadyToRunRids)
        {
            var image = Read(nupkg, $"runtimes/{rid}/lib/net10.0/DefenseDialogues.dll");
            Assert.True(IsReadyToRun(image), rid + " image is not ReadyToRun");
            Assert.Equal(Mvid(il), Mvid(image)); // the same assembly, only precompiled
            Assert.Equal(MachineOf[rid], Machine(image)); // compiled for that platform
        }

        // Nothing precompiled for netstandard2.0 consumers: they keep the portable IL.
        Assert.DoesNotContain(nupkg.Entries, e => e.FullName.StartsWith("runtimes/", StringComparison.Ordinal) && !e.FullName.Contains("/lib/net10.0/", StringComparison.Ordinal));
    }

    private static readonly string[] ReadyToRunRids = ["linux-x64", "linux-arm64", "win-x64", "osx-arm64"];

    // A ReadyToRun image's COFF machine is the architecture's, XOR-ed with a per-OS value off Windows
    // (Linux 0x7B79, macOS 0x4644), so the runtime never runs code compiled for another OS.
    private static readonly Dictionary<string, ushort> MachineOf = new()
    {
        ["linux-x64"] = 0x8664 ^ 0x7B79,
        ["linux-arm64"] = 0xAA64 ^ 0x7B79,
        ["win-x64"] = 0x8664,
        ["osx-arm64"] = 0xAA64 ^ 0x4644,
    };

    private static byte[] Read(ZipArchive zip, string path)
    {
        var entry = zip.GetEntry(path) ?? throw new Xunit.Sdk.XunitException(path + " is not in the package");
        using var stream = entry.Open();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    // A ReadyToRun image is an IL assembly whose CLI header points at native code (the managed native header).
    private static bool IsReadyToRun(byte[] image)
    {
        using var pe = new PEReader(new MemoryStream(image));
        return pe.HasMetadata && pe.PEHeaders.CorHeader!.ManagedNativeHeaderDirectory.Size > 0;
    }

    private static ushort Machine(byte[] image)
    {
        using var pe = new PEReader(new MemoryStream(image));
        return (ushort)pe.PEHeaders.CoffHeader.Machine;
    }

    private static Guid Mvid(byte[] image)
    {
        using var pe = new PEReader(new MemoryStream(image));
        var metadata = pe.GetMetadataReader();
        return metadata.GetGuid(metadata.GetModuleDefinition().Mvid);
    }

    /// <summary>Every language version a consumer may build at (issue 16): the oldest the generated code supports to the latest.</summary>
    public static TheoryData<string> LanguageVersions => new("7.3", "8", "9", "10", "11", "latest");

    /// <summary>Nullable on from C# 8 (the project default here); C# 7.3 has no nullable context to enable.</summary>
    private static string NullableFor(string langVersion) => langVersion == "7.3" ? "<Nullable>disable</Nullable>" : string.Empty;

    [Theory]
    [MemberData(nameof(LanguageVersions))]
    public void The_README_lookups_build_warning_free_at_every_language_version(string langVersion)
    {
        // The README's TryGet and InYear snippets, nullable on, warnings as errors (C# 8 once failed with CS8627).
        const string lookups = """
            using System;
            using DefenseDialogues;

            namespace Consumer
            {
                public static class Program
                {
                    public static void Main()
                    {
                        if (Dialogues.TryGet("001_b932cada2e88634b", out var d))
                        {
                            Console.WriteLine("found=" + d.Id);
                        }

                        Console.WriteLine("in2024=" + Dialogues.InYear(2024).Count);

                        // About(topic) is filtered on first use and kept: the same records as a scan of All, the same list after.
                        var training = Dialogues.About(Topic.Training);
                        var scanned = 0;
                        foreach (var each in Dialogues.All)
                        {
                            if (System.Linq.Enumerable.Contains(each.Topics, Topic.Training))
                            {
                                scanned++;
                            }
                        }

                        Console.WriteLine("training=" + training.Count + "/" + scanned + " first=" + training[0].Id + " kept=" + ReferenceEquals(training, Dialogues.About(Topic.Training)));
                    }
                }
            }
            """;
        var nullable = NullableFor(langVersion);
        var app = package.CreateConsoleApp("lang" + langVersion, lookups, properties: $"<LangVersion>{langVersion}</LangVersion>{nullable}");
        var stdout = package.Run(output, app, "run", "-c", "Release");

        Assert.Contains("found=001_b932cada2e88634b", stdout);
        Assert.Contains("in2024=", stdout);
        Assert.Matches(@"training=([1-9]\d*)/\1 first=000_975e3b2795ba872e kept=True", stdout);
    }

    private const string India = " date 2024-05 Dialogue Vietnam-Inde\n\nNew Delhi, 14 mai (VNA) - Le général Nguyên Van Hai, vice-ministre vietnamien de la Défense, et Rajesh Kumar, secrétaire indien à la Défense, ont coprésidé le 14 mai à New Delhi le 12e Dialogue sur la politique de défense Vietnam-Inde.\n";

    private static string France(int day) => $" date 2023-12 Entretiens Vietnam-France\n\nParis, {day} décembre (VNA) - Le général Nguyên Van Hai, vice-ministre vietnamien de la Défense, a eu des entretiens le {day} décembre à Paris avec Alice Martin, directrice au ministère français des Armées.\n";

    [Fact]
    public void Declared_articles_are_the_corpus_and_other_text_files_are_left_alone()
    {
        // DialogueArticle opts articles in; the analyzers' own text files stay out; the bundled five are off.
        var app = package.CreateConsoleApp(
            "own",
            Program,
            items: """
                <DialogueArticle Include="articles/*.txt" />
                <AdditionalFiles Include="PublicAPI.Shipped.txt;BannedSymbols.txt" />
                """);
        PackageFixture.WriteFile(app, "articles/mine.txt", India);
        PackageFixture.WriteFile(app, "PublicAPI.Shipped.txt", "#nullable enable\nConsumer.Api\nConsumer.Api.Api() -> void\n");
        PackageFixture.WriteFile(app, "BannedSymbols.txt", "T:System.Console;Use the logger\n");

        var build = package.Run(output, app, "build", "-c", "Release", "-warnaserror");
        Assert.Contains(" 0 Warning(s)", build);
        var stdout = package.Run(output, app, "run", "-c", "Release", "--no-build");
        Assert.Contains("count=1", stdout);
        Assert.Contains("mine|IN|2024-05-14|", stdout);
    }

    [Fact]
    public void A_large_corpus_compiles_without_tiered_pgo_with_the_workstation_gc_and_the_optimized_generator_unless_the_project_keeps_them()
    {
        var app = ThreeArticleApp("pgo");
        var kept = BuildAsLargeCorpus(app, "-p:DialoguesTieredPgo=true");
        Assert.DoesNotContain("DOTNET_TieredPGO=0", kept);
        Assert.DoesNotContain("DOTNET_gcServer=0", kept);
        Assert.Equal(DefaultGenerator, GeneratorOnCommandLine(kept));

        PackageFixture.WriteFile(app, "articles/c.txt", France(6)); // the compiler runs again
        var off = BuildAsLargeCorpus(app);
        Assert.Contains("DOTNET_TieredPGO=0", off);
        Assert.Contains("DOTNET_gcServer=0", off);
        // The same cold compile of a large corpus runs the generator's optimized copy; the records below are its.
        Assert.Equal(OptimizedGenerator, GeneratorOnCommandLine(off));
        var stdout = package.Run(output, app, "run", "-c", "Release", "--no-build");
        Assert.Contains("count=3", stdout);
        Assert.Contains("c|FR|2023-12-06|", stdout);
    }

    [Fact]
    public void A_large_corpus_keeps_the_default_generator_and_the_server_gc_when_the_project_says_so()
    {
        var app = ThreeArticleApp("optimized-off");
        var build = BuildAsLargeCorpus(app, "-p:DialoguesOptimizedGenerator=false", "-p:DialoguesWorkstationGCUpTo=0");
        Assert.Contains("DOTNET_TieredPGO=0", build); // only the generator's copy and the GC are kept
        Assert.DoesNotContain("DOTNET_gcServer=0", build);
        Assert.Equal(DefaultGenerator, GeneratorOnCommandLine(build));
        Assert.Contains("count=3", package.Run(output, app, "run", "-c", "Release", "--no-build"));
    }

    [Fact]
    public void The_optimized_generator_is_the_default_one_with_its_hot_methods_marked_AggressiveOptimization()
    {
        using var nupkg = ZipFile.OpenRead(Path.Combine(package.Feed, $"DefenseDialogues.{package.Version}.nupkg"));
        var plain = MethodFlags(Read(nupkg, "analyzers/dotnet/cs/DefenseDialogues.Generator.dll"));
        var optimized = MethodFlags(Read(nupkg, "build/optimized/DefenseDialogues.Generator.dll"));
        const MethodImplAttributes aggressiveOptimization = (MethodImplAttributes)0x0200;

        // The same methods; the default DLL keeps tiered compilation for every one of them.
        Assert.Equal(plain.Keys.Order(), optimized.Keys.Order());
        Assert.DoesNotContain(plain, m => (m.Value & aggressiveOptimization) != 0);
        var marked = optimized.Where(m => (m.Value & aggressiveOptimization) != 0).Select(m => m.Key).ToHashSet();
        Assert.Contains("DefenseDialogues.Generator.Extraction.Text.PhraseTokenizer:Tokenize", marked); // per article
        Assert.DoesNotContain("DefenseDialogues.Generator.DialogueGenerator:Initialize", marked); // once per compilation
        Assert.InRange(marked.Count, 100, optimized.Count / 2);
        // Nothing else differs: the flag is the only change.
        foreach (var (name, flags) in plain)
        {
            Assert.Equal(flags, optimized[name] & ~aggressiveOptimization);
        }
    }

    private string ThreeArticleApp(string name)
    {
        var app = package.CreateConsoleApp(name, Program, items: """<DialogueArticle Include="articles/*.txt" />""");
        PackageFixture.WriteFile(app, "articles/a.txt", India);
        PackageFixture.WriteFile(app, "articles/b.txt", France(4));
        PackageFixture.WriteFile(app, "articles/c.txt", France(5));
        return app;
    }

    /// <summary>
    /// The threshold lowered to two articles so that three stand for a large corpus. Csc runs as its own process
    /// (no build server), which is where its environment applies; -v:d logs that environment and its command line.
    /// </summary>
    private string BuildAsLargeCorpus(string app, params string[] properties)
        => package.Run(output, app, ["build", "-c", "Release", "--disable-build-servers", "-v:d", "-p:DialoguesTieredPgoOffFrom=2", .. properties]);

    private const string DefaultGenerator = "analyzers/dotnet/cs/DefenseDialogues.Generator.dll";
    private const string OptimizedGenerator = "build/optimized/DefenseDialogues.Generator.dll";

    /// <summary>Which of the package's two generator DLLs the compiler was given (its command line in a -v:d log).</summary>
    private static string GeneratorOnCommandLine(string log)
    {
        var paths = log.Split(' ', '\n', '"')
            .Where(a => a.StartsWith("/analyzer:", StringComparison.Ordinal) && a.EndsWith("DefenseDialogues.Generator.dll", StringComparison.Ordinal))
            .Select(a => a.Replace('\\', '/'))
            .Distinct()
            .ToList();
        var path = Assert.Single(paths);
        return path.EndsWith("/" + OptimizedGenerator, StringComparison.Ordinal) ? OptimizedGenerator
            : path.EndsWith("/" + DefaultGenerator, StringComparison.Ordinal) ? DefaultGenerator
            : path;
    }

    /// <summary>Every method with a body, as <c>Ns.Type+Nested:Name(parameter count)</c> overloads apart, and its implementation flags.</summary>
    private static Dictionary<string, MethodImplAttributes> MethodFlags(byte[] image)
    {
        using var pe = new PEReader(new MemoryStream(image));
        var md = pe.GetMetadataReader();
        var result = new Dictionary<string, MethodImplAttributes>(StringComparer.Ordinal);
        foreach (var handle in md.MethodDefinitions)
        {
            var method = md.GetMethodDefinition(handle);
            var type = md.GetTypeDefinition(method.GetDeclaringType());
            var name = md.GetString(type.Name);
            for (var t = type; !t.GetDeclaringType().IsNil;)
            {
                t = md.GetTypeDefinition(t.GetDeclaringType());
                name = md.GetString(t.Name) + "+" + name;
                type = t;
            }

            var ns = md.GetString(type.Namespace);
            var key = (ns.Length > 0 ? ns + "." : string.Empty) + name + ":" + md.GetString(method.Name);
            // Overloads share a name; the first one keeps the plain key (what the assertions above look up).
            key = result.ContainsKey(key) ? key + "#" + MetadataTokens.GetRowNumber(handle) : key;
            result.Add(key, method.ImplAttributes);
        }

        return result;
    }

    [Fact]
    public void The_records_chunks_are_string_literals_within_DialoguesStringLiteralChars_and_utf8_literals_past_it()
    {
        // Every field, paragraph and evidence item of each record printed, so each of the three chunks is read.
        const string everything = """
            using System;
            using System.Linq;
            using DefenseDialogues;

            foreach (var d in Dialogues.All)
            {
                Console.WriteLine($"{d.Id}|{d.Partner?.Code}|{d.HeldOn}|{string.Join("/", d.Participants.Select(p => p.Name))}|{string.Join(" ", d.Paragraphs).Length}|{d.Evidence.Count}|{d.Evidence.Last().Quote}|{d.Evidence.Last().Span?.StartLine}");
            }
            """;
        var app = package.CreateConsoleApp("literals", everything);
        var generated = app + "-generated"; // outside the project, or the SDK's glob compiles the files a second time
        string Block() => File.ReadAllText(Directory.GetFiles(generated, "Dialogues.Records.0.g.cs", SearchOption.AllDirectories).Single());

        package.Run(output, app, "build", "-c", "Release", "-p:EmitCompilerGeneratedFiles=true", "-p:CompilerGeneratedFilesOutputPath=" + generated);
        Assert.Contains("TextChunk0(out string? text) { text = \"w", Block());
        var strings = package.Run(output, app, "run", "-c", "Release", "--no-build");

        package.Run(output, app, "build", "-c", "Release", "-p:EmitCompilerGeneratedFiles=true", "-p:CompilerGeneratedFilesOutputPath=" + generated, "-p:DialoguesStringLiteralChars=0");
        Assert.Contains("TextChunk0(out string? text) { text = null; return \"z", Block());
        var utf8 = package.Run(output, app, "run", "-c", "Release", "--no-build");
        Assert.Equal(strings, utf8);
        Assert.Equal(5, strings.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.Contains("001_b932cada2e88634b|JP|2024-02-27|", strings);

        // An invalid value is reported naming the property, as for every option (warning DD0203; these test
        // projects treat warnings as errors, so the build stops).
        var invalid = Assert.Throws<InvalidOperationException>(() => package.Run(output, app, "build", "-c", "Release", "-p:DialoguesStringLiteralChars=lots")).Message;
        Assert.Contains("error DD0203: MSBuild property 'DialoguesStringLiteralChars' has the value 'lots'", invalid);
    }

    [Fact]
    public void A_DialogueSeeds_glob_that_matches_nothing_says_so_with_the_folder_it_searched()
    {
        var app = package.CreateConsoleApp("noglob", Program);
        var build = package.Run(output, app, "build", "-c", "Release", "-p:DialogueSeeds=artcles/*.txt");
        Assert.Contains("warning DD0011: DialogueSeeds 'artcles/*.txt' matches no file", build);
        Assert.Contains("resolved against '" + app + "'", build);

        var empty = package.Run(output, app, "build", "-c", "Release", "-p:UseBundledDialogueSeeds=false");
        Assert.Contains("warning DD0012: The dataset has no article", empty);
    }

    [Fact]
    public void Member_names_survive_a_corrected_date_and_an_added_article()
    {
        // The user's code names a record; the article's date is then corrected and another article with
        // the same partner and date is added: the code still compiles and reads the corrected record.
        const string program = """
            using System;
            using DefenseDialogues;

            Console.WriteLine("held=" + Dialogues.Article_110_france.HeldOn);
            Console.WriteLine("count=" + Dialogues.Count);
            """;
        var app = package.CreateConsoleApp("names", program, items: """<DialogueArticle Include="articles/*.txt" />""");
        PackageFixture.WriteFile(app, "articles/110_france.txt", France(18));
        Assert.Contains("held=2023-12-18", package.Run(output, app, "run", "-c", "Release"));

        PackageFixture.WriteFile(app, "articles/110_france.txt", France(20));
        PackageFixture.WriteFile(app, "articles/100_france-copy.txt", France(20));
        var stdout = package.Run(output, app, "run", "-c", "Release");
        Assert.Contains("held=2023-12-20", stdout);
        Assert.Contains("count=2", stdout);
    }

    [Fact]
    public void The_README_install_commands_work_from_a_local_pack()
    {
        // README "Install": pack with a per-pack version suffix into a folder, add the folder as a source
        // beside the others, add the package (newest prerelease), build and run.
        var suffix = "local." + DateTime.UtcNow.ToString("yyyyMMddHHmmssfff", System.Globalization.CultureInfo.InvariantCulture);
        var feed = Path.Combine(Path.GetDirectoryName(package.Feed)!, "readme-feed");
        var project = Path.Combine(PackageFixture.RepoRoot, "src", "DefenseDialogues");
        package.Run(output, PackageFixture.RepoRoot, "pack", project, "-c", "Release", "-o", feed, "-p:VersionSuffix=" + suffix);
        Assert.True(File.Exists(Path.Combine(feed, $"DefenseDialogues.0.1.0-{suffix}.nupkg")));

        var app = package.CreateProject("readme-install", Program, "<OutputType>Exe</OutputType><TargetFramework>net10.0</TargetFramework>", string.Empty);
        File.WriteAllText(Path.Combine(app, "NuGet.config"), "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<configuration>\n  <packageSources />\n</configuration>\n");
        package.Run(output, app, "nuget", "add", "source", feed, "--name", "defense-dialogues", "--configfile", Path.Combine(app, "NuGet.config"));
        package.Run(output, app, "add", "package", "DefenseDialogues", "--prerelease");

        Assert.Contains($"Version=\"0.1.0-{suffix}\"", File.ReadAllText(Path.Combine(app, "readme-install.csproj")));
        Assert.Contains("count=5", package.Run(output, app, "run", "-c", "Release"));
    }

    [Fact]
    public void The_export_writes_json_and_csv_in_a_trimmed_app()
    {
        // The library's export, in an app published trimmed (warnings as errors: a trim warning fails it).
        const string program = """
            using System;
            using System.IO;
            using DefenseDialogues;
            using DefenseDialogues.Export;

            using (var file = File.Create(args[0]))
            {
                DialogueExport.WriteJson(file, Dialogues.All, includeEvidence: true);
            }

            foreach (var path in DialogueExport.WriteCsv(args[1], Dialogues.All))
            {
                Console.WriteLine("csv=" + Path.GetFileName(path));
            }
            """;
        var app = package.CreateConsoleApp("export", program, properties: "<PublishTrimmed>true</PublishTrimmed><RuntimeIdentifier>linux-x64</RuntimeIdentifier><SelfContained>true</SelfContained>");
        if (!OperatingSystem.IsLinux() || RuntimeInformation.OSArchitecture != Architecture.X64)
        {
            return; // the trimmed self-contained app is built for linux-x64, the CI machine
        }

        var publish = package.Run(output, app, "publish", "-c", "Release", "-o", Path.Combine(app, "out"));
        Assert.DoesNotContain("warning IL", publish, StringComparison.Ordinal);
        var json = Path.Combine(app, "seeds.json");
        var stdout = package.Run(output, app, Path.Combine(app, "out", "export.dll"), json, Path.Combine(app, "tables"));

        Assert.Contains("csv=dialogues.csv", stdout);
        using var doc = System.Text.Json.JsonDocument.Parse(File.ReadAllText(json));
        var records = doc.RootElement.EnumerateArray().ToArray();
        Assert.Equal(5, records.Length);
        Assert.Equal("JP", records[1].GetProperty("partner").GetString());
        var evidence = records[1].GetProperty("evidence");
        Assert.Equal("mardi 27 février", evidence.GetProperty("heldOn").GetProperty("quote").GetString());

        // Values the evidence payload derives rather than stores, read in the trimmed app: a topic and a
        // kind by their number (enum names), a name as its quote, a position in line with its paragraph's.
        var topic = evidence.GetProperty("topics")[0];
        Assert.Equal(("DelegationExchange", "échange de délégations", 15, 131, 153), (topic.GetProperty("value").GetString(), topic.GetProperty("quote").GetString(), topic.GetProperty("line").GetInt32(), topic.GetProperty("column").GetInt32(), topic.GetProperty("endColumn").GetInt32()));
        Assert.Equal("PolicyDialogue", evidence.GetProperty("kind").GetProperty("value").GetString());
        var name = evidence.GetProperty("participants")[0].GetProperty("name");
        Assert.Equal(("Hoang Xuân Chiên", "Hoang Xuân Chiên", 3, 43, "side VN as stated"), (name.GetProperty("value").GetString(), name.GetProperty("quote").GetString(), name.GetProperty("line").GetInt32(), name.GetProperty("column").GetInt32(), name.GetProperty("note").GetString()));
        var rows = File.ReadAllLines(Path.Combine(app, "tables", "dialogues.csv"));
        Assert.Equal(6, rows.Length);
        Assert.StartsWith("id,sourceFile,published,heldOn,", rows[0], StringComparison.Ordinal);
        Assert.StartsWith("001_b932cada2e88634b,001_b932cada2e88634b.txt,2024-02,2024-02-27,2024,2,27,", rows[2], StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(LanguageVersions))]
    public void A_library_owns_the_dataset_and_the_app_that_references_it_sees_that_one_copy(string langVersion)
    {
        // The library references the package and declares articles (public dataset); the app only references
        // the library. The app must not generate a second copy (CS0436, warnings) and must read the library's 7.
        var nullable = NullableFor(langVersion);
        var lib = package.CreateProject(
            "lib" + langVersion.Replace(".", string.Empty, StringComparison.Ordinal),
            """
            namespace Lib
            {
                public static class Facade
                {
                    public static int Count => DefenseDialogues.Dialogues.All.Count;
                }
            }
            """,
            $"""
            <TargetFramework>netstandard2.0</TargetFramework>
            <LangVersion>{langVersion}</LangVersion>
            {nullable}
            <DialoguesVisibility>public</DialoguesVisibility>
            <UseBundledDialogueSeeds>true</UseBundledDialogueSeeds>
            """,
            $"""
            <PackageReference Include="DefenseDialogues" Version="{package.Version}" />
            <DialogueArticle Include="articles/*.txt" />
            """);
        PackageFixture.WriteFile(lib, "articles/mine.txt", India);
        PackageFixture.WriteFile(lib, "articles/110_france.txt", France(18));

        var app = package.CreateProject(
            "host" + langVersion.Replace(".", string.Empty, StringComparison.Ordinal),
            """
            using System;

            namespace Host
            {
                public static class Program
                {
                    public static void Main()
                    {
                        Console.WriteLine("app=" + DefenseDialogues.Dialogues.All.Count);
                        Console.WriteLine("lib=" + Lib.Facade.Count);
                        Console.WriteLine("japan=" + DefenseDialogues.Dialogues.Article_001_b932cada2e88634b.Partner?.Code);
                    }
                }
            }
            """,
            $"""
            <OutputType>Exe</OutputType>
            <TargetFramework>net10.0</TargetFramework>
            <LangVersion>{langVersion}</LangVersion>
            {nullable}
            """,
            $"""<ProjectReference Include="{Path.Combine(lib, Path.GetFileName(lib) + ".csproj")}" />""");

        var build = package.Run(output, app, "build", "-c", "Release", "-warnaserror", "-p:EmitCompilerGeneratedFiles=true");
        Assert.Contains(" 0 Warning(s)", build);
        var stdout = package.Run(output, app, "run", "-c", "Release", "--no-build");
        Assert.Contains("app=7", stdout);
        Assert.Contains("lib=7", stdout);
        Assert.Contains("japan=JP", stdout);

        // The generator wrote the library's sources and none in the app.
        static string[] Generated(string project) => Directory.GetFiles(Path.Combine(project, "obj"), "*.g.cs", SearchOption.AllDirectories)
            .Where(f => f.Contains("DefenseDialogues.Generator", StringComparison.Ordinal)).ToArray();
        Assert.NotEmpty(Generated(lib));
        Assert.Empty(Generated(app));
    }
}

/// <summary>Packs the package once into a fresh local feed with a unique version, so no NuGet cache can serve a stale copy.</summary>
public sealed class PackageFixture : IDisposable
{
    public static readonly string RepoRoot = typeof(PackageFixture).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "RepoRoot").Value!;

    private readonly string _root = Path.Combine(Path.GetTempPath(), "dd-package-" + Guid.NewGuid().ToString("N")[..8]);

    public PackageFixture()
    {
        Directory.CreateDirectory(Feed);
        Version = "0.1.0-test." + DateTime.UtcNow.ToString("yyyyMMddHHmmss", System.Globalization.CultureInfo.InvariantCulture);
        var project = Path.Combine(RepoRoot, "src", "DefenseDialogues", "DefenseDialogues.csproj");
        Exec(null, RepoRoot, "pack", project, "-c", "Release", "-o", Feed, "-p:Version=" + Version);
        if (!File.Exists(Path.Combine(Feed, $"DefenseDialogues.{Version}.nupkg")))
        {
            throw new InvalidOperationException("dotnet pack produced no DefenseDialogues package in " + Feed);
        }
    }

    public string Feed => Path.Combine(_root, "feed");

    public string Version { get; }

    /// <summary>A new console project in its own folder, with a NuGet.config pointing at the local feed.</summary>
    public string CreateConsoleApp(string name, string program, string properties = "", string items = "")
        => CreateProject(name, program, $"""
            <OutputType>Exe</OutputType>
            <TargetFramework>net10.0</TargetFramework>
            {properties}
            """, $"""
            <PackageReference Include="DefenseDialogues" Version="{Version}" />
            {items}
            """);

    /// <summary>
    /// A new project in its own folder (nullable on, warnings as errors, packages restored into this
    /// fixture's folder), with a NuGet.config that adds the local feed to the machine's sources.
    /// </summary>
    public string CreateProject(string name, string code, string properties, string items)
    {
        var dir = Path.Combine(_root, name);
        Directory.CreateDirectory(dir);
        File.WriteAllText(Path.Combine(dir, name + ".csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <Nullable>enable</Nullable>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
                <RestorePackagesPath>{Path.Combine(_root, "packages")}</RestorePackagesPath>
                {properties}
              </PropertyGroup>
              <ItemGroup>
                {items}
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(dir, "Program.cs"), code);
        File.WriteAllText(Path.Combine(dir, "NuGet.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <add key="local" value="{Feed}" />
              </packageSources>
            </configuration>
            """);

        // Keep the repo's Directory.Build.props and global.json out of the user's project.
        File.WriteAllText(Path.Combine(dir, "Directory.Build.props"), "<Project />");
        return dir;
    }

    /// <summary>Writes <paramref name="text"/> (UTF-8, no BOM) at <paramref name="relativePath"/> under <paramref name="project"/>.</summary>
    public static void WriteFile(string project, string relativePath, string text)
    {
        var path = Path.Combine(project, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text, new UTF8Encoding(false));
    }

    public string Run(ITestOutputHelper log, string workingDirectory, params string[] args) => Exec(log, workingDirectory, args);

    private static string Exec(ITestOutputHelper? log, string workingDirectory, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
        };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        if (!process.WaitForExit(TimeSpan.FromMinutes(5)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("dotnet " + string.Join(' ', args) + " timed out");
        }

        log?.WriteLine(stdout);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"dotnet {string.Join(' ', args)} exited {process.ExitCode}\n{stdout}\n{stderr.Result}");
        }

        return stdout;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }
}

using Xunit;

namespace DefenseDialogues.PackageTests;

/// <summary>
/// The layout for large corpora (issue 17): the articles in their own library, the app referencing it. The
/// compiler is not incremental across builds, so what makes a build that changed no article cheap is
/// MSBuild skipping the library's compile; this checks it does, through real builds.
/// </summary>
public sealed partial class PackageTests
{
    [Fact]
    public void An_app_only_edit_rebuilds_the_app_and_skips_the_dataset_librarys_compile()
    {
        var data = CreateDatasetLibrary("Dataset");
        for (var i = 0; i < Seeds.Length; i++)
        {
            PackageFixture.WriteFile(data, $"articles/{i:D2}.txt", Seed(i));
        }

        var app = Package.CreateProject(
            "DatasetApp",
            """System.Console.WriteLine("count=" + DefenseDialogues.Dialogues.Count);""",
            "<OutputType>Exe</OutputType><TargetFramework>net10.0</TargetFramework>",
            $"""<ProjectReference Include="{Path.Combine(data, "Dataset.csproj")}" />""");

        Package.Run(Output, app, "build", "-c", "Release");
        var library = Path.Combine(data, "obj", "Release", "net10.0", "Dataset.dll");
        var compiled = File.GetLastWriteTimeUtc(library);
        Assert.Contains("count=" + Seeds.Length, Package.Run(Output, app, "run", "-c", "Release", "--no-build"));

        // An edit to the app's code only: the app recompiles, the library's compile is skipped (its assembly untouched).
        File.WriteAllText(Path.Combine(app, "Program.cs"), """System.Console.WriteLine("articles=" + DefenseDialogues.Dialogues.Count);""");
        var rebuild = Package.Run(Output, app, "build", "-c", "Release", "-v:d");
        Assert.Contains("Skipping target \"CoreCompile\" because all output files are up-to-date", rebuild, StringComparison.Ordinal);
        Assert.Equal(compiled, File.GetLastWriteTimeUtc(library));
        Assert.Contains("articles=" + Seeds.Length, Package.Run(Output, app, "run", "-c", "Release", "--no-build"));

        // An article edited: the library compiles again and the app sees the change.
        PackageFixture.WriteFile(data, "articles/99.txt", Seed(0));
        Package.Run(Output, app, "build", "-c", "Release");
        Assert.NotEqual(compiled, File.GetLastWriteTimeUtc(library));
        Assert.Contains("articles=" + (Seeds.Length + 1), Package.Run(Output, app, "run", "-c", "Release", "--no-build"));
    }

    [Fact]
    public void The_dataset_librarys_documentation_file_shows_each_record_and_why_and_its_deflated_text_reads_back()
    {
        // A dataset library with its XML documentation file (what an app's IntelliSense shows of the
        // library's records), and an app reading a paragraph: the text is stored deflated.
        var data = CreateDatasetLibrary("DocumentedDataset", "<GenerateDocumentationFile>true</GenerateDocumentationFile>");
        PackageFixture.WriteFile(data, "articles/japon.txt", Seed(1));
        var app = Package.CreateProject(
            "DocumentedDatasetApp",
            """
            System.Console.OutputEncoding = System.Text.Encoding.UTF8;
            System.Console.WriteLine("paragraph=" + DefenseDialogues.Dialogues.Get("japon").Paragraphs[0]);
            """,
            "<OutputType>Exe</OutputType><TargetFramework>net10.0</TargetFramework>",
            $"""<ProjectReference Include="{Path.Combine(data, "DocumentedDataset.csproj")}" />""");

        Package.Run(Output, app, "build", "-c", "Release");
        Assert.Contains("paragraph=Le général de corps d’armée Hoang Xuân Chiên, vice-ministre vietnamien de la Défense", Package.Run(Output, app, "run", "-c", "Release", "--no-build"));

        var docs = System.Xml.Linq.XDocument.Load(Path.Combine(data, "bin", "Release", "net10.0", "DocumentedDataset.xml"));
        var element = docs.Descendants("member").Single(m => (string?)m.Attribute("name") == "P:DefenseDialogues.Dialogues.Article_japon");
        var member = element.Value;
        // One line per fact in the remarks, <br/> between them (QuickInfo breaks the line there).
        var remarks = element.Element("remarks")!;
        Assert.Equal(5, remarks.Elements("br").Count());
        Assert.Empty(remarks.Elements("para"));
        Assert.Contains("Vietnam – Japan, PolicyDialogue #10, 2024-02-27, Hanoi.", member);
        Assert.Contains("Topics: DelegationExchange, Training, DefenseIndustry, Peacekeeping and 6 more.", member);
        Assert.Contains("Date 2024-02-27, “mardi 27 février” at 3:173: “…ont coprésidé mardi 27 février à Hanoi le 10e Dialogue…”", member);
        Assert.Contains("Place Hanoi, “Hanoi” at 3:192 (same sentence)", member);
        Assert.DoesNotContain("Source:", member); // the file is the id's .txt: the member's name says it
    }

    /// <summary>The layout for large corpora: a library that owns the articles (<c>articles/**/*.txt</c>), its dataset public.</summary>
    private string CreateDatasetLibrary(string name, string properties = "")
        => Package.CreateProject(
            name,
            "// The articles are the code of this project.\n",
            "<TargetFramework>net10.0</TargetFramework><DialoguesVisibility>public</DialoguesVisibility>" + properties,
            $"""
            <PackageReference Include="DefenseDialogues" Version="{Package.Version}" />
            <DialogueArticle Include="articles/**/*.txt" />
            """);
}

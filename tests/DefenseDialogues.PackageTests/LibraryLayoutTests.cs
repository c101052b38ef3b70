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
        var data = Package.CreateProject(
            "Dataset",
            "// The articles are the code of this project.\n",
            "<TargetFramework>net10.0</TargetFramework><DialoguesVisibility>public</DialoguesVisibility>",
            $"""
            <PackageReference Include="DefenseDialogues" Version="{Package.Version}" />
            <DialogueArticle Include="articles/**/*.txt" />
            """);
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
}

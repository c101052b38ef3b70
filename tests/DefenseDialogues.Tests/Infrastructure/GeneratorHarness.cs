extern alias runtime;

using System.Collections.Immutable;
using runtime::DefenseDialogues;
using System.Reflection;
using System.Runtime.Loader;
using DefenseDialogues.Generator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Emit;

namespace DefenseDialogues.Tests.Infrastructure;

/// <summary>The consuming project a test compiles against.</summary>
public enum TargetKind
{
    /// <summary>net10.0 at the latest C#.</summary>
    Net10,

    /// <summary>netstandard2.0 at its default language version, C# 7.3.</summary>
    NetStandard20,
}

/// <summary>Runs the generator over in-memory articles the way a build does, and compiles or runs its output.</summary>
public static class GeneratorHarness
{
    public static string SeedsDirectory => Path.Combine(AppContext.BaseDirectory, "seeds");

    /// <summary>The five bundled seeds, as AdditionalFiles.</summary>
    public static ImmutableArray<AdditionalText> Seeds()
        => Directory.GetFiles(SeedsDirectory, "*.txt")
            .OrderBy(p => p, StringComparer.Ordinal)
            .Select(p => (AdditionalText)new InMemoryAdditionalText(p, File.ReadAllText(p)))
            .ToImmutableArray();

    public static CSharpCompilation CreateCompilation(TargetKind target, params string[] sources)
    {
        var parseOptions = ParseOptions(target);
        var trees = sources.Select(s => CSharpSyntaxTree.ParseText(s, parseOptions)).ToArray();
        return CSharpCompilation.Create(
            "Consumer",
            trees,
            References(target),
            new CSharpCompilationOptions(
                OutputKind.DynamicallyLinkedLibrary,
                nullableContextOptions: target == TargetKind.Net10 ? NullableContextOptions.Enable : NullableContextOptions.Disable,
                deterministic: true));
    }

    /// <summary>Parse options as the SDK sets them for the target, preprocessor symbols included.</summary>
    public static CSharpParseOptions ParseOptions(TargetKind target)
        => target == TargetKind.Net10
            ? new(LanguageVersion.Latest, preprocessorSymbols: ["NET", "NET10_0", "NETCOREAPP", "NET5_0_OR_GREATER", "NET6_0_OR_GREATER", "NET7_0_OR_GREATER", "NET8_0_OR_GREATER", "NET9_0_OR_GREATER", "NET10_0_OR_GREATER"])
            : new(LanguageVersion.CSharp7_3, preprocessorSymbols: ["NETSTANDARD", "NETSTANDARD2_0"]);

    public static GeneratorDriver CreateDriver(
        IEnumerable<AdditionalText> files,
        TargetKind target = TargetKind.Net10,
        IReadOnlyDictionary<string, string>? properties = null,
        IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>>? perFile = null)
    {
        var global = (properties ?? new Dictionary<string, string>())
            .ToDictionary(kv => "build_property." + kv.Key, kv => kv.Value);
        return CSharpGeneratorDriver.Create(
            generators: [new DialogueGenerator().AsSourceGenerator()],
            additionalTexts: files,
            parseOptions: ParseOptions(target),
            optionsProvider: new TestOptionsProvider(global, perFile),
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));
    }

    /// <summary>Runs the generator; returns its result and the compilation with the generated code added.</summary>
    public static (GeneratorDriverRunResult Result, Compilation Output) Run(
        IEnumerable<AdditionalText> files,
        TargetKind target = TargetKind.Net10,
        IReadOnlyDictionary<string, string>? properties = null,
        IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>>? perFile = null,
        params string[] userSources)
    {
        var compilation = CreateCompilation(target, userSources);
        var driver = CreateDriver(files, target, properties, perFile)
            .RunGeneratorsAndUpdateCompilation(compilation, out var output, out _);
        return (driver.GetRunResult(), output);
    }

    /// <summary>
    /// Runs the generator over <paramref name="files"/> for a consumer of <paramref name="target"/> at
    /// language version <paramref name="version"/> (nullable on from C# 8 when <paramref name="nullable"/>),
    /// and returns the compilation with the generated code added.
    /// </summary>
    public static Compilation RunAt(IEnumerable<AdditionalText> files, TargetKind target, LanguageVersion version, bool nullable, params string[] userSources)
    {
        var parseOptions = ParseOptions(target).WithLanguageVersion(version);
        var compilation = CSharpCompilation.Create(
            "Consumer",
            userSources.Select(s => CSharpSyntaxTree.ParseText(s, parseOptions)),
            References(target),
            new CSharpCompilationOptions(
                OutputKind.DynamicallyLinkedLibrary,
                nullableContextOptions: nullable && version >= LanguageVersion.CSharp8 ? NullableContextOptions.Enable : NullableContextOptions.Disable,
                deterministic: true));
        CSharpGeneratorDriver.Create(
                generators: [new DialogueGenerator().AsSourceGenerator()],
                additionalTexts: files,
                parseOptions: parseOptions,
                optionsProvider: new TestOptionsProvider(new Dictionary<string, string>(), null))
            .RunGeneratorsAndUpdateCompilation(compilation, out var output, out _);
        return output;
    }

    /// <summary>Every generated file: hint name and text.</summary>
    public static IEnumerable<(string HintName, string Source)> GeneratedSources(GeneratorDriverRunResult result)
        => result.Results.Single().GeneratedSources.Select(s => (s.HintName, s.SourceText.ToString()));

    /// <summary>The generated <c>Dialogues</c> class: <c>Dialogues.g.cs</c>, then its record blocks in order.</summary>
    public static string GeneratedSource(GeneratorDriverRunResult result)
        => string.Concat(DialoguesFiles(result).Select(s => s.Source));

    /// <summary><c>Dialogues.g.cs</c> and its record blocks (<c>Dialogues.Records.{n}.g.cs</c>), in that order.</summary>
    public static IEnumerable<(string HintName, string Source)> DialoguesFiles(GeneratorDriverRunResult result)
    {
        var sources = GeneratedSources(result).ToArray();
        var blocks = sources.Where(s => s.HintName.StartsWith("Dialogues.Records.", StringComparison.Ordinal))
            .OrderBy(s => int.Parse(s.HintName.Split('.')[2], System.Globalization.CultureInfo.InvariantCulture));
        return sources.Where(s => s.HintName == "Dialogues.g.cs").Concat(blocks);
    }

    /// <summary>Errors and warnings of a compilation (warnings count: consumers build with warnings as errors).</summary>
    public static ImmutableArray<Diagnostic> Problems(Compilation compilation)
        => compilation.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToImmutableArray();

    /// <summary>Compiles and loads the output, then returns <c>{namespace}.Dialogues.All</c>.</summary>
    public static IReadOnlyList<Dialogue> LoadAll(Compilation output, string ns = "DefenseDialogues")
        => (IReadOnlyList<Dialogue>)LoadDialoguesClass(output, ns).GetProperty("All", BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!;

    /// <summary>Compiles the output, loads it in its own collectible context and returns the generated <c>Dialogues</c> class.</summary>
    public static Type LoadDialoguesClass(Compilation output, string ns = "DefenseDialogues")
    {
        using var stream = new MemoryStream();
        EmitResult emit = output.Emit(stream);
        if (!emit.Success)
        {
            throw new InvalidOperationException(string.Join("\n", emit.Diagnostics));
        }

        stream.Position = 0;
        var context = new AssemblyLoadContext("consumer-" + Guid.NewGuid().ToString("N"), isCollectible: true);
        var assembly = context.LoadFromStream(stream);
        return assembly.GetType(ns + ".Dialogues", throwOnError: true)!;
    }

    private static IEnumerable<MetadataReference> References(TargetKind target)
    {
        if (target == TargetKind.Net10)
        {
            return Basic.Reference.Assemblies.Net100.References.All
                .Append(MetadataReference.CreateFromFile(typeof(Dialogue).Assembly.Location));
        }

        return
        [
            MetadataReference.CreateFromFile(BuildPath("NetStandardReference")),
            MetadataReference.CreateFromFile(BuildPath("RuntimeNetStandard20")),
            MetadataReference.CreateFromFile(BuildPath("SystemMemoryNetStandard20")),
        ];
    }

    /// <summary>Paths the test project's build records as assembly metadata (see the .csproj).</summary>
    private static string BuildPath(string key)
        => typeof(GeneratorHarness).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == key).Value!;
}

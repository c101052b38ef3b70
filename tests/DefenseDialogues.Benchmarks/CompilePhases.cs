extern alias runtime;

using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace DefenseDialogues.Benchmarks;

/// <summary>
/// Where the compiler spends its time and memory on a generated dataset (issue 17): the files a build
/// wrote with <c>EmitCompilerGeneratedFiles</c>, compiled in this process, one thread, phase by phase
/// (parse, declarations, method bodies, emit), as they are or changed by a variant, to see what a change
/// of the generated code would buy before making it. Variants: <c>as-is</c>; <c>docs</c> (doc comments
/// parsed, as with <c>GenerateDocumentationFile</c>); <c>nodocs</c>; <c>nomembers</c> (the records' and
/// meetings' named members removed); <c>strings</c> (every chunk a plain string literal instead of
/// <c>u8</c>); <c>noliterals</c> (every chunk empty). Figures of one process each: run it twice.
/// </summary>
internal static class CompilePhases
{
    public static int Run(string generated, string variant)
    {
        var files = Directory.GetFiles(generated, "*.g.cs", SearchOption.AllDirectories)
            .Where(f => f.Contains("DefenseDialogues.Generator", StringComparison.Ordinal))
            .OrderBy(f => f, StringComparer.Ordinal)
            .ToList();
        if (files.Count == 0)
        {
            Console.Error.WriteLine($"no generated DefenseDialogues files under {generated}");
            return 1;
        }

        var options = new CSharpParseOptions(LanguageVersion.Latest, variant == "docs" ? DocumentationMode.Diagnose : DocumentationMode.None);
        GC.Collect();
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var clock = Stopwatch.StartNew();
        var trees = files.Select(f => CSharpSyntaxTree.ParseText(Vary(File.ReadAllText(f), variant), options, f)).ToList();
        trees.Add(CSharpSyntaxTree.ParseText("static class Program { static void Main() => System.Console.WriteLine(DefenseDialogues.Dialogues.All.Count); }", options));
        foreach (var tree in trees)
        {
            tree.GetRoot();
        }

        var parse = clock.Elapsed;
        var references = Basic.Reference.Assemblies.Net100.References.All.Cast<MetadataReference>()
            .Append(MetadataReference.CreateFromFile(typeof(runtime::DefenseDialogues.Dialogue).Assembly.Location)).ToList();
        var compilation = CSharpCompilation.Create(
            "Phases", trees, references,
            new CSharpCompilationOptions(OutputKind.ConsoleApplication, optimizationLevel: OptimizationLevel.Release, nullableContextOptions: NullableContextOptions.Enable, concurrentBuild: false));
        clock.Restart();
        var declarationErrors = compilation.GetDeclarationDiagnostics().Count(d => d.Severity == DiagnosticSeverity.Error);
        var declarations = clock.Elapsed;
        clock.Restart();
        var bodyErrors = compilation.GetMethodBodyDiagnostics().Count(d => d.Severity == DiagnosticSeverity.Error);
        var bodies = clock.Elapsed;
        clock.Restart();
        using var pe = new MemoryStream();
        using var xml = new MemoryStream();
        var result = compilation.Emit(pe, xmlDocumentationStream: variant == "docs" ? xml : null);
        var emit = clock.Elapsed;
        var held = GC.GetTotalMemory(forceFullCollection: false) - before;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{variant}: {files.Count} files; parse {parse.TotalMilliseconds:F0} ms, declarations {declarations.TotalMilliseconds:F0} ms, method bodies {bodies.TotalMilliseconds:F0} ms, emit {emit.TotalMilliseconds:F0} ms; heap after emit {held / 1048576} MB; errors {declarationErrors + bodyErrors}, emit {(result.Success ? "ok" : "failed: " + result.Diagnostics.FirstOrDefault(d => d.Severity == DiagnosticSeverity.Error))}"));
        GC.KeepAlive(compilation);
        return result.Success ? 0 : 1;
    }

    private static string Vary(string text, string variant) => variant switch
    {
        "nodocs" => Regex.Replace(text, @"^\s*///.*\n", string.Empty, RegexOptions.Multiline),
        "nomembers" => Regex.Replace(text, @"^\s*public static global::DefenseDialogues\.(Dialogue|Meeting) \w+ => s_\w+\[\d+\];\n", string.Empty, RegexOptions.Multiline),
        "noliterals" => Regex.Replace(text, "=> \"[^\"]*\"u8;", "=> \"\"u8;"),
        "strings" => Regex.Replace(
            Regex.Replace(text, @"private static global::System\.ReadOnlySpan<byte> (\w+Chunk\d+)\(\) => (""[^""]*"")u8;", "private static string $1() => $2;"),
            @"private static global::System\.ReadOnlySpan<byte> (\w+)Chunk\(int chunk\)", "private static string $1Chunk(int chunk)"),
        _ => text,
    };
}

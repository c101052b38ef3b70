using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using DefenseDialogues.Generator;
using DefenseDialogues.HotMethods;
using Xunit;

namespace DefenseDialogues.Tests.Generator;

/// <summary>
/// The build tool behind the generator's optimized copy: the names it reads methods under, and what marking
/// changes. The package tests check the copy the package carries and that a large cold compile uses it.
/// </summary>
public sealed class HotMethodsTests
{
    private const MethodImplAttributes AggressiveOptimization = (MethodImplAttributes)0x0200;

    private static string GeneratorPath => typeof(DialogueGenerator).Assembly.Location;

    private static HashSet<string> Listed()
    {
        var path = typeof(HotMethodsTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "HotMethodsList").Value!;
        return MethodTable.ReadList(path);
    }

    [Fact]
    public void Every_listed_hot_method_is_a_method_of_the_generator()
    {
        var listed = Listed();
        var (_, marked, unknown) = MethodTable.Read(GeneratorPath).Mark(listed);

        Assert.Empty(unknown); // the build fails with HOT001 otherwise
        Assert.True(marked >= listed.Count, $"{marked} methods for {listed.Count} names");
        Assert.Contains("DefenseDialogues.Generator.Extraction.Text.PhraseTokenizer:Tokenize", listed);
        Assert.DoesNotContain("DefenseDialogues.Generator.DialogueGenerator:Initialize", listed); // once per compilation
    }

    [Fact]
    public void What_the_compiler_generates_for_a_method_folds_into_that_method()
    {
        var names = MethodTable.Read(GeneratorPath).Names.ToList();

        // An iterator's state machine, a lambda's closure class and a plain method.
        var iterator = Assert.Single(names, n => n.JitName.StartsWith("DefenseDialogues.Generator.Extraction.ArticleExtractor+<ParagraphTexts>d__", StringComparison.Ordinal) && n.JitName.EndsWith(":MoveNext", StringComparison.Ordinal));
        Assert.Equal("DefenseDialogues.Generator.Extraction.ArticleExtractor:ParagraphTexts", iterator.SourceName);
        var lambda = names.First(n => n.JitName.StartsWith("DefenseDialogues.Generator.DialogueGenerator+<>c:<Initialize>b__", StringComparison.Ordinal));
        Assert.Equal("DefenseDialogues.Generator.DialogueGenerator:Initialize", lambda.SourceName);
        Assert.Contains(names, n => n.JitName == "DefenseDialogues.Generator.Extraction.Text.PhraseTokenizer:Tokenize" && n.SourceName == n.JitName);
        Assert.DoesNotContain(names, n => n.SourceName.Contains('<', StringComparison.Ordinal));
    }

    [Fact]
    public void Marking_sets_only_the_AggressiveOptimization_bit_of_the_listed_methods_once()
    {
        var before = Flags(File.ReadAllBytes(GeneratorPath));
        var table = MethodTable.Read(GeneratorPath);
        var (changed, marked, _) = table.Mark(new HashSet<string> { "DefenseDialogues.Generator.Extraction.Text.PhraseTokenizer:Tokenize" });
        var after = Flags(table.Image);

        Assert.Equal(marked, changed);
        Assert.Equal(changed, after.Count(m => (m.Value & AggressiveOptimization) != 0));
        Assert.All(before, m => Assert.Equal(m.Value, after[m.Key] & ~AggressiveOptimization));
        Assert.DoesNotContain(before, m => (m.Value & AggressiveOptimization) != 0);
        Assert.Equal(0, table.Mark(new HashSet<string> { "DefenseDialogues.Generator.Extraction.Text.PhraseTokenizer:Tokenize" }).Changed);
    }

    private static Dictionary<int, MethodImplAttributes> Flags(byte[] image)
    {
        using var pe = new PEReader(new MemoryStream(image));
        var md = pe.GetMetadataReader();
        return md.MethodDefinitions.ToDictionary(h => System.Reflection.Metadata.Ecma335.MetadataTokens.GetRowNumber(h), h => md.GetMethodDefinition(h).ImplAttributes);
    }
}

using DefenseDialogues.Generator.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace DefenseDialogues.Generator.Input;

/// <summary>Reduces the consuming compilation to the plain values of an <see cref="EmitTarget"/>.</summary>
internal static class TargetReader
{
    /// <summary>The target of <paramref name="compilation"/>.</summary>
    public static EmitTarget Read(Compilation compilation)
    {
        var version = compilation is CSharpCompilation csharp ? csharp.LanguageVersion : LanguageVersion.Default;
        return new EmitTarget(
            version,
            HasRuntime: compilation.GetTypeByMetadataName("DefenseDialogues.Storage.DialogueList") is not null,
            HasUtf8Decoder: compilation.GetTypeByMetadataName("DefenseDialogues.Storage.Utf8Chunk") is not null,
            HasNotNullWhen: IsUsable(compilation, compilation.GetTypeByMetadataName("System.Diagnostics.CodeAnalysis.NotNullWhenAttribute")),
            HasMixedChunks: compilation.GetTypeByMetadataName("DefenseDialogues.Storage.MixedChunk") is not null);
    }

    private static bool IsUsable(Compilation compilation, INamedTypeSymbol? type)
        => type is not null
           && (type.DeclaredAccessibility == Accessibility.Public
               || SymbolEqualityComparer.Default.Equals(type.ContainingAssembly, compilation.Assembly));
}

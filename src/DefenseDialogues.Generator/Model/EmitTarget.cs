using Microsoft.CodeAnalysis.CSharp;

namespace DefenseDialogues.Generator.Model;

/// <summary>
/// What the consuming compilation can take, reduced to plain values so that an edit that
/// does not change them leaves the output cached.
/// </summary>
/// <param name="LanguageVersion">The effective C# language version.</param>
/// <param name="HasRuntime">Whether the DefenseDialogues runtime library is referenced.</param>
/// <param name="HasUtf8Decoder">Whether the runtime reads UTF-8 chunks (<c>Storage.Utf8Chunk</c>), so u8 literals can hold the payloads.</param>
/// <param name="HasNotNullWhen">Whether <c>NotNullWhenAttribute</c> is usable from the compilation.</param>
/// <param name="HasMixedChunks">
/// Whether the runtime reads tables whose chunks are each a UTF-8 or a string literal (<c>Storage.MixedChunk</c>),
/// and string chunks deflated 15 bits a character.
/// </param>
internal sealed record EmitTarget(LanguageVersion LanguageVersion, bool HasRuntime, bool HasUtf8Decoder, bool HasNotNullWhen, bool HasMixedChunks = false)
{
    /// <summary>Nullable annotations need C# 8.</summary>
    public bool SupportsNullable => LanguageVersion >= LanguageVersion.CSharp8;

    /// <summary>UTF-8 literals need C# 11 and the runtime's UTF-8 chunk reader; they keep text out of the string heap.</summary>
    public bool UsesUtf8Literals => LanguageVersion >= LanguageVersion.CSharp11 && HasUtf8Decoder;

    /// <summary>
    /// With UTF-8 literals, whether the records' chunks may also be string literals, which the compiler does
    /// not lower byte by byte (<see cref="Planning.StoragePlan.ChunksAsStrings"/>).
    /// </summary>
    public bool UsesMixedChunks => UsesUtf8Literals && HasMixedChunks;
}

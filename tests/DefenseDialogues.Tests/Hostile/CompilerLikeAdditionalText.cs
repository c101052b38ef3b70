using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace DefenseDialogues.Tests.Hostile;

/// <summary>
/// An AdditionalFile decoded from bytes the way the compiler does: a byte-order mark decides;
/// else strict UTF-8; else the fallback code page (Latin-1 here). Binary content makes it throw.
/// </summary>
public sealed class CompilerLikeAdditionalText(string path, byte[] bytes) : AdditionalText
{
    public override string Path { get; } = path;

    public override SourceText GetText(CancellationToken cancellationToken = default)
    {
        if (bytes.Length >= 2 && (bytes[0], bytes[1]) is (0xFF, 0xFE) or (0xFE, 0xFF))
        {
            var utf16 = bytes[0] == 0xFF ? Encoding.Unicode : Encoding.BigEndianUnicode;
            return SourceText.From(utf16.GetString(bytes, 2, bytes.Length - 2), utf16);
        }

        try
        {
            var strict = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
            var skip = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
            return SourceText.From(strict.GetString(bytes, skip, bytes.Length - skip), Encoding.UTF8);
        }
        catch (DecoderFallbackException)
        {
            return SourceText.From(Encoding.Latin1.GetString(bytes), Encoding.Latin1);
        }
    }
}

/// <summary>An AdditionalFile whose reading fails, as a locked or vanished file does.</summary>
public sealed class FailingAdditionalText(string path) : AdditionalText
{
    public override string Path { get; } = path;

    public override SourceText GetText(CancellationToken cancellationToken = default)
        => throw new IOException("The process cannot access the file because it is being used by another process.");
}

using DefenseDialogues.Generator.Model;

namespace DefenseDialogues.Generator.Extraction;

/// <summary>Line and column of an offset in a text, as an editor counts them (LF, CRLF and CR end lines).</summary>
internal static class TextPositions
{
    /// <summary>A one-character location at <paramref name="offset"/>.</summary>
    public static TextLocation At(string filePath, string text, int offset)
    {
        var line = 0;
        var lineStart = 0;
        for (var i = 0; i < offset && i < text.Length; i++)
        {
            if (text[i] == '\n' || (text[i] == '\r' && (i + 1 >= text.Length || text[i + 1] != '\n')))
            {
                line++;
                lineStart = i + 1;
            }
        }

        return new TextLocation(filePath, offset, 1, line, offset - lineStart, line, offset - lineStart + 1);
    }
}

using System.Collections.Generic;
using System;
using DefenseDialogues.Generator.Model;

namespace DefenseDialogues.Generator.Extraction.Text;

/// <summary>
/// Line starts of a file, to turn file offsets into the line and column an editor shows
/// (zero-based; LF, CRLF and CR end lines; a BOM is not a column).
/// </summary>
internal sealed class LineMap
{
    private readonly List<int> _starts;

    private LineMap(List<int> starts) => _starts = starts;

    public static LineMap Of(string text)
    {
        var starts = new List<int> { text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0 };
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\n' || (c == '\r' && (i + 1 >= text.Length || text[i + 1] != '\n')))
            {
                starts.Add(i + 1);
            }
        }

        return new LineMap(starts);
    }

    /// <summary>Zero-based line and column of <paramref name="offset"/>.</summary>
    public (int Line, int Column) PositionOf(int offset)
    {
        var index = _starts.BinarySearch(offset);
        var line = index >= 0 ? index : Math.Max(0, ~index - 1);
        return (line, Math.Max(0, offset - _starts[line]));
    }

    /// <summary>The file location of [<paramref name="start"/>, <paramref name="end"/>).</summary>
    public TextLocation Locate(string filePath, int start, int end)
    {
        var (startLine, startColumn) = PositionOf(start);
        var (endLine, endColumn) = PositionOf(end);
        return new TextLocation(filePath, start, end - start, startLine, startColumn, endLine, endColumn);
    }

    /// <summary>A one-character location at <paramref name="offset"/> of <paramref name="text"/> (for problems found before the article is read).</summary>
    public static TextLocation At(string filePath, string text, int offset) => Of(text).Locate(filePath, offset, offset + 1);

    /// <summary>The file location of a span of a unit.</summary>
    public TextLocation Locate(string filePath, StorySpan span)
        => span.End > span.Start
            ? Locate(filePath, span.Unit.StartOf(span.Start), span.Unit.EndOf(span.End - 1))
            : Locate(filePath, span.Unit.StartOf(span.Start), span.Unit.StartOf(span.Start));

}

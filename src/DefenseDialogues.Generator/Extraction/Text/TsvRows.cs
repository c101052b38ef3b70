using System;
using System.Collections.Generic;
using System.IO;

namespace DefenseDialogues.Generator.Extraction.Text;

/// <summary>Reads the data rows of the embedded TSV tables (gazetteers, word classes): one format, one reader.</summary>
internal static class TsvRows
{
    /// <summary>
    /// The data rows of <paramref name="text"/> with their one-based line: comments (<c>#</c>) and blank
    /// lines skipped, cells trimmed; throws <see cref="InvalidDataException"/> on a row of fewer than
    /// <paramref name="minColumns"/> cells.
    /// </summary>
    public static IEnumerable<(int Line, string[] Cells)> Read(string text, string table, int minColumns)
    {
        var lineNumber = 0;
        foreach (var raw in text.Split('\n'))
        {
            lineNumber++;
            var line = raw.TrimEnd('\r');
            if (line.Trim().Length == 0 || line.TrimStart().StartsWith("#", StringComparison.Ordinal))
            {
                continue;
            }

            var cells = line.Split('\t');
            if (cells.Length < minColumns)
            {
                throw new InvalidDataException(table + ":" + lineNumber + ": expected " + minColumns + " columns, found " + cells.Length);
            }

            for (var k = 0; k < cells.Length; k++)
            {
                cells[k] = cells[k].Trim();
            }

            yield return (lineNumber, cells);
        }
    }
}

using System.Collections.Generic;
using System.IO;
using System.Threading;
using DefenseDialogues.Generator.Model;

namespace DefenseDialogues.Generator.Extraction;

/// <summary>Splits raw article text into its parts and removes the page noise. (Stub: to be implemented.)</summary>
internal static class ArticleReader
{
    /// <summary>Reads the article; returns null (with a diagnostic added) when the file has no usable story.</summary>
    public static ArticleText? Read(string filePath, string text, List<DiagnosticInfo> diagnostics, CancellationToken cancellationToken)
    {
        var id = Path.GetFileNameWithoutExtension(filePath);
        var paragraphs = new List<Paragraph>();
        var offset = 0;
        var line = 0;
        foreach (var raw in text.Split('\n'))
        {
            var t = raw.Trim();
            if (t.Length > 0)
            {
                paragraphs.Add(new Paragraph(t, line, 0, offset));
            }

            offset += raw.Length + 1;
            line++;
        }

        return new ArticleText(filePath, id, null, null, null, new string[0], null, paragraphs, null);
    }
}

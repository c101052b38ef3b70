using System.Collections.Generic;
using DefenseDialogues.Generator.Model;

namespace DefenseDialogues.Generator.Extraction;

/// <summary>Finds the meeting's date. (Stub: to be implemented.)</summary>
internal static class DateExtractor
{
    public static DateModel? Extract(ArticleText article, List<DiagnosticInfo> diagnostics) => null;
}

using System.Collections.Generic;
using DefenseDialogues.Generator.Model;

namespace DefenseDialogues.Generator.Extraction;

/// <summary>Finds anniversaries. (Stub: to be implemented.)</summary>
internal static class AnniversaryExtractor
{
    public static IReadOnlyList<AnniversaryModel> Extract(ArticleText article) => new AnniversaryModel[0];
}

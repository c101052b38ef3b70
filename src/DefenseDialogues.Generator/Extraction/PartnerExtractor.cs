using System.Collections.Generic;
using DefenseDialogues.Generator.Gazetteers;
using DefenseDialogues.Generator.Model;

namespace DefenseDialogues.Generator.Extraction;

/// <summary>Finds the counterparts met, primary first. (Stub: to be implemented.)</summary>
internal static class PartnerExtractor
{
    public static IReadOnlyList<PartnerModel> Extract(ArticleText article, Gazetteer gazetteer) => new PartnerModel[0];
}

using DefenseDialogues.Generator.Gazetteers;

namespace DefenseDialogues.Generator.Extraction;

/// <summary>Finds the relationship level stated for Vietnam and the partner. (Stub: to be implemented.)</summary>
internal static class PartnershipExtractor
{
    public static PartnershipLevel? Extract(ArticleText article, Gazetteer gazetteer) => null;
}

using System.Collections.Generic;
using DefenseDialogues.Generator.Gazetteers;

namespace DefenseDialogues.Generator.Extraction;

/// <summary>Finds references to legal instruments (legal-references.tsv) in the story's paragraphs, in enum order.</summary>
internal static class LegalReferenceExtractor
{
    public static IReadOnlyList<LegalReference> Extract(ArticleText article, Gazetteer gazetteer)
        => CueScanner.DistinctInEnumOrder(CueScanner.Scan<LegalReference>(CueScanner.Paragraphs(article), gazetteer.MatchLegalReference));
}

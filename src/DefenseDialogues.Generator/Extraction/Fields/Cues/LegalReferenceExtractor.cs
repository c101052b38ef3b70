using System.Collections.Generic;
using DefenseDialogues.Generator.Gazetteers;
using DefenseDialogues.Generator.Extraction.Text;
using DefenseDialogues.Generator.Extraction.Reading;

namespace DefenseDialogues.Generator.Extraction.Fields.Cues;

/// <summary>Finds references to legal instruments (legal-references.tsv) in the story's paragraphs, in enum order.</summary>
internal static class LegalReferenceExtractor
{
    public static IReadOnlyList<LegalReference> Extract(ArticleText article, Gazetteer gazetteer) => Extract(article, gazetteer, out _);

    /// <summary>The references in enum order, each with the first wording that names it (<paramref name="spans"/>).</summary>
    public static IReadOnlyList<LegalReference> Extract(ArticleText article, Gazetteer gazetteer, out List<StorySpan> spans)
    {
        var segments = CueScanner.Paragraphs(article);
        return CueScanner.DistinctInEnumOrder(CueScanner.Scan<LegalReference>(segments, gazetteer.MatchLegalReference), segments, out spans);
    }
}

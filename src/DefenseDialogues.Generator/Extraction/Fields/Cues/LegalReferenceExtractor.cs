using System.Collections.Generic;
using DefenseDialogues.Generator.Gazetteers;
using DefenseDialogues.Generator.Extraction.Text;
using DefenseDialogues.Generator.Model;

namespace DefenseDialogues.Generator.Extraction.Fields.Cues;

/// <summary>Finds references to legal instruments (legal-references.tsv) in the story's paragraphs, in enum order.</summary>
internal static class LegalReferenceExtractor
{
    /// <summary>The references in enum order, each with the first wording that names it.</summary>
    public static Field<IReadOnlyList<LegalReference>> Read(ArticleContext context)
    {
        var segments = context.ParagraphSegments;
        return CueScanner.DistinctInEnumOrder(CueScanner.Scan<LegalReference>(segments, context.Gazetteer.MatchLegalReference), segments, EvidenceField.LegalReference);
    }
}

using System.Collections.Generic;

namespace DefenseDialogues.Generator.Extraction;

/// <summary>Finds references to legal instruments. (Stub: to be implemented.)</summary>
internal static class LegalReferenceExtractor
{
    public static IReadOnlyList<LegalReference> Extract(ArticleText article) => new LegalReference[0];
}

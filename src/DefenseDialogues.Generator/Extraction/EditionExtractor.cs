namespace DefenseDialogues.Generator.Extraction;

/// <summary>Finds the ordinal of the dialogue series. (Stub: to be implemented.)</summary>
internal static class EditionExtractor
{
    public static int? Extract(ArticleText article) => null;
}

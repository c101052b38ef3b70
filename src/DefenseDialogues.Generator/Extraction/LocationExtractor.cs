using DefenseDialogues.Generator.Gazetteers;

namespace DefenseDialogues.Generator.Extraction;

/// <summary>Finds the city where the meeting took place, in English. (Stub: to be implemented.)</summary>
internal static class LocationExtractor
{
    public static string? Extract(ArticleText article, Gazetteer gazetteer) => null;
}

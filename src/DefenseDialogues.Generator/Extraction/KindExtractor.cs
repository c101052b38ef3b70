namespace DefenseDialogues.Generator.Extraction;

/// <summary>Decides what kind of meeting the story reports. (Stub: to be implemented.)</summary>
internal static class KindExtractor
{
    public static DialogueKind Extract(ArticleText article) => DialogueKind.Other;
}

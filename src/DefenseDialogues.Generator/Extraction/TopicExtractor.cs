using System.Collections.Generic;

namespace DefenseDialogues.Generator.Extraction;

/// <summary>Finds the cooperation fields and topics, in list order. (Stub: to be implemented.)</summary>
internal static class TopicExtractor
{
    public static IReadOnlyList<Topic> Extract(ArticleText article) => new Topic[0];
}

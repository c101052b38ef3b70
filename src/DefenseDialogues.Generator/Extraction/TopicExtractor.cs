using System.Collections.Generic;
using DefenseDialogues.Generator.Gazetteers;

namespace DefenseDialogues.Generator.Extraction;

/// <summary>
/// Finds the fields of cooperation and topics discussed (topics.tsv), in the data model's order.
/// Only the story's paragraphs count. Longest wording wins, so a longer non-topic wording shadows a
/// shorter cue, and <c>recherche et sauvetage</c> is rescue, not research.
/// </summary>
internal static class TopicExtractor
{
    public static IReadOnlyList<Topic> Extract(ArticleText article, Gazetteer gazetteer)
        => CueScanner.DistinctInEnumOrder(CueScanner.Scan<Topic>(CueScanner.Paragraphs(article), gazetteer.MatchTopic));
}

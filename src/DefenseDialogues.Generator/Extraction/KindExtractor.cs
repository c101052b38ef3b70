using DefenseDialogues.Generator.Gazetteers;

namespace DefenseDialogues.Generator.Extraction;

/// <summary>
/// Decides what kind of meeting the story reports. A meeting of a defense dialogue series is a
/// PolicyDialogue wherever the story names it (<see cref="DialogueSeries"/>); otherwise the first
/// cue read (kinds.tsv; headline, paragraphs, then captions) says what happened:
/// <c>a reçu</c> → Reception, <c>entretien</c> → Talks, <c>visite de travail</c> → Visit, …
/// </summary>
internal static class KindExtractor
{
    public static DialogueKind Extract(ArticleText article, Gazetteer gazetteer)
    {
        var segments = NameSegments.Of(article);
        if (DialogueSeries.IsMentioned(segments))
        {
            return DialogueKind.PolicyDialogue;
        }

        var cues = CueScanner.Scan<DialogueKind>(segments, gazetteer.MatchKind);
        return cues.Count > 0 ? cues[0].Value : DialogueKind.Other;
    }
}

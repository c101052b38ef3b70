using DefenseDialogues.Generator.Gazetteers;
using DefenseDialogues.Generator.Extraction.Reading;
using DefenseDialogues.Generator.Extraction.Fields.Cues;

namespace DefenseDialogues.Generator.Extraction.Fields.Kind;

/// <summary>
/// Decides what kind of meeting the story reports. A meeting of a defense dialogue series is a
/// PolicyDialogue wherever the story names it (<see cref="DialogueSeries"/>); otherwise the first
/// cue read (kinds.tsv; headline, paragraphs, then captions) says what happened:
/// <c>a reçu</c> → Reception, <c>entretien</c> → Talks, <c>visite de travail</c> → Visit, …
/// </summary>
internal static class KindExtractor
{
    public static DialogueKind Extract(ArticleText article, Gazetteer gazetteer) => Extract(article, gazetteer, out _);

    /// <summary>The kind of meeting, and the words that say it (<paramref name="finding"/>).</summary>
    public static DialogueKind Extract(ArticleText article, Gazetteer gazetteer, out Finding finding)
    {
        var segments = NameSegments.Of(article);
        if (article.DialogueSeriesMention is { } series)
        {
            finding = new Finding(series);
            return DialogueKind.PolicyDialogue;
        }

        var cues = CueScanner.Scan<DialogueKind>(segments, gazetteer.MatchKind);
        if (cues.Count == 0)
        {
            finding = Finding.None("no wording of a kind of meeting: Other");
            return DialogueKind.Other;
        }

        finding = new Finding(CueScanner.SpanOf(segments, cues[0]));
        return cues[0].Value;
    }
}

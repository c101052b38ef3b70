using DefenseDialogues.Generator.Gazetteers;
using DefenseDialogues.Generator.Model;
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
    /// <summary>The kind of meeting, and the words that say it.</summary>
    public static Field<DialogueKind> Read(ArticleContext context)
    {
        if (context.SeriesMention is { } series)
        {
            return Of(DialogueKind.PolicyDialogue, new Finding(series));
        }

        var segments = context.Segments;
        var cues = CueScanner.Scan<DialogueKind>(segments, context.Gazetteer.MatchKind);
        if (cues.Count == 0)
        {
            return Of(DialogueKind.Other, Finding.None("no wording of a kind of meeting: Other"));
        }

        // The first cue about the meeting itself; a frame (`dans le cadre de la visite d'État …`) or
        // another event says what happened only when nothing else does.
        var best = cues[0];
        var bestRank = int.MaxValue;
        foreach (var cue in cues)
        {
            var rank = EventScopes.At(segments[cue.Segment].Tokens, cue.Token) switch
            {
                EventScope.ThisMeeting => 0,
                EventScope.Framing => 1,
                _ => 2,
            };
            if (rank < bestRank)
            {
                best = cue;
                bestRank = rank;
            }
        }

        return Of(best.Value, new Finding(CueScanner.SpanOf(segments, best)));
    }

    private static Field<DialogueKind> Of(DialogueKind kind, Finding finding) => Field.One(kind, EvidenceField.Kind, kind.ToString(), finding);
}

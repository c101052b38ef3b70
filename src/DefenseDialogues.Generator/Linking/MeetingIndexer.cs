using System;
using System.Collections.Generic;
using DefenseDialogues.Generator.Model;

namespace DefenseDialogues.Generator.Linking;

/// <summary>
/// Builds <see cref="MeetingsModel"/>: the articles grouped into meetings (<see cref="MeetingGrouper"/>),
/// each meeting's facts (<see cref="MeetingFacts"/>), the meetings' timeline and the series (<see cref="SeriesBuilder"/>).
/// </summary>
internal static class MeetingIndexer
{
    public static MeetingsModel Build(CorpusModel corpus, CorpusIndexModel index)
    {
        var dialogues = corpus.Dialogues;
        var groups = MeetingGrouper.Group(dialogues, index.ParticipantPeople, index.Timeline);
        var meetings = new MeetingModel[groups.Count];
        var meetingOf = new int[dialogues.Count];
        var diagnostics = new List<DiagnosticInfo>();
        for (var m = 0; m < groups.Count; m++)
        {
            var articles = groups[m];
            var kind = DialogueKind.Other;
            int? edition = null;
            foreach (var d in articles)
            {
                meetingOf[d] = m;
                kind = kind == DialogueKind.Other ? dialogues[d].Kind : kind;
                edition ??= dialogues[d].Edition;
            }

            meetings[m] = new MeetingModel(new EquatableArray<int>(articles), kind, edition, MeetingFacts.Dates(dialogues, articles), MeetingFacts.Places(dialogues, articles));
            MeetingFacts.ReportDisputes(dialogues, meetings[m], diagnostics);
        }

        // A meeting is where its earliest article sits on the dialogues' timeline.
        var dialogueRank = new int[dialogues.Count];
        for (var i = 0; i < index.Timeline.Count; i++)
        {
            dialogueRank[index.Timeline[i]] = i;
        }

        var timeline = new int[meetings.Length];
        var meetingRank = new int[meetings.Length];
        for (var m = 0; m < meetings.Length; m++)
        {
            timeline[m] = m;
            meetingRank[m] = int.MaxValue;
            foreach (var d in meetings[m].Articles)
            {
                meetingRank[m] = Math.Min(meetingRank[m], dialogueRank[d]);
            }
        }

        Array.Sort(timeline, (a, b) => meetingRank[a].CompareTo(meetingRank[b]));
        var rank = new int[meetings.Length];
        for (var i = 0; i < timeline.Length; i++)
        {
            rank[timeline[i]] = i;
        }

        var series = SeriesBuilder.Build(dialogues, meetings, rank, diagnostics);
        return new MeetingsModel(
            new EquatableArray<MeetingModel>(meetings),
            new EquatableArray<int>(meetingOf),
            new EquatableArray<int>(timeline),
            series,
            EquatableArray.From(diagnostics));
    }
}

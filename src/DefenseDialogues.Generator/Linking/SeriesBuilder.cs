using System;
using System.Collections.Generic;
using DefenseDialogues.Generator.Diagnostics;
using DefenseDialogues.Generator.Model;

namespace DefenseDialogues.Generator.Linking;

/// <summary>
/// Gathers the meetings of each dialogue series: one counterpart set and one mechanism (the kind), for
/// policy dialogues and for any meeting that gives an edition number. Contradictions are reported at
/// the articles' edition spans: one edition with two dates (DD0403), an edition number that goes
/// backwards in time (DD0404).
/// </summary>
internal static class SeriesBuilder
{
    public static EquatableArray<SeriesModel> Build(
        EquatableArray<DialogueModel> dialogues, IReadOnlyList<MeetingModel> meetings, int[] timelineRank, List<DiagnosticInfo> diagnostics)
    {
        var series = new SortedDictionary<(string Partners, DialogueKind Kind), List<int>>(Comparer<(string, DialogueKind)>.Create(static (a, b) =>
        {
            var c = string.CompareOrdinal(a.Item1, b.Item1);
            return c != 0 ? c : a.Item2.CompareTo(b.Item2);
        }));
        for (var m = 0; m < meetings.Count; m++)
        {
            var meeting = meetings[m];
            if (meeting.Kind != DialogueKind.PolicyDialogue && meeting.Edition is null)
            {
                continue;
            }

            var key = (MeetingGrouper.PartnerKey(dialogues[meeting.Articles[0]]), meeting.Kind);
            if (key.Item1.Length == 0)
            {
                continue;
            }

            if (!series.TryGetValue(key, out var list))
            {
                series[key] = list = new List<int>();
            }

            list.Add(m);
        }

        var result = new List<SeriesModel>(series.Count);
        foreach (var pair in series)
        {
            var members = pair.Value;
            members.Sort((a, b) => timelineRank[a].CompareTo(timelineRank[b]));
            Contradictions(dialogues, meetings, members, diagnostics);
            var partners = new List<string>();
            foreach (var p in dialogues[meetings[members[0]].Articles[0]].Partners)
            {
                partners.Add(p.Code);
            }

            partners.Sort(StringComparer.Ordinal);
            result.Add(new SeriesModel(EquatableArray.From(partners), pair.Key.Kind, EquatableArray.From(members)));
        }

        return EquatableArray.From(result);
    }

    private static void Contradictions(EquatableArray<DialogueModel> dialogues, IReadOnlyList<MeetingModel> meetings, List<int> members, List<DiagnosticInfo> diagnostics)
    {
        // One edition held twice: the grouper kept them apart, so their dates (or people) disagree.
        var byEdition = new Dictionary<int, int>();
        foreach (var m in members)
        {
            if (meetings[m].Edition is not int edition)
            {
                continue;
            }

            if (byEdition.TryGetValue(edition, out var first))
            {
                Report(dialogues, meetings[m], DiagnosticIds.EditionTwice, Number(edition), DateText(meetings[m]), meetings[first], DateText(meetings[first]), diagnostics);
            }
            else
            {
                byEdition[edition] = m;
            }
        }

        // In date order (members are), a numbered edition after a higher one: a wrong number or a wrong year.
        MeetingModel? highest = null;
        foreach (var m in members)
        {
            var meeting = meetings[m];
            if (meeting.Edition is not int edition || meeting.Date?.Year is null)
            {
                continue;
            }

            if (highest is { Edition: int top } && edition < top && Before(highest.Date!, meeting.Date!))
            {
                Report(dialogues, meeting, DiagnosticIds.EditionBackwards, Number(edition), DateText(meeting), highest, Number(top) + " (" + DateText(highest) + ")", diagnostics);
            }

            if (highest is null || edition > highest.Edition)
            {
                highest = meeting;
            }
        }
    }

    private static bool Before(DateModel a, DateModel b)
        => (a.Year, a.Month ?? 0, a.Day ?? 0).CompareTo((b.Year, b.Month ?? 0, b.Day ?? 0)) < 0;

    private static void Report(EquatableArray<DialogueModel> dialogues, MeetingModel meeting, string id, string edition, string value, MeetingModel other, string otherValue, List<DiagnosticInfo> diagnostics)
    {
        var otherArticle = dialogues[other.Articles[0]];
        var otherPlace = MeetingFacts.LocationOf(otherArticle, EvidenceField.Edition);
        foreach (var d in meeting.Articles)
        {
            if (dialogues[d].Edition is null)
            {
                continue;
            }

            diagnostics.Add(DiagnosticInfo.Create(
                id, MeetingFacts.LocationOf(dialogues[d], EvidenceField.Edition), dialogues[d].Id, edition, value, otherValue, otherArticle.Id, MeetingFacts.Describe(otherPlace)));
        }
    }

    private static string DateText(MeetingModel meeting) => meeting.Date?.ToText() ?? "undated";

    private static string Number(int n) => n.ToString(System.Globalization.CultureInfo.InvariantCulture);
}

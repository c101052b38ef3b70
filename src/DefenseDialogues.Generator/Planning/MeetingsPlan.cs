using System.Collections.Generic;
using System.Globalization;
using System.Text;
using DefenseDialogues.Generator.Model;
using DefenseDialogues.Storage;

namespace DefenseDialogues.Generator.Planning;

/// <summary>What <c>Meetings.g.cs</c> needs (<see cref="MeetingsPlanModel"/>): names, summaries, sources and payloads.</summary>
internal static class MeetingsPlan
{
    /// <summary>The prefix of every meeting's member name: no member <c>Meetings</c> declares starts with it.</summary>
    public const string MeetingPrefix = "Meeting_";

    public static MeetingsPlanModel Build(CorpusModel corpus, MeetingsModel meetings)
    {
        var dialogues = corpus.Dialogues;
        var members = MemberNames.Assign(dialogues);
        var used = new HashSet<string>(System.StringComparer.Ordinal);
        var entries = new MeetingEntry[meetings.Meetings.Count];
        for (var m = 0; m < entries.Length; m++)
        {
            var meeting = meetings.Meetings[m];
            var first = dialogues[meeting.Articles[0]];
            var name = MemberNames.Unique(used, MeetingPrefix + MemberNames.RecordName(first.Id).Substring(MemberNames.RecordPrefix.Length), "m");
            var articles = new string[meeting.Articles.Count];
            var sources = new string[meeting.Articles.Count];
            for (var i = 0; i < sources.Length; i++)
            {
                var d = dialogues[meeting.Articles[i]];
                articles[i] = members[meeting.Articles[i]];
                sources[i] = (d.HeldOn?.ToText() ?? "no date") + ", " + (d.Location ?? "no place");
            }

            entries[m] = new MeetingEntry(name, Summary(dialogues, meeting), new EquatableArray<string>(articles), new EquatableArray<string>(sources), Payload(meeting));
        }

        var series = new EquatableArray<int>[meetings.Series.Count];
        var labels = new string[series.Length];
        for (var s = 0; s < series.Length; s++)
        {
            series[s] = meetings.Series[s].Meetings;
            labels[s] = SeriesLabel(dialogues, meetings, meetings.Series[s]);
        }

        return new MeetingsPlanModel(
            new EquatableArray<MeetingEntry>(entries),
            meetings.MeetingOf,
            meetings.Timeline,
            new EquatableArray<EquatableArray<int>>(series),
            new EquatableArray<string>(labels));
    }

    /// <summary>As the runtime's <c>Meeting.ToString()</c> prints it.</summary>
    internal static string Summary(EquatableArray<DialogueModel> dialogues, MeetingModel meeting)
    {
        var first = dialogues[meeting.Articles[0]];
        var sb = new StringBuilder(meeting.Date?.ToText() ?? "undated").Append(' ');
        var partners = new List<string>();
        foreach (var p in first.Partners)
        {
            partners.Add(p.EnglishName);
        }

        sb.Append(partners.Count == 0 ? "unknown partner" : string.Join(", ", partners)).Append(' ').Append(meeting.Kind);
        if (meeting.Edition is int edition)
        {
            sb.Append(" #").Append(edition.ToString(CultureInfo.InvariantCulture));
        }

        if (meeting.Place is { } place)
        {
            sb.Append(" in ").Append(place);
        }

        var count = meeting.Articles.Count;
        sb.Append(", ").Append(count.ToString(CultureInfo.InvariantCulture)).Append(count == 1 ? " article" : " articles");
        var date = meeting.Dates.Count > 1;
        var place2 = meeting.Places.Count > 1;
        if (date || place2)
        {
            sb.Append(" (disputed: ").Append(date && place2 ? "date, place" : date ? "date" : "place").Append(')');
        }

        return sb.ToString();
    }

    private static string SeriesLabel(EquatableArray<DialogueModel> dialogues, MeetingsModel meetings, SeriesModel series)
    {
        var editions = new SortedSet<int>();
        foreach (var m in series.Meetings)
        {
            if (meetings.Meetings[m].Edition is int e)
            {
                editions.Add(e);
            }
        }

        var first = dialogues[meetings.Meetings[series.Meetings[0]].Articles[0]];
        var partners = new List<string>();
        foreach (var p in first.Partners)
        {
            partners.Add(p.EnglishName);
        }

        var numbers = new List<string>();
        foreach (var e in editions)
        {
            numbers.Add(e.ToString(CultureInfo.InvariantCulture));
        }

        return string.Join(", ", partners) + " " + series.Kind + ": " + (numbers.Count == 0 ? "no edition numbers" : (numbers.Count == 1 ? "edition " : "editions ") + string.Join(", ", numbers))
            + ", " + series.Meetings.Count.ToString(CultureInfo.InvariantCulture) + (series.Meetings.Count == 1 ? " meeting" : " meetings");
    }

    /// <summary>
    /// The meeting as <c>MeetingPayload</c> reads it. A meeting of one article (most of a corpus) states
    /// only that article's facts: a null after its run says so, and the reader takes them from the article.
    /// </summary>
    internal static string Payload(MeetingModel meeting)
    {
        var w = new PayloadWriter(PayloadFormat.MeetingMarker, 16);
        w.IntRun(meeting.Articles);
        if (meeting.Articles.Count == 1)
        {
            w.Null();
            return w.ToString();
        }

        w.Int((int)meeting.Kind);
        w.Int(meeting.Edition);
        w.List(meeting.Dates.Count);
        foreach (var fact in meeting.Dates)
        {
            w.List(PayloadFormat.PartialDateArity);
            w.Int(fact.Value.Year);
            w.Int(fact.Value.Month);
            w.Int(fact.Value.Day);
            w.IntRun(fact.Articles);
        }

        w.List(meeting.Places.Count);
        foreach (var fact in meeting.Places)
        {
            w.String(fact.Value);
            w.IntRun(fact.Articles);
        }

        return w.ToString();
    }
}

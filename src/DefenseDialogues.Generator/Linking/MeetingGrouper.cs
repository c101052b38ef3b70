using System;
using System.Collections.Generic;
using DefenseDialogues.Generator.Model;

namespace DefenseDialogues.Generator.Linking;

/// <summary>
/// Decides which articles report the same meeting. Articles are blocked by counterpart set and month
/// first (a meeting's articles fall in the same or an adjacent month), so the work grows with the
/// articles per partner and month, not with the square of the corpus. Within a block an article joins
/// the first meeting all of whose articles it agrees with (<see cref="CompatibleWithAll"/>), else opens one.
/// </summary>
internal static class MeetingGrouper
{
    /// <summary>How two articles' dates relate.</summary>
    internal enum DateRelation
    {
        /// <summary>Not the same meeting's dates (other days, or not comparable).</summary>
        Apart,

        /// <summary>The same full date.</summary>
        SameDay,

        /// <summary>Full dates one day apart: one source misdated it (27 vs 28 février), or two meetings.</summary>
        DayApart,

        /// <summary>Same year and month, one of them without a day.</summary>
        Partial,
    }

    /// <summary>The groups of dialogue indexes, each ascending, ordered by their first index.</summary>
    /// <param name="dialogues">The corpus's records.</param>
    /// <param name="people">For each dialogue, the person index of each participant (from <see cref="PeopleLinker"/>).</param>
    /// <param name="timeline">Dialogue indexes in date order: meetings form in the order they were held.</param>
    public static List<int[]> Group(EquatableArray<DialogueModel> dialogues, EquatableArray<EquatableArray<int>> people, EquatableArray<int> timeline)
        => Group(dialogues, people, timeline, out _);

    /// <summary>As <see cref="Group(EquatableArray{DialogueModel}, EquatableArray{EquatableArray{int}}, EquatableArray{int})"/>; <paramref name="comparisons"/> counts the pairs compared (tests check it grows linearly).</summary>
    internal static List<int[]> Group(EquatableArray<DialogueModel> dialogues, EquatableArray<EquatableArray<int>> people, EquatableArray<int> timeline, out long comparisons)
    {
        comparisons = 0;
        var meetings = new List<List<int>>();
        var blocks = new Dictionary<(string Partners, int Month), List<int>>();
        foreach (var d in timeline)
        {
            var dialogue = dialogues[d];
            var month = MonthNumber(dialogue.HeldOn);
            var partners = PartnerKey(dialogue);
            if (month is not int m || partners.Length == 0)
            {
                // Without a year and month (or a counterpart) nothing says which meeting it was: its own.
                meetings.Add(new List<int> { d });
                continue;
            }

            var joined = -1;
            for (var near = m - 1; near <= m + 1 && joined < 0; near++)
            {
                if (!blocks.TryGetValue((partners, near), out var candidates))
                {
                    continue;
                }

                foreach (var meeting in candidates)
                {
                    comparisons += meetings[meeting].Count;
                    if (CompatibleWithAll(dialogues, people, meetings[meeting], d))
                    {
                        joined = meeting;
                        break;
                    }
                }
            }

            if (joined < 0)
            {
                joined = meetings.Count;
                meetings.Add(new List<int>());
            }

            meetings[joined].Add(d);
            if (!blocks.TryGetValue((partners, m), out var block))
            {
                blocks[(partners, m)] = block = new List<int>();
            }

            if (!block.Contains(joined))
            {
                block.Add(joined); // a block holds the few meetings of one partner set in one month
            }
        }

        var groups = new List<int[]>(meetings.Count);
        foreach (var meeting in meetings)
        {
            var members = meeting.ToArray();
            Array.Sort(members);
            groups.Add(members);
        }

        groups.Sort(static (a, b) => a[0].CompareTo(b[0]));
        return groups;
    }

    /// <summary>How the dates of two articles relate when everything else agrees (counterparts, kind, edition); else <see cref="DateRelation.Apart"/>.</summary>
    private static DateRelation Agreement(DialogueModel a, DialogueModel b)
    {
        if (PartnerKey(a) != PartnerKey(b) || PartnerKey(a).Length == 0)
        {
            return DateRelation.Apart;
        }

        if (a.Kind != b.Kind && a.Kind != DialogueKind.Other && b.Kind != DialogueKind.Other)
        {
            return DateRelation.Apart;
        }

        if (a.Edition is int ea && b.Edition is int eb && ea != eb)
        {
            return DateRelation.Apart;
        }

        return Relate(a.HeldOn, b.HeldOn);
    }

    /// <summary>How two dates relate; a date without year or month relates to nothing.</summary>
    internal static DateRelation Relate(DateModel? a, DateModel? b)
    {
        if (a?.Year is not int ya || a.Month is not int ma || b?.Year is not int yb || b.Month is not int mb)
        {
            return DateRelation.Apart;
        }

        if (a.Day is int da && b.Day is int db)
        {
            var days = Math.Abs((Day(ya, ma, da) - Day(yb, mb, db)).Days);
            return days == 0 ? DateRelation.SameDay : days == 1 ? DateRelation.DayApart : DateRelation.Apart;
        }

        return ya == yb && ma == mb ? DateRelation.Partial : DateRelation.Apart;
    }

    /// <summary>The sorted partner codes, joined: two articles with other counterparts report other meetings.</summary>
    internal static string PartnerKey(DialogueModel d)
    {
        if (d.Partners.Count == 1)
        {
            return d.Partners[0].Code;
        }

        var codes = new string[d.Partners.Count];
        for (var i = 0; i < codes.Length; i++)
        {
            codes[i] = d.Partners[i].Code;
        }

        Array.Sort(codes, StringComparer.Ordinal);
        return string.Join("+", codes);
    }

    /// <summary>
    /// Whether article <paramref name="d"/> can join <paramref name="meeting"/>: counterparts, kind, edition
    /// and date agree with every member (so two articles two days apart never meet through a third), and,
    /// it shares a person with the meeting's articles: the same partner meets other people on other days. Only
    /// on the same day may an article that names nobody (or a meeting whose articles name nobody) join without one.
    /// </summary>
    private static bool CompatibleWithAll(EquatableArray<DialogueModel> dialogues, EquatableArray<EquatableArray<int>> people, List<int> meeting, int d)
    {
        var needsPerson = false;
        foreach (var member in meeting)
        {
            switch (Agreement(dialogues[member], dialogues[d]))
            {
                case DateRelation.Apart:
                    return false;
                case DateRelation.SameDay:
                    needsPerson |= !people[member].IsEmpty && !people[d].IsEmpty;
                    break;
                default:
                    needsPerson = true;
                    break;
            }
        }

        if (!needsPerson)
        {
            return true;
        }

        foreach (var member in meeting)
        {
            if (SharePerson(people[member], people[d]))
            {
                return true;
            }
        }

        return false;
    }

    private static bool SharePerson(EquatableArray<int> a, EquatableArray<int> b)
    {
        foreach (var p in a)
        {
            foreach (var q in b)
            {
                if (p >= 0 && p == q)
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static int? MonthNumber(DateModel? date)
        => date?.Year is int y && date.Month is int m && m >= 1 && m <= 12 ? (y * 12) + m - 1 : null;

    private static DateTime Day(int year, int month, int day)
    {
        // Extraction only keeps dates that exist; clamp anyway so that a hand-made model cannot throw here.
        year = Math.Max(1, Math.Min(9999, year));
        month = Math.Max(1, Math.Min(12, month));
        day = Math.Max(1, Math.Min(DateTime.DaysInMonth(year, month), day));
        return new DateTime(year, month, day, 0, 0, 0, DateTimeKind.Unspecified);
    }
}

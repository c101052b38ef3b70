using System;
using System.Collections.Generic;
using DefenseDialogues.Generator.Diagnostics;
using DefenseDialogues.Generator.Model;

namespace DefenseDialogues.Generator.Linking;

/// <summary>
/// Merges what a meeting's articles state: each distinct date and place with the articles that state it,
/// most stated first. A partial date (no day, or no year) counts for the fuller date it agrees with; two
/// dates or places left that disagree are a dispute, kept both, and reported at each article's span.
/// </summary>
internal static class MeetingFacts
{
    /// <summary>The dates stated by <paramref name="articles"/>: most stated, then most precise, then first stated first.</summary>
    public static EquatableArray<FactModel<DateModel>> Dates(EquatableArray<DialogueModel> dialogues, int[] articles)
    {
        var facts = new List<(DateModel Value, List<int> Articles)>();
        // Fuller dates first, so that a partial date finds the full one it agrees with.
        var byPrecision = (int[])articles.Clone();
        Array.Sort(byPrecision, (a, b) =>
        {
            var c = Precision(dialogues[b].HeldOn).CompareTo(Precision(dialogues[a].HeldOn));
            return c != 0 ? c : a.CompareTo(b);
        });
        foreach (var d in byPrecision)
        {
            if (dialogues[d].HeldOn is not { } date || Precision(date) == 0)
            {
                continue;
            }

            var fact = facts.FindIndex(f => Agrees(f.Value, date));
            if (fact < 0)
            {
                facts.Add((date, new List<int> { d }));
            }
            else
            {
                facts[fact].Articles.Add(d);
            }
        }

        facts.Sort((a, b) =>
        {
            var c = b.Articles.Count.CompareTo(a.Articles.Count);
            c = c != 0 ? c : Precision(b.Value).CompareTo(Precision(a.Value));
            return c != 0 ? c : Min(a.Articles).CompareTo(Min(b.Articles));
        });
        return Facts(facts);
    }

    /// <summary>The places stated by <paramref name="articles"/>, most stated first, then first stated (id order).</summary>
    public static EquatableArray<FactModel<string>> Places(EquatableArray<DialogueModel> dialogues, int[] articles)
    {
        var facts = new List<(string Value, List<int> Articles)>();
        foreach (var d in articles)
        {
            if (dialogues[d].Location is not { } place)
            {
                continue;
            }

            var fact = facts.FindIndex(f => string.Equals(f.Value, place, StringComparison.Ordinal));
            if (fact < 0)
            {
                facts.Add((place, new List<int> { d }));
            }
            else
            {
                facts[fact].Articles.Add(d);
            }
        }

        facts.Sort((a, b) =>
        {
            var c = b.Articles.Count.CompareTo(a.Articles.Count);
            return c != 0 ? c : Min(a.Articles).CompareTo(Min(b.Articles));
        });
        return Facts(facts);
    }

    /// <summary>
    /// DD0401 (date) and DD0402 (place) for a disputed meeting: one per article stating a value, at its span,
    /// naming the other value and the article (file and line) that states it.
    /// </summary>
    public static void ReportDisputes(EquatableArray<DialogueModel> dialogues, MeetingModel meeting, List<DiagnosticInfo> diagnostics)
    {
        Report(dialogues, meeting.Dates, EvidenceField.HeldOn, DiagnosticIds.DisputedDate, static date => date.ToText(), diagnostics);
        Report(dialogues, meeting.Places, EvidenceField.Location, DiagnosticIds.DisputedPlace, static place => place, diagnostics);
    }

    /// <summary>Where <paramref name="d"/> states <paramref name="field"/>: its evidence span, else its first located value, else the file.</summary>
    internal static TextLocation LocationOf(DialogueModel d, EvidenceField field)
    {
        TextLocation? any = null;
        foreach (var e in d.Evidence)
        {
            if (e.Span is { } span)
            {
                if (e.Field == field)
                {
                    return span.Location;
                }

                any ??= span.Location;
            }
        }

        return any ?? TextLocation.FileStart(d.SourceFile);
    }

    /// <summary>The file name and 1-based line of a location, as a message names it.</summary>
    internal static string Describe(TextLocation location)
        => System.IO.Path.GetFileName(location.FilePath) + ":" + (location.StartLine + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static void Report<T>(EquatableArray<DialogueModel> dialogues, EquatableArray<FactModel<T>> facts, EvidenceField field, string id, Func<T, string> text, List<DiagnosticInfo> diagnostics)
    {
        if (facts.Count < 2)
        {
            return;
        }

        for (var f = 0; f < facts.Count; f++)
        {
            // The other value named: the merged one, or (for the merged one's articles) the runner-up.
            var other = facts[f == 0 ? 1 : 0];
            var otherPlace = LocationOf(dialogues[other.Articles[0]], field);
            foreach (var d in facts[f].Articles)
            {
                diagnostics.Add(DiagnosticInfo.Create(
                    id,
                    LocationOf(dialogues[d], field),
                    dialogues[d].Id,
                    text(facts[f].Value),
                    text(other.Value),
                    dialogues[other.Articles[0]].Id,
                    Describe(otherPlace)));
            }
        }
    }

    /// <summary>How much of a date is known: day 3, month 2, year 1; a date without a year counts one less.</summary>
    private static int Precision(DateModel? date)
        => date is null ? 0 : (date.Year is null ? 0 : 1) + (date.Month is null ? 0 : 1) + (date.Day is null ? 0 : 1);

    /// <summary>Whether a date agrees with a fact's value: every part both give is equal.</summary>
    private static bool Agrees(DateModel fact, DateModel date)
        => Same(fact.Year, date.Year) && Same(fact.Month, date.Month) && Same(fact.Day, date.Day);

    private static bool Same(int? a, int? b) => a is null || b is null || a == b;

    private static int Min(List<int> values)
    {
        var min = int.MaxValue;
        foreach (var v in values)
        {
            min = Math.Min(min, v);
        }

        return min;
    }

    private static EquatableArray<FactModel<T>> Facts<T>(List<(T Value, List<int> Articles)> facts)
    {
        var result = new FactModel<T>[facts.Count];
        for (var i = 0; i < result.Length; i++)
        {
            facts[i].Articles.Sort();
            result[i] = new FactModel<T>(facts[i].Value, EquatableArray.From(facts[i].Articles));
        }

        return new EquatableArray<FactModel<T>>(result);
    }
}

using System;
using System.Collections.Generic;
using DefenseDialogues.Generator.Model;

namespace DefenseDialogues.Generator.Linking;

/// <summary>
/// Builds the corpus-wide lookups at compile time: the timeline, the partners present, the
/// dialogues by partner and year, each topic set as a bit mask (the run time derives a topic's list
/// from the masks), and the people.
/// </summary>
internal static class CorpusIndexer
{
    public static CorpusIndexModel Build(CorpusModel corpus)
    {
        var dialogues = corpus.Dialogues;
        var timeline = Timeline(dialogues);
        var rank = new int[dialogues.Count];
        for (var i = 0; i < timeline.Length; i++)
        {
            rank[timeline[i]] = i;
        }

        var partners = new SortedDictionary<string, PartnerModel>(StringComparer.Ordinal);
        var byPartner = new SortedDictionary<string, List<int>>(StringComparer.Ordinal);
        var byYear = new SortedDictionary<int, List<int>>();
        var masks = new int[dialogues.Count];
        foreach (var d in timeline)
        {
            var dialogue = dialogues[d];
            foreach (var partner in dialogue.Partners)
            {
                partners[partner.Code] = partner;
                Add(byPartner, partner.Code, d);
            }

            // `InYear` means what `HeldOn` says: an undated dialogue was held in no known year.
            if (dialogue.HeldOn?.Year is { } year)
            {
                Add(byYear, year, d);
            }

            foreach (var topic in dialogue.Topics)
            {
                masks[d] |= 1 << (int)topic;
            }
        }

        var (people, links) = PeopleLinker.Link(dialogues, rank);
        return new CorpusIndexModel(
            people,
            links,
            EquatableArray.From(partners.Values),
            Keyed(byPartner),
            Keyed(byYear),
            new EquatableArray<int>(masks),
            new EquatableArray<int>(timeline));
    }

    /// <summary>The year a dialogue is filed under: its meeting's, else its publication's.</summary>
    internal static int? YearOf(DialogueModel d) => d.HeldOn?.Year ?? d.Published?.Year;

    /// <summary>
    /// Dialogue indexes by date, unknown parts first within what is known (as <c>PartialDate</c> compares);
    /// a missing date borrows the publication month; no year at all sorts last; ties by id.
    /// </summary>
    private static int[] Timeline(EquatableArray<DialogueModel> dialogues)
    {
        var order = new int[dialogues.Count];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        Array.Sort(order, (a, b) =>
        {
            var byDate = SortKey(dialogues[a]).CompareTo(SortKey(dialogues[b]));
            return byDate != 0 ? byDate : a.CompareTo(b); // indexes are in id order
        });
        return order;
    }

    private static long SortKey(DialogueModel d)
    {
        var year = YearOf(d) ?? 9999;
        var month = d.HeldOn is { } held ? held.Month ?? 0 : d.Published?.Month ?? 0;
        var day = d.HeldOn?.Day ?? 0;
        return (year * 10000L) + (month * 100L) + day;
    }

    private static void Add<TKey>(SortedDictionary<TKey, List<int>> index, TKey key, int dialogue)
    {
        if (!index.TryGetValue(key, out var list))
        {
            index[key] = list = new List<int>();
        }

        list.Add(dialogue);
    }

    private static EquatableArray<KeyedIndex<TKey>> Keyed<TKey>(SortedDictionary<TKey, List<int>> index)
    {
        var result = new List<KeyedIndex<TKey>>(index.Count);
        foreach (var pair in index)
        {
            result.Add(new KeyedIndex<TKey>(pair.Key, EquatableArray.From(pair.Value)));
        }

        return EquatableArray.From(result);
    }
}

using System;
using System.Collections.Generic;
using DefenseDialogues.Generator.Model;

namespace DefenseDialogues.Generator.Linking;

/// <summary>
/// Resolves participants across articles to people. Two mentions are one person when their folded
/// name tokens are the same set (diacritics, case, apostrophes and name order ignored:
/// <c>Hoang Xuân Chiên</c> = <c>Hoàng Xuân Chiên</c> = <c>Chien Hoang Xuan</c>) and their sides agree;
/// a shorter name (two tokens or more) joins a longer one that contains it only when exactly one
/// such person exists, so people who share a family name are never merged.
/// </summary>
internal static class PeopleLinker
{
    public static (EquatableArray<PersonModel> People, EquatableArray<EquatableArray<int>> Links) Link(
        EquatableArray<DialogueModel> dialogues, IReadOnlyList<int> timelineRank)
    {
        var groups = new List<Group>();
        var byKey = new Dictionary<string, List<Group>>(StringComparer.Ordinal);
        var mentionGroup = new Group[dialogues.Count][];
        for (var d = 0; d < dialogues.Count; d++)
        {
            var participants = dialogues[d].Participants;
            mentionGroup[d] = new Group[participants.Count];
            for (var p = 0; p < participants.Count; p++)
            {
                var participant = participants[p];
                var tokens = participant.NameTokens;
                var key = string.Join(" ", tokens);
                if (!byKey.TryGetValue(key, out var sameKey))
                {
                    byKey[key] = sameKey = new List<Group>();
                }

                var group = sameKey.Find(g => SidesAgree(g.Side, participant.Side));
                if (group is null)
                {
                    group = new Group(key, tokens.AsSpan().ToArray());
                    sameKey.Add(group);
                    groups.Add(group);
                }

                group.Add(d, participant, tokens.Count);
                mentionGroup[d][p] = group;
            }
        }

        MergeShortNames(groups);

        var people = new List<Group>();
        foreach (var g in groups)
        {
            if (g.Resolve() == g)
            {
                people.Add(g);
            }
        }

        people.Sort(static (a, b) =>
        {
            var byKey = string.CompareOrdinal(a.Key, b.Key);
            return byKey != 0 ? byKey : string.CompareOrdinal(a.Side, b.Side);
        });
        var index = new Dictionary<Group, int>();
        var models = new PersonModel[people.Count];
        for (var i = 0; i < people.Count; i++)
        {
            index[people[i]] = i;
            models[i] = people[i].ToModel(timelineRank);
        }

        var links = new EquatableArray<int>[dialogues.Count];
        for (var d = 0; d < dialogues.Count; d++)
        {
            var row = new int[mentionGroup[d].Length];
            for (var p = 0; p < row.Length; p++)
            {
                row[p] = index[mentionGroup[d][p].Resolve()];
            }

            links[d] = new EquatableArray<int>(row);
        }

        return (new EquatableArray<PersonModel>(models), new EquatableArray<EquatableArray<int>>(links));
    }

    private static bool SidesAgree(string? a, string? b) => a is null || b is null || a == b;

    private static void MergeShortNames(List<Group> groups)
    {
        // A longer name holds every token of the shorter, so it is under the shorter's rarest token:
        // scanning that list, not every group, keeps a corpus of thousands of people linear.
        // Lists keep the groups' order, and the outcome does not depend on order anyway.
        var byToken = new Dictionary<string, List<Group>>(StringComparer.Ordinal);
        foreach (var group in groups)
        {
            foreach (var token in group.Tokens)
            {
                if (!byToken.TryGetValue(token, out var list))
                {
                    byToken[token] = list = new List<Group>();
                }

                list.Add(group);
            }
        }

        foreach (var shorter in groups)
        {
            if (shorter.Tokens.Length < 2)
            {
                continue;
            }

            var candidates = byToken[shorter.Tokens[0]];
            foreach (var token in shorter.Tokens)
            {
                var list = byToken[token];
                candidates = list.Count < candidates.Count ? list : candidates;
            }

            Group? only = null;
            var ambiguous = false;
            foreach (var longer in candidates)
            {
                if (longer == shorter || longer.Tokens.Length <= shorter.Tokens.Length || !SidesAgree(longer.Side, shorter.Side) || !IsSubset(shorter.Tokens, longer.Tokens))
                {
                    continue;
                }

                ambiguous |= only is not null && only.Resolve() != longer.Resolve();
                only = longer;
            }

            if (only is not null && !ambiguous)
            {
                shorter.Resolve().MergeInto(only.Resolve());
            }
        }
    }

    private static bool IsSubset(string[] small, string[] large)
    {
        foreach (var token in small)
        {
            if (Array.BinarySearch(large, token, StringComparer.Ordinal) < 0)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The mentions of one candidate person, merged into a root when a longer name claims them.</summary>
    private sealed class Group
    {
        // Each mention with its count of distinct name parts (computed once, in Link).
        private readonly List<(int Dialogue, ParticipantModel Mention, int Parts)> _mentions = new();

        public Group(string key, string[] tokens)
        {
            Key = key;
            Tokens = tokens;
            Root = this;
        }

        public string Key { get; }

        public string[] Tokens { get; }

        private Group Root { get; set; }

        /// <summary>The group this one was merged into, following merges to the end.</summary>
        public Group Resolve()
        {
            var g = this;
            while (g.Root != g)
            {
                g = g.Root;
            }

            return g;
        }

        public string? Side { get; private set; }

        public void Add(int dialogue, ParticipantModel mention, int parts)
        {
            _mentions.Add((dialogue, mention, parts));
            Side ??= mention.Side;
        }

        public void MergeInto(Group root)
        {
            if (root == this)
            {
                return;
            }

            Root = root;
            root._mentions.AddRange(_mentions);
            root.Side ??= Side;
        }

        public PersonModel ToModel(IReadOnlyList<int> timelineRank)
        {
            var (_, first, nameParts) = _mentions[0];
            var name = first.Name;
            var ranks = new List<string>();
            var titles = new List<string>();
            var spellings = new List<string>();
            var dialogues = new List<int>();
            var seen = new HashSet<int>(); // a person in thousands of dialogues: no quadratic List.Contains
            var sides = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var (dialogue, mention, parts) in _mentions)
            {
                if (IsMoreComplete(mention.Name, parts, name, nameParts))
                {
                    name = mention.Name;
                    nameParts = parts;
                }

                AddDistinct(spellings, mention.Name);
                if (mention.Rank is { } rank)
                {
                    AddDistinct(ranks, rank);
                }

                foreach (var title in mention.Titles)
                {
                    AddDistinct(titles, title);
                }

                if (seen.Add(dialogue))
                {
                    dialogues.Add(dialogue);
                }

                if (mention.Side is { } side)
                {
                    sides[side] = sides.TryGetValue(side, out var n) ? n + 1 : 1;
                }
            }

            dialogues.Sort((a, b) => timelineRank[a].CompareTo(timelineRank[b]));
            return new PersonModel(Key, name, MostCommon(sides) ?? Side, EquatableArray.From(ranks), EquatableArray.From(titles), EquatableArray.From(spellings), EquatableArray.From(dialogues));
        }

        /// <summary>More name parts wins, then more diacritics (the fuller spelling), else the first seen stays.</summary>
        private static bool IsMoreComplete(string candidate, int candidateParts, string current, int currentParts)
        {
            var byParts = candidateParts.CompareTo(currentParts);
            return byParts != 0 ? byParts > 0 : NonAscii(candidate) > NonAscii(current);
        }

        private static int NonAscii(string s)
        {
            var n = 0;
            foreach (var c in s)
            {
                n += c > '~' ? 1 : 0;
            }

            return n;
        }

        private static string? MostCommon(Dictionary<string, int> counts)
        {
            string? best = null;
            var bestCount = 0;
            foreach (var pair in counts)
            {
                if (pair.Value > bestCount || (pair.Value == bestCount && string.CompareOrdinal(pair.Key, best) < 0))
                {
                    best = pair.Key;
                    bestCount = pair.Value;
                }
            }

            return best;
        }

        private static void AddDistinct(List<string> list, string value)
        {
            if (!list.Contains(value))
            {
                list.Add(value);
            }
        }
    }
}

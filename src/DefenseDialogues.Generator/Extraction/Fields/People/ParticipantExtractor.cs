using System.Collections.Generic;
using DefenseDialogues.Generator.Gazetteers;
using DefenseDialogues.Generator.Model;
using DefenseDialogues.Generator.Extraction.Text;
using DefenseDialogues.Generator.Extraction.Reading;

namespace DefenseDialogues.Generator.Extraction.Fields.People;

/// <summary>
/// Finds the people named in the story with side, rank and titles: one entry per person, with the most
/// complete spelling among its mentions (<c>Hoang Xuan Chien</c> = <c>Hoàng Xuân Chiên</c> =
/// <c>général Hoang Xuân Chiên</c> = <c>Chiên</c>), never merging two people who only share a family name.
/// </summary>
internal static class ParticipantExtractor
{
    /// <summary>The participants (sides decided against <paramref name="partners"/>), each with where its name, rank and titles were read.</summary>
    public static Field<IReadOnlyList<ParticipantModel>> Read(ArticleContext context, IReadOnlyList<PartnerModel> partners)
    {
        var scan = context.People;
        var gazetteer = context.Gazetteer;
        var people = Group(scan.Mentions);
        var owner = new Dictionary<PersonMention, Person>();
        foreach (var person in people)
        {
            foreach (var m in person.Mentions)
            {
                owner[m] = person;
            }
        }

        var primary = partners.Count > 0 ? partners[0].Code : null;
        var result = new List<ParticipantModel>();
        var evidence = new List<FieldEvidence>();
        foreach (var person in people)
        {
            var side = SideOf(person, scan, owner, gazetteer, primary, depth: 0, out var sideNote);
            var titles = TitlesOf(person, scan, owner);
            var best = person.Best();
            var rank = person.Rank(out var rankSpan);
            var k = result.Count;
            result.Add(new ParticipantModel(best.Name, side, rank, EquatableArray.From(titles.ConvertAll(t => t.Text)), new EquatableArray<string>(NameIdentity.Tokens(best.Name))));
            evidence.Add(new FieldEvidence(EvidenceField.Participant, k, 0, best.Name, new Finding(best.NameSpan, sideNote)));
            if (rank is not null)
            {
                evidence.Add(new FieldEvidence(EvidenceField.ParticipantRank, k, 0, rank, Located(rankSpan)));
            }

            for (var t = 0; t < titles.Count; t++)
            {
                evidence.Add(new FieldEvidence(EvidenceField.ParticipantTitle, k, t, titles[t].Text, Located(titles[t].Span)));
            }
        }

        return new Field<IReadOnlyList<ParticipantModel>>(result, evidence);
    }

    private static Finding Located(StorySpan? span) => span is null ? Finding.None("not located in the text") : new Finding(span);

    // Anchored mentions make people; a bare mention (`Kawano a remercié`) only joins the one person it can be.
    private static List<Person> Group(IReadOnlyList<PersonMention> mentions)
    {
        var people = new List<Person>();
        var index = new PeopleIndex();
        foreach (var anchoredPass in new[] { true, false })
        {
            foreach (var m in mentions)
            {
                if (m.IsAnchored != anchoredPass)
                {
                    continue;
                }

                var match = UniqueMatch(index, m.Keys, m.StatedSide, except: null);
                if (match is not null)
                {
                    match.Add(m);
                    index.Update(match);
                }
                else if (anchoredPass && !HasAnyMatch(index, m.Keys, m.StatedSide))
                {
                    var person = new Person(m);
                    people.Add(person);
                    index.Update(person);
                }
            }
        }

        // A short anchored form met before the full one (`l'amiral Kawano` … `Katsutoshi Kawano`).
        for (var k = people.Count - 1; k >= 0; k--)
        {
            var p = people[k];
            var into = UniqueMatch(index, p.Keys, p.StatedSide, except: p);
            if (into is not null)
            {
                foreach (var m in p.Mentions)
                {
                    into.Add(m);
                }

                index.Update(into);
                index.Remove(p);
                people.RemoveAt(k);
            }
        }

        people.Sort((a, b) => a.First.CompareTo(b.First));
        return people;
    }

    private static Person? UniqueMatch(PeopleIndex index, IReadOnlyList<string> keys, string? side, Person? except)
    {
        Person? found = null;
        foreach (var p in index.Candidates(keys))
        {
            if (p == except || p == found || !p.SameAs(keys, side))
            {
                continue;
            }

            if (found is not null)
            {
                return null;
            }

            found = p;
        }

        return found;
    }

    private static bool HasAnyMatch(PeopleIndex index, IReadOnlyList<string> keys, string? side)
    {
        foreach (var p in index.Candidates(keys))
        {
            if (p.SameAs(keys, side))
            {
                return true;
            }
        }

        return false;
    }

    // Stated side (`vice-ministre japonais`, `de l'UE`), else the homologue's opposite, else a Vietnamese
    // family name, else the primary partner (the person holds a title of the partner's institutions).
    private static string? SideOf(Person person, PeopleScan scan, Dictionary<PersonMention, Person> owner, Gazetteer gazetteer, string? primary, int depth, out string note)
    {
        if (person.StatedSide is { } stated)
        {
            note = "side " + stated + " as stated";
            return stated;
        }

        var counterpart = person.Counterpart(scan, owner);
        if (counterpart is not null && depth < 2)
        {
            var other = SideOf(counterpart, scan, owner, gazetteer, primary, depth + 1, out _);
            var side = other == Gazetteer.VietnamCode || other is null ? primary : Gazetteer.VietnamCode;
            note = "side " + (side ?? "unknown") + ": the counterpart of " + counterpart.Best().Name;
            return side;
        }

        if (gazetteer.IsVietnameseFamilyName(person.Keys[0]))
        {
            note = "side VN: a Vietnamese family name";
            return Gazetteer.VietnamCode;
        }

        note = "side " + (primary ?? "unknown") + ": no side stated, the partner met";
        return primary;
    }

    // Titles in order of mention, one per function (the longest wording); a person called
    // `son homologue` also holds the counterpart's functions, not the organization-specific ones.
    private static List<PersonTitle> TitlesOf(Person person, PeopleScan scan, Dictionary<PersonMention, Person> owner)
    {
        var titles = new List<PersonTitle>();
        foreach (var m in person.Mentions)
        {
            titles.AddRange(m.Titles);
        }

        if (person.Counterpart(scan, owner) is { } counterpart)
        {
            foreach (var m in counterpart.Mentions)
            {
                foreach (var t in m.Titles)
                {
                    if (!t.NamesOrganization)
                    {
                        titles.Add(t);
                    }
                }
            }
        }

        var byHead = new List<PersonTitle>();
        foreach (var t in titles)
        {
            var index = byHead.FindIndex(x => x.Head == t.Head);
            if (index < 0)
            {
                byHead.Add(t);
            }
            else if (t.Text.Length > byHead[index].Text.Length)
            {
                byHead[index] = t;
            }
        }

        return byHead;
    }

    /// <summary>
    /// Finds the people a key set can match without scanning them all (an article naming thousands of
    /// people would be quadratic). <see cref="Person.SameAs"/> holds only when one key set contains the
    /// other: so a match either holds every key (found under the rarest key) or has a key set that is
    /// a subset of the keys (found by its canonical form). Candidates may repeat or be stale; callers check.
    /// </summary>
    private sealed class PeopleIndex
    {
        // Beyond this many distinct keys, enumerating subsets costs more than a scan.
        private const int MaxSubsetKeys = 10;

        private readonly List<Person> _all = new();
        private readonly Dictionary<string, List<Person>> _byKey = new(System.StringComparer.Ordinal);
        private readonly Dictionary<string, List<Person>> _byKeySet = new(System.StringComparer.Ordinal);

        /// <summary>Indexes a new person, or a person whose keys grew.</summary>
        public void Update(Person person)
        {
            // What was indexed is kept on the person, not in a dictionary keyed by it: hashing each new
            // object was a tenth of the extraction's time.
            var old = person.IndexedKeys;
            var had = old is not null;
            if (had && ReferenceEquals(old, person.Keys))
            {
                return;
            }

            if (!had)
            {
                _all.Add(person);
            }

            person.IndexedKeys = person.Keys;
            var indexed = had ? new HashSet<string>(old!, System.StringComparer.Ordinal) : null;
            foreach (var key in Distinct(person.Keys))
            {
                if (indexed is null || !indexed.Contains(key))
                {
                    Posting(_byKey, key).Add(person);
                }
            }

            Posting(_byKeySet, Canonical(Distinct(person.Keys))).Add(person);
        }

        public void Remove(Person person) => person.Removed = true;

        /// <summary>Every person that may match <paramref name="keys"/> (a superset of the matches).</summary>
        public IEnumerable<Person> Candidates(IReadOnlyList<string> keys)
        {
            var distinct = Distinct(keys);
            if (distinct.Count == 0)
            {
                yield break; // an empty key set matches no one
            }

            if (distinct.Count > MaxSubsetKeys)
            {
                foreach (var p in _all)
                {
                    if (!p.Removed)
                    {
                        yield return p;
                    }
                }

                yield break;
            }

            // People holding every key: all are under the rarest key.
            List<Person>? rarest = null;
            foreach (var key in distinct)
            {
                if (!_byKey.TryGetValue(key, out var posting))
                {
                    rarest = null;
                    break;
                }

                if (rarest is null || posting.Count < rarest.Count)
                {
                    rarest = posting;
                }
            }

            foreach (var p in rarest ?? new List<Person>())
            {
                if (!p.Removed)
                {
                    yield return p;
                }
            }

            // People whose keys are among these: their key set is one of the subsets.
            var subset = new List<string>(distinct.Count);
            for (var mask = 1; mask < 1 << distinct.Count; mask++)
            {
                subset.Clear();
                for (var bit = 0; bit < distinct.Count; bit++)
                {
                    if ((mask & (1 << bit)) != 0)
                    {
                        subset.Add(distinct[bit]);
                    }
                }

                if (_byKeySet.TryGetValue(Canonical(subset), out var posting))
                {
                    foreach (var p in posting)
                    {
                        if (!p.Removed)
                        {
                            yield return p;
                        }
                    }
                }
            }
        }

        private static List<Person> Posting(Dictionary<string, List<Person>> map, string key)
        {
            if (!map.TryGetValue(key, out var posting))
            {
                posting = new List<Person>();
                map.Add(key, posting);
            }

            return posting;
        }

        /// <summary>The keys once each, in ordinal order.</summary>
        private static List<string> Distinct(IReadOnlyList<string> keys)
        {
            // A sort and one pass: a name has a handful of keys, and this runs for every mention.
            var list = new List<string>(keys.Count);
            for (var i = 0; i < keys.Count; i++)
            {
                list.Add(keys[i]);
            }

            list.Sort(System.StringComparer.Ordinal);
            var n = 0;
            for (var i = 0; i < list.Count; i++)
            {
                if (n == 0 || !string.Equals(list[n - 1], list[i], System.StringComparison.Ordinal))
                {
                    list[n++] = list[i];
                }
            }

            list.RemoveRange(n, list.Count - n);
            return list;
        }

        private static string Canonical(List<string> sortedDistinct) => string.Join("\u0001", sortedDistinct);
    }

    private sealed class Person
    {
        public Person(PersonMention first)
        {
            Mentions.Add(first);
            Keys = first.Keys;
        }

        public List<PersonMention> Mentions { get; } = new();

        /// <summary>The key set <see cref="PeopleIndex"/> last indexed this person under (null: not indexed).</summary>
        public IReadOnlyList<string>? IndexedKeys { get; set; }

        /// <summary>Merged into another person: the index no longer offers it.</summary>
        public bool Removed { get; set; }

        /// <summary>The longest key set among the mentions.</summary>
        public IReadOnlyList<string> Keys { get; private set; }

        public TextPosition First
        {
            get
            {
                var first = Mentions[0].Position;
                foreach (var m in Mentions)
                {
                    if (m.Position.CompareTo(first) < 0)
                    {
                        first = m.Position;
                    }
                }

                return first;
            }
        }

        public string? StatedSide
        {
            get
            {
                foreach (var m in Mentions)
                {
                    if (m.StatedSide is { } side)
                    {
                        return side;
                    }
                }

                return null;
            }
        }

        public void Add(PersonMention m)
        {
            Mentions.Add(m);
            if (m.Keys.Count > Keys.Count)
            {
                Keys = m.Keys;
            }
        }

        /// <summary>One name's words contain the other's, and no stated sides disagree.</summary>
        public bool SameAs(IReadOnlyList<string> keys, string? side)
        {
            if (side is not null && StatedSide is { } mine && mine != side)
            {
                return false;
            }

            return Subset(keys, Keys) || Subset(Keys, keys);
        }

        public Person? Counterpart(PeopleScan scan, Dictionary<PersonMention, Person> owner)
        {
            foreach (var m in Mentions)
            {
                if (m.IsHomologue && m.Counterpart >= 0 && owner.TryGetValue(scan.Mentions[m.Counterpart], out var other) && other != this)
                {
                    return other;
                }
            }

            return null;
        }

        /// <summary>The mention with the best name: most words, then most diacritics (the fuller spelling), then first written.</summary>
        public PersonMention Best()
        {
            var best = Mentions[0];
            foreach (var m in Mentions)
            {
                if (m.Keys.Count > best.Keys.Count || (m.Keys.Count == best.Keys.Count && NonAscii(m.Name) > NonAscii(best.Name)))
                {
                    best = m;
                }
            }

            return best;
        }

        /// <summary>The most specific rank written before the name (<c>général de corps d'armée</c> over <c>général</c>).</summary>
        public string? Rank(out StorySpan? span)
        {
            string? rank = null;
            span = null;
            foreach (var m in Mentions)
            {
                if (m.Rank is { } r && (rank is null || r.Length > rank.Length))
                {
                    rank = r;
                    span = m.RankSpan;
                }
            }

            return rank;
        }

        private static bool Subset(IReadOnlyList<string> small, IReadOnlyList<string> large)
        {
            foreach (var k in small)
            {
                if (!Contains(large, k))
                {
                    return false;
                }
            }

            return small.Count > 0;
        }

        private static bool Contains(IReadOnlyList<string> list, string key)
        {
            foreach (var x in list)
            {
                if (x == key)
                {
                    return true;
                }
            }

            return false;
        }

        private static int NonAscii(string s)
        {
            var n = 0;
            foreach (var c in s)
            {
                if (c > 127)
                {
                    n++;
                }
            }

            return n;
        }
    }
}

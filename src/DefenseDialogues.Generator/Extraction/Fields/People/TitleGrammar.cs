using System.Collections.Generic;
using DefenseDialogues.Generator.Gazetteers;
using DefenseDialogues.Generator.Extraction.Text;
using DefenseDialogues.Generator.Extraction.Reading;

namespace DefenseDialogues.Generator.Extraction.Fields.People;

/// <summary>
/// The title grammar of the people scan: a function's complement (<c>vice-ministre japonais de la Défense</c>,
/// <c>directeur du Département de la coopération internationale du ministère</c>) read up to the name, a verb or
/// the end of the phrase, its country adjective and complements kept apart as the person's side.
/// </summary>
internal static partial class PeopleMentions
{
    /// <summary>The reading of a title or body's complement.</summary>
    private sealed class Complement
    {
        public int End;
        public string? AdjectiveSide;
        public string? ComplementSide;
        public readonly List<(int Start, int End)> Dropped = new();
        public int LastCountryStart = -1;
        public int LastCountryEnd = -1;
        public bool LastCountryLocative;
        public bool HasOrganizationWords;

        public string? Side => AdjectiveSide ?? ComplementSide;
    }

    // The remit words of a ministry: `ministre de la Défense du Japon` says whose minister, nothing more.
    private static readonly HashSet<string> MinistryDomains = WordClasses.Default.Set("ministry-domain");

    private sealed partial class SegmentScanner
    {
        private int AfterTitle(int start, TitleEntry entry, int headLength)
        {
            var c = ReadComplement(start + headLength, lists: true);
            titles.Add(new TitlePhrase(segment.Unit, start, c.End));

            // `les rôles de président de l'ASEAN`, `en tant que membre du Conseil de sécurité`: a function
            // named without an article is a role someone takes, not a person met, and gives no side.
            if (start > 0 && _t[start - 1].Key is "de" or "d'" or "que" or "qu'")
            {
                _pending.Clear();
                return c.End;
            }

            var grammarEnd = c.End;
            c.End = AppositionComma(c.End);
            for (var k = grammarEnd; k < c.End; k++)
            {
                // `secrétaire d'État parlementaire allemand à la Défense, X`: the adjective the grammar did not reach.
                if (g.MatchCountryAdjective(_t, k, out var adjective, out var adjectiveLength))
                {
                    c.AdjectiveSide ??= adjective.Code;
                    c.Dropped.Add((k, k + adjectiveLength));
                    k += adjectiveLength - 1;
                }
            }
            var title = BuildTitle(start, start + headLength, entry, c);
            if (title.Side is not null)
            {
                sides.Add(new SideEvidence(title.Side, new TextPosition(segment.Order, start), c.End));
            }

            var e = c.End;

            // `le commandant de la frégate française Prairial, le capitaine …`: the ship's name closes the phrase.
            for (var k = e - 1; k > start && k >= e - 3; k--)
            {
                if (NameGrammar.IsVessel(_t[k]))
                {
                    e += NameGrammar.NameAt(_t, e, g);
                    break;
                }
            }

            _pending.Add((title, start, e));

            // `membre du Comité central … et vice-ministre de la Défense, …`: one person, two titles.
            if (e + 1 < _t.Count && _t[e].Is("et") && g.MatchTitle(_t, e + 1, out _, out _))
            {
                return e + 1;
            }

            // An apposition right after a name is that person's (`Graca Tomas Chonggo, chef d'état-major
            // …, le général X`): a title opening a new list item takes an article (`…, le conseiller …, Y`).
            if (AttachBackward(tight: true))
            {
                return e;
            }

            // Forward: the title introduces the name that follows (`le ministre russe Andreï …`,
            // `le vice-ministre japonais de la Défense, Serizawa Kiyoshi`).
            var n = NameGrammar.NameAt(_t, e, g);
            if (n > 0)
            {
                return AddPerson(e, n, rank: null, anchored: true);
            }

            if (e < _t.Count && _t[e].Is(","))
            {
                n = NameGrammar.NameAt(_t, e + 1, g);
                if (n > 0)
                {
                    return AddPerson(e + 1, n, rank: null, anchored: true);
                }

                // `…, le général de corps d'armée X`: the rank comes between the title and the name.
                var r = e + 1 < _t.Count && NameGrammar.IsArticle(_t[e + 1]) ? e + 2 : e + 1;
                if (g.MatchRank(_t, r, out _, out _))
                {
                    return r;
                }
            }

            // Backward: the title follows a name (`Mikhail Kostarakos, président …`), unless a verb follows
            // it: then it is the next clause's subject (`Avec X, le ministre vietnamien a discuté …`).
            if (e >= _t.Count || !NameGrammar.IsVerbLike(_t[e]))
            {
                AttachBackward(tight: false);
            }

            _pending.Clear();
            return e;
        }

        /// <summary>
        /// Reads the complement of a function or body from <paramref name="i"/>: country adjectives,
        /// <c>de/du/à + noun phrase</c> (capitalized institution words, lower-case nouns right after the
        /// preposition, modifiers), continuing over <c>, de …</c> and <c>et de …</c> when
        /// <paramref name="lists"/> (a title's remit; a body's complement is one phrase), up to a name,
        /// a verb, or punctuation.
        /// </summary>
        private Complement ReadComplement(int i, bool lists)
        {
            var c = new Complement();
            var afterPreposition = false;
            var prepositionStart = -1;
            var lastGood = i;
            var j = i;
            while (j < _t.Count && j - i < 40)
            {
                var t = _t[j];
                if (g.MatchCountryAdjective(_t, j, out var adjective, out var adjectiveLength) && !afterPreposition)
                {
                    c.AdjectiveSide ??= adjective.Code;
                    c.Dropped.Add((j, j + adjectiveLength));
                    j += adjectiveLength;
                    lastGood = j;
                    continue;
                }

                if (NameGrammar.IsPreposition(t))
                {
                    if (!afterPreposition)
                    {
                        prepositionStart = j;
                    }

                    afterPreposition = true;
                    j++;
                    continue;
                }

                if (NameGrammar.IsArticle(t) && afterPreposition)
                {
                    j++;
                    continue;
                }

                if (afterPreposition && g.MatchCountryName(_t, j, out var country, out var countryLength))
                {
                    var locative = _t[prepositionStart].Key is "au" or "aux" || _t[prepositionStart].Key == "a";
                    if (!locative)
                    {
                        c.ComplementSide ??= country.Code;
                    }

                    c.LastCountryStart = prepositionStart;
                    c.LastCountryEnd = j + countryLength;
                    c.LastCountryLocative = locative;
                    j += countryLength;
                    lastGood = j;
                    afterPreposition = false;
                    continue;
                }

                if (t.IsWord && g.MatchInstitution(_t, j, out var role, out var instLength)
                    && (afterPreposition || role != InstitutionRole.Body || t.IsCapitalized))
                {
                    c.HasOrganizationWords |= role != InstitutionRole.Modifier || t.IsCapitalized;
                    j += instLength;
                    lastGood = j;
                    afterPreposition = false;
                    continue;
                }

                // `… de la Défense pour les affaires internationales`: a remit. A purpose clause takes a verb, not an article.
                if (t.IsWord && t.Key == "pour" && j > i && j + 1 < _t.Count && NameGrammar.IsArticle(_t[j + 1]))
                {
                    prepositionStart = afterPreposition ? prepositionStart : j;
                    afterPreposition = true;
                    j++;
                    continue;
                }

                if (t.IsWord && (t.Key is "en" || t.Key is "chargé") && j + 2 < _t.Count && _t[j + 1].Key is "matiere" or "charge" && _t[j + 2].Key == "de")
                {
                    j += 2;
                    continue;
                }

                if (t.IsWord && afterPreposition && !NameGrammar.IsComplementStop(t) && !StartsPerson(j))
                {
                    // The noun of `de la stratégie`, or an institution's capitalized name word.
                    c.HasOrganizationWords |= t.IsCapitalized;
                    j++;
                    lastGood = j;
                    afterPreposition = false;
                    continue;
                }

                if (lists && (t.Is(",") || t.Is("et")) && ContinuesList(j + 1))
                {
                    j++;
                    afterPreposition = true;
                    prepositionStart = j;
                    continue;
                }

                if (t.Is("-") && !t.SpaceBefore && j + 1 < _t.Count && _t[j + 1].IsWord && !_t[j + 1].SpaceBefore && j > i)
                {
                    j += 2;
                    lastGood = j;
                    continue;
                }

                break;
            }

            c.End = lastGood;
            return c;
        }

        // `, de la politique`, `et de l'industrie`, `, la justice et la paix`: the list goes on.
        private bool ContinuesList(int k)
        {
            if (k >= _t.Count)
            {
                return false;
            }

            var first = _t[k];
            // `…, à l'occasion de la visite`, `…, dans le cadre de`: a circumstance of the clause, not an item of the remit.
            if ((!NameGrammar.IsPreposition(first) && !NameGrammar.IsArticle(first)) || EventScopes.OpensFrame(_t, k))
            {
                return false;
            }

            var next = k + 1;
            while (next < _t.Count && (NameGrammar.IsArticle(_t[next]) || NameGrammar.IsPreposition(_t[next])))
            {
                next++;
            }

            // `…, à Oulan-Bator`: a city after a comma is where the clause happened, not an item of the remit.
            if (first.Key is "a" or "au" or "en" && next < _t.Count && g.MatchCity(_t, next, out _, out _))
            {
                return false;
            }

            // `… de la Défense et la délégation du ministère lao`: an article opening a body starts
            // another noun phrase (another party), not an item of this remit.
            if (!NameGrammar.IsPreposition(first) && next < _t.Count && g.MatchInstitution(_t, next, out var role, out _) && role == InstitutionRole.Body)
            {
                return false;
            }

            return next < _t.Count && _t[next].IsWord && !_t[next].IsCapitalized && !NameGrammar.IsComplementStop(_t[next]) && !StartsPerson(next)
                   || (next < _t.Count && _t[next].IsCapitalized && NameGrammar.IsPreposition(first) && !StartsPerson(next) && NameGrammar.NameAt(_t, next, g) == 0);
        }

        private bool StartsPerson(int k)
            => g.MatchTitle(_t, k, out _, out _) || g.MatchRank(_t, k, out _, out _) || NameGrammar.HonorificAt(_t, k) > 0;

        private PersonTitle BuildTitle(int start, int headEnd, TitleEntry entry, Complement c)
        {
            var end = c.End;

            // The country complement is dropped when it only says whose function it is
            // (`vice-ministre de la Défense du Vietnam`, `attaché militaire du Pakistan au Vietnam`), kept
            // when it belongs to an organization's name (`… des forces d'autodéfense du Japon`).
            var namesOrganization = false;
            if (c.LastCountryEnd == end && c.LastCountryStart >= headEnd)
            {
                if (c.LastCountryLocative || OnlyMinistryBetween(headEnd, c.LastCountryStart, c))
                {
                    end = c.LastCountryStart;
                    var inner = LastComplementCountryBefore(headEnd, end);
                    if (inner >= 0 && OnlyMinistryBetween(headEnd, inner, c))
                    {
                        end = inner;
                    }
                }
                else
                {
                    namesOrganization = true;
                }
            }

            var text = NameGrammar.Written(_t, start, end, k => !IsDropped(k, c));
            return new PersonTitle(text, entry.Canonical, c.Side, namesOrganization, segment.Span(start, end));
        }

        // Start of a `de/du + country` complement ending at `end`, or -1.
        private int LastComplementCountryBefore(int from, int end)
        {
            for (var k = end - 1; k >= from; k--)
            {
                if (NameGrammar.IsPreposition(_t[k]))
                {
                    var m = k + 1;
                    while (m < end && NameGrammar.IsArticle(_t[m]))
                    {
                        m++;
                    }

                    return g.MatchCountryName(_t, m, out _, out var len) && m + len == end ? k : -1;
                }
            }

            return -1;
        }

        // Between the head and the country only a ministry domain (`de la Défense nationale`, `des Armées`).
        private bool OnlyMinistryBetween(int from, int to, Complement c)
        {
            for (var k = from; k < to; k++)
            {
                var t = _t[k];
                if (IsDropped(k, c) || NameGrammar.IsPreposition(t) || NameGrammar.IsArticle(t) || MinistryDomains.Contains(t.Key))
                {
                    continue;
                }

                return false;
            }

            return true;
        }

        private static bool IsDropped(int k, Complement c)
        {
            foreach (var (s, e) in c.Dropped)
            {
                if (k >= s && k < e)
                {
                    return true;
                }
            }

            return false;
        }
    }
}

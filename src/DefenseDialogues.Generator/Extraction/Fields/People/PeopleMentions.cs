using System.Collections.Generic;
using DefenseDialogues.Generator.Gazetteers;
using DefenseDialogues.Generator.Extraction.Text;
using DefenseDialogues.Generator.Extraction.Reading;

namespace DefenseDialogues.Generator.Extraction.Fields.People;

/// <summary>A function as a person holds it: <c>vice-ministre de la Défense</c>.</summary>
/// <param name="Text">The title as written, without the country adjective or the country complement.</param>
/// <param name="Head">The canonical head from titles.tsv (<c>vice-ministre</c>): two titles with one head are one function.</param>
/// <param name="Side">The country or organization the wording names (<c>japonais</c>, <c>de l'UE</c>), or null.</param>
/// <param name="NamesOrganization">The title keeps the name of an organization of a country (<c>… de l'Armée populaire du Vietnam</c>).</param>
/// <param name="Span">The words the title was read from (with the complements dropped from <paramref name="Text"/>).</param>
internal sealed record PersonTitle(string Text, string Head, string? Side, bool NamesOrganization, StorySpan? Span = null);

/// <summary>One mention of a person in one segment.</summary>
internal sealed class PersonMention(
    TextPosition position, string name, IReadOnlyList<string> keys, string? rank, bool isHomologue, string? homologueSide, int counterpart)
{
    /// <summary>Where the name starts.</summary>
    public TextPosition Position { get; } = position;

    /// <summary>The name as written.</summary>
    public string Name { get; } = name;

    /// <summary>The folded words of the name.</summary>
    public IReadOnlyList<string> Keys { get; } = keys;

    /// <summary>The rank written before the name, or null.</summary>
    public string? Rank { get; } = rank;

    /// <summary>Where the name is written.</summary>
    public StorySpan? NameSpan { get; init; }

    /// <summary>Where the rank is written, or null.</summary>
    public StorySpan? RankSpan { get; init; }

    /// <summary>Titles attached to this mention.</summary>
    public List<PersonTitle> Titles { get; } = new();

    /// <summary>Introduced as <c>son homologue</c>: the counterpart of <see cref="Counterpart"/>.</summary>
    public bool IsHomologue { get; } = isHomologue;

    /// <summary>The side named by the homologue's adjective (<c>son homologue russe</c>), or null.</summary>
    public string? HomologueSide { get; } = homologueSide;

    /// <summary>Index (in the scan's list) of the person mentioned just before a homologue, or -1.</summary>
    public int Counterpart { get; } = counterpart;

    /// <summary>
    /// Introduced by a rank, a title, an honorific, a photo position, or a Vietnamese family name:
    /// a person on its own. A bare capitalized run (<c>Kawano a remercié</c>) only names someone
    /// already introduced.
    /// </summary>
    public bool IsAnchored { get; set; }

    /// <summary>The side this mention's wording states, or null.</summary>
    public string? StatedSide
    {
        get
        {
            foreach (var title in Titles)
            {
                if (title.Side is not null)
                {
                    return title.Side;
                }
            }

            return HomologueSide;
        }
    }
}

/// <summary>A country or organization that a function or body is said to belong to (<c>le ministre russe</c>, <c>la délégation sud-coréenne</c>).</summary>
/// <param name="Code">The side's code.</param>
/// <param name="Position">Where the function or body starts.</param>
/// <param name="End">The token after the wording that names the side.</param>
internal readonly record struct SideEvidence(string Code, TextPosition Position, int End);

/// <summary>Tokens [<paramref name="Start"/>, <paramref name="End"/>) of <paramref name="Unit"/>: where a function's phrase was read.</summary>
internal readonly record struct TitlePhrase(StoryUnit Unit, int Start, int End);

/// <summary>What <see cref="PeopleMentions.Scan"/> finds: the people mentioned, and the sides the story's functions and bodies name.</summary>
internal sealed record PeopleScan(IReadOnlyList<PersonMention> Mentions, IReadOnlyList<SideEvidence> Sides)
{
    /// <summary>Every function's phrase read (<c>attaché de la défense, de la marine, …</c>): the words name a post, not a topic.</summary>
    public IReadOnlyList<TitlePhrase> TitlePhrases { get; init; } = System.Array.Empty<TitlePhrase>();

    /// <summary>Whether token <paramref name="token"/> of <paramref name="unit"/> lies inside a function's phrase.</summary>
    public bool InTitlePhrase(StoryUnit unit, int token)
    {
        foreach (var span in TitlePhrases)
        {
            if (ReferenceEquals(span.Unit, unit) && token >= span.Start && token < span.End)
            {
                return true;
            }
        }

        return false;
    }
}

/// <summary>
/// Reads the story for people: a rank, a title, an honorific or <c>son homologue</c> followed by a name
/// (<c>le général Phan Van Giang</c>, <c>le vice-ministre japonais de la Défense, Serizawa Kiyoshi</c>), or a
/// name followed by its title (<c>Mikhail Kostarakos, président du Comité militaire de l'UE</c>). Each
/// title's complement is read up to the name, a verb or the end of the phrase, keeping its country
/// adjective and complements apart: they give the person's side and the story's partners.
/// </summary>
internal static class PeopleMentions
{
    /// <summary>Scans <paramref name="segments"/> (the story in reading order) for people and side evidence.</summary>
    public static PeopleScan Scan(IReadOnlyList<NameSegment> segments, Gazetteer gazetteer)
    {
        var mentions = new List<PersonMention>();
        var sides = new List<SideEvidence>();
        var titles = new List<TitlePhrase>();
        foreach (var segment in segments)
        {
            new SegmentScanner(segment, gazetteer, mentions, sides, titles).Run();
        }

        return new PeopleScan(mentions, sides) { TitlePhrases = titles };
    }

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

    // How far past a title's grammar a comma may close its phrase (`… des Anciens combattants, X`).
    private const int MaxApposition = 8;

    private sealed class SegmentScanner(NameSegment segment, Gazetteer g, List<PersonMention> mentions, List<SideEvidence> sides, List<TitlePhrase> titles)
    {
        private readonly IReadOnlyList<PhraseToken> _t = segment.Tokens;
        private readonly List<(PersonTitle Title, int Start, int End)> _pending = new();
        private PersonMention? _last;
        private int _lastIndex = -1; // _last's index in the mentions (kept, not searched: a long story has thousands)
        private int _lastEnd = -1;

        public void Run()
        {
            var i = 0;
            while (i < _t.Count)
            {
                i = Step(i);
            }
        }

        private int Step(int i)
        {
            // Most tokens: lower-case and starting no title, rank, body or place, so no mention of a person.
            var t = _t[i];

            // `la baronne Goldie`, `Sir John …`: a style of nobility introduces a name, never a title.
            if (NameGrammar.IsNobilityStyle(t) && NameGrammar.NameAt(_t, i + 1, g) is > 0 and var styled)
            {
                return AddPerson(i + 1, styled, rank: null, anchored: true);
            }

            // `la frégate française Prairial`: a ship's name is no person, its adjective no side of anyone.
            if (NameGrammar.IsVessel(t))
            {
                var k = i + 1;
                while (k < _t.Count && g.MatchCountryAdjective(_t, k, out _, out var adjectiveLength))
                {
                    k += adjectiveLength;
                }

                _pending.Clear();
                return k + NameGrammar.NameAt(_t, k, g);
            }

            // `les attachés de la défense, de la marine, …`: posts in the plural name no one (titles.tsv is
            // singular on purpose), but their phrase still names posts, not topics.
            if (NameGrammar.IsPluralFunction(t) && i > 0 && _t[i - 1].Key is "les" or "ses" or "leurs" or "aux")
            {
                var posts = ReadComplement(i + 1, lists: true);
                titles.Add(new TitlePhrase(segment.Unit, i, posts.End));
                _pending.Clear();
                return System.Math.Max(i + 1, posts.End);
            }

            if (!t.IsCapitalized && !g.MayStartPersonCue(t))
            {
                _pending.Clear();
                return i + 1;
            }

            var hasTitle = g.MatchTitle(_t, i, out var title, out var titleLength);
            var hasRank = g.MatchRank(_t, i, out _, out var rankLength);
            if (hasRank && (!hasTitle || rankLength > titleLength || (rankLength == titleLength && !FollowedByPreposition(i + rankLength))))
            {
                return AfterRank(i, i + rankLength);
            }

            if (hasTitle)
            {
                return AfterTitle(i, title, titleLength);
            }

            if (g.MatchInstitution(_t, i, out var role, out var bodyLength) && role == InstitutionRole.Body && !_t[i].IsCapitalized)
            {
                return AfterBody(i, bodyLength);
            }

            var honorific = NameGrammar.HonorificAt(_t, i);
            if (honorific > 0)
            {
                var at = i + honorific;
                var n = NameGrammar.NameAt(_t, at, g);
                return n > 0 ? AddPerson(at, n, rank: null, anchored: true) : at;
            }

            // A place is read whole, so that no name starts inside it (`Hô Chi Minh-Ville`).
            if (g.MatchCity(_t, i, out _, out var placeLength) || g.MatchCountryName(_t, i, out _, out placeLength))
            {
                _pending.Clear();
                return i + placeLength;
            }

            var length = NameGrammar.NameAt(_t, i, g);
            if (length > 0)
            {
                var keys = NameGrammar.NameKeys(_t, i, length);
                var anchored = NameGrammar.IsPhotoPosition(_t, i + length)
                    || (keys.Count >= 3 && g.IsVietnameseFamilyName(keys[0]));
                return AddPerson(i, length, rank: null, anchored);
            }

            _pending.Clear();
            return i + 1;
        }

        private bool FollowedByPreposition(int i) => i < _t.Count && NameGrammar.IsPreposition(_t[i]);

        private int AfterRank(int start, int end)
        {
            var n = NameGrammar.NameAt(_t, end, g);
            if (n == 0)
            {
                _pending.Clear();
                return end;
            }

            var rank = NameGrammar.Written(_t, start, end).ToLowerInvariant();
            return AddPerson(end, n, rank, anchored: true, rankSpan: segment.Span(start, end));
        }

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
        /// Where a title's phrase really ends when the grammar stopped inside it but a comma and a name
        /// follow in the same clause (<c>le premier vice-ministre cubain des Forces armées
        /// révolutionnaires, Álvaro López Miera,</c>, <c>… par intérim , John Noh.</c>): the comma. The
        /// words skipped hold no verb, no sentence mark and no other title; the name closes its clause.
        /// Otherwise <paramref name="end"/>.
        /// </summary>
        private int AppositionComma(int end)
        {
            if (end >= _t.Count || _t[end].Is(",") || NameGrammar.NameAt(_t, end, g) > 0)
            {
                return end;
            }

            for (var k = end; k < _t.Count && k < end + MaxApposition; k++)
            {
                var t = _t[k];
                if (t.Is(","))
                {
                    var n = k > end ? NameGrammar.NameAt(_t, k + 1, g) : 0;
                    return n > 0 && ClosesClause(k + 1 + n) ? k : end;
                }

                if (t.Is(".") || t.Is(";") || t.Is(":") || NameGrammar.IsVerbLike(t) || StartsPerson(k))
                {
                    return end;
                }
            }

            return end;
        }

        // A name closes its clause: then a comma, a period, a parenthesis, `et`, or the unit's end.
        private bool ClosesClause(int k)
            => k >= _t.Count || _t[k].Is(",") || _t[k].Is(".") || _t[k].Is("(") || _t[k].Is(";") || _t[k].Is("et");

        private bool AttachBackward(bool tight)
        {
            if (_last is null || !Adjacent(_lastEnd, _pending[0].Start, allowArticle: !tight))
            {
                return false;
            }

            foreach (var p in _pending)
            {
                _last.Titles.Add(p.Title);
            }

            _last.IsAnchored = true;

            // A further apposition (`X, membre du Comité central, vice-ministre …`) is X's too.
            _lastEnd = _pending[_pending.Count - 1].End;
            _pending.Clear();
            return true;
        }

        private int AfterBody(int start, int length)
        {
            var c = ReadComplement(start + length, lists: false);

            // `ses homologues de l'ASEAN`: counterparts from its members, not the organization itself.
            var side = _t[start].Key == "homologues" ? c.AdjectiveSide : c.Side;
            if (side is not null)
            {
                sides.Add(new SideEvidence(side, new TextPosition(segment.Order, start), c.End));
            }

            var e = c.End;

            // `ses homologues singapourien, américain et canadien`: every adjective of the list names a side.
            while (e + 1 < _t.Count && (_t[e].Is(",") || _t[e].Is("et")) && g.MatchCountryAdjective(_t, e + 1, out var more, out var moreLength))
            {
                sides.Add(new SideEvidence(more.Code, new TextPosition(segment.Order, e + 1), e + 1 + moreLength));
                e += 1 + moreLength;
            }

            if (_t[start].Key != "homologue")
            {
                _pending.Clear();
                return e;
            }

            var at = e < _t.Count && _t[e].Is(",") ? e + 1 : e;
            var n = NameGrammar.NameAt(_t, at, g);
            if (n == 0)
            {
                _pending.Clear();
                return e;
            }

            return AddPerson(at, n, rank: null, anchored: true, homologue: true, homologueSide: side);
        }

        private int AddPerson(int start, int length, string? rank, bool anchored, bool homologue = false, string? homologueSide = null, StorySpan? rankSpan = null)
        {
            var name = NameGrammar.Written(_t, start, start + length);
            var counterpart = homologue && _last is not null ? _lastIndex : -1;
            var mention = new PersonMention(
                new TextPosition(segment.Order, start), name, NameGrammar.NameKeys(_t, start, length), rank, homologue, homologueSide, counterpart)
            {
                IsAnchored = anchored,
                NameSpan = segment.Span(start, start + length),
                RankSpan = rankSpan,
            };
            foreach (var p in _pending)
            {
                mention.Titles.Add(p.Title);
            }

            _pending.Clear();
            mentions.Add(mention);
            _last = mention;
            _lastIndex = mentions.Count - 1;
            _lastEnd = start + length;
            return _lastEnd;
        }

        // Only a comma, a photo position, a qualifier (`nouvel`) and maybe an article may separate a name from its title.
        private bool Adjacent(int from, int to, bool allowArticle)
        {
            var k = NameGrammar.SkipParenthesis(_t, from);
            if (k < to && _t[k].Is(","))
            {
                k++;
            }
            else if (k != to)
            {
                return false;
            }

            while (k < to && ((allowArticle && NameGrammar.IsArticle(_t[k])) || NameGrammar.IsTitleQualifier(_t[k])))
            {
                k++;
            }

            return k == to;
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
            if (!NameGrammar.IsPreposition(first) && !NameGrammar.IsArticle(first))
            {
                return false;
            }

            var next = k + 1;
            while (next < _t.Count && (NameGrammar.IsArticle(_t[next]) || NameGrammar.IsPreposition(_t[next])))
            {
                next++;
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

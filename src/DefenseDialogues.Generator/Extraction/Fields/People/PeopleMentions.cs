using System.Collections.Generic;
using DefenseDialogues.Generator.Gazetteers;
using DefenseDialogues.Generator.Extraction.Text;
using DefenseDialogues.Generator.Extraction.Reading;

namespace DefenseDialogues.Generator.Extraction.Fields.People;

/// <summary>
/// Reads the story for people: a rank, a title, an honorific or <c>son homologue</c> followed by a name
/// (<c>le général Phan Van Giang</c>, <c>le vice-ministre japonais de la Défense, Serizawa Kiyoshi</c>), or a
/// name followed by its title (<c>Mikhail Kostarakos, président du Comité militaire de l'UE</c>). Each
/// title's complement is read up to the name, a verb or the end of the phrase, keeping its country
/// adjective and complements apart: they give the person's side and the story's partners.
/// </summary>
internal static partial class PeopleMentions
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

    // How far past a title's grammar a comma may close its phrase (`… des Anciens combattants, X`).
    private const int MaxApposition = 8;

    // The scan of one unit; its title grammar (a function's complement) is in TitleGrammar.cs.
    private sealed partial class SegmentScanner(NameSegment segment, Gazetteer g, List<PersonMention> mentions, List<SideEvidence> sides, List<TitlePhrase> titles)
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
    }
}

using System.Collections.Generic;
using DefenseDialogues.Generator.Gazetteers;
using DefenseDialogues.Generator.Model;
using DefenseDialogues.Generator.Extraction.Text;
using DefenseDialogues.Generator.Extraction.Reading;
using DefenseDialogues.Generator.Extraction.Fields.People;

namespace DefenseDialogues.Generator.Extraction.Fields.Partners;

/// <summary>A country or organization name in a pair or list (<c>Vietnam-Japon</c>, <c>le Vietnam et l'UE</c>).</summary>
internal readonly record struct PairMember(CountryEntry Country, int Start, int End);

/// <summary>
/// Finds the counterparts met, primary first: every country or organization the story pairs with
/// Vietnam (<c>Vietnam - Chine</c>, <c>le Vietnam et l'Italie</c>) or names as the side of a function or
/// body (<c>le vice-ministre japonais</c>, <c>la délégation sud-coréenne</c>, <c>son homologue mongol</c>,
/// <c>président du Comité militaire de l'UE</c>), ordered by first such mention. A country only mentioned in
/// passing (<c>au Japon</c>, <c>maintien de la paix de l'ONU</c>, <c>ASEAN-Australie</c>) is no evidence.
/// </summary>
internal static class PartnerExtractor
{
    /// <summary>The partners, each with the words that first name it as met.</summary>
    public static Field<IReadOnlyList<PartnerModel>> Read(ArticleContext context)
    {
        var gazetteer = context.Gazetteer;
        var segments = context.Segments;
        var evidence = new List<SideEvidence>(context.People.Sides);
        foreach (var segment in segments)
        {
            foreach (var chain in PairChains(segment.Tokens, gazetteer))
            {
                // A pair only planned or past (`ont convenu d'organiser … entre le Vietnam, le Laos et le Cambodge`) did not meet here.
                if (!ContainsVietnam(chain) || EventScopes.AboutAnotherEvent(segment.Tokens, chain[0].Start))
                {
                    continue;
                }

                foreach (var member in chain)
                {
                    evidence.Add(new SideEvidence(member.Country.Code, new TextPosition(segment.Order, member.Start), member.End));
                }
            }
        }

        // Stable by position: the first mention of each code decides the order.
        var ordered = new List<SideEvidence>(evidence);
        ordered.Sort((a, b) => a.Position.CompareTo(b.Position));
        var partners = new List<PartnerModel>();
        var spans = new List<StorySpan>();
        var seen = new HashSet<string>();
        foreach (var e in ordered)
        {
            if (e.Code == Gazetteer.VietnamCode || !seen.Add(e.Code) || gazetteer.CountryByCode(e.Code) is not { } entry)
            {
                continue;
            }

            partners.Add(new PartnerModel(entry.Code, entry.FrenchName, entry.EnglishName, entry.IsOrganization));
            spans.Add(segments[e.Position.Segment].Span(e.Position.Token, e.End));
        }

        return Field.Many<PartnerModel>(partners, spans, EvidenceField.Partner, p => p.Code);
    }

    /// <summary>Whether a chain names Vietnam.</summary>
    public static bool ContainsVietnam(IReadOnlyList<PairMember> chain)
    {
        foreach (var member in chain)
        {
            if (member.Country.IsVietnam)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Country and organization names linked into pairs or lists: by a dash or slash (<c>Vietnam-Japon</c>),
    /// by <c>et</c> (<c>le Vietnam et l'Italie</c>; not <c>du Vietnam et de l'ASEAN</c>), or by commas in a
    /// list closed by <c>et</c> (<c>le Vietnam, le Laos et le Cambodge</c>). Single names are not returned.
    /// </summary>
    public static IReadOnlyList<IReadOnlyList<PairMember>> PairChains(IReadOnlyList<PhraseToken> tokens, Gazetteer gazetteer)
    {
        List<PairMember>? names = null;
        for (var i = 0; i < tokens.Count;)
        {
            if (gazetteer.MatchCountryName(tokens, i, out var country, out var length))
            {
                (names ??= new List<PairMember>()).Add(new PairMember(country, i, i + length));
                i += length;
            }
            else
            {
                i++;
            }
        }

        if (names is null || names.Count < 2)
        {
            return NoChains; // a chain links two names at least
        }

        var chains = new List<IReadOnlyList<PairMember>>();
        var current = new List<PairMember>();
        var pendingComma = new List<PairMember>();
        for (var k = 0; k < names.Count; k++)
        {
            var link = k == 0 ? Link.None : LinkBetween(tokens, names[k - 1].End, names[k].Start);
            switch (link)
            {
                case Link.Strong:
                    current.AddRange(pendingComma);
                    pendingComma.Clear();
                    current.Add(names[k]);
                    break;
                case Link.Comma:
                    pendingComma.Add(names[k]);
                    break;
                default:
                    Close(chains, current);
                    pendingComma.Clear();
                    current = new List<PairMember> { names[k] };
                    break;
            }
        }

        Close(chains, current);
        return chains;
    }

    private static readonly IReadOnlyList<IReadOnlyList<PairMember>> NoChains = System.Array.Empty<IReadOnlyList<PairMember>>();

    private enum Link
    {
        None,
        Strong,
        Comma,
    }

    private static Link LinkBetween(IReadOnlyList<PhraseToken> tokens, int end, int start)
    {
        var gap = start - end;
        if (gap == 1 && (tokens[end].Is("-") || tokens[end].Is("/")))
        {
            return Link.Strong;
        }

        var afterArticle = gap == 2 && NameGrammar.IsArticle(tokens[end + 1]);

        // `du Vietnam et de Malaisie`: a country named without article pairs like one with it; `du Vietnam
        // et de l'ASEAN` (article after `de`) is a genitive list, no pair.
        var afterBareDe = gap == 2 && tokens[end + 1].Key is "de" or "d'";
        if ((gap == 1 || afterArticle || afterBareDe) && tokens[end].Is("et"))
        {
            return Link.Strong;
        }

        return (gap == 1 || afterArticle) && tokens[end].Is(",") ? Link.Comma : Link.None;
    }

    private static void Close(List<IReadOnlyList<PairMember>> chains, List<PairMember> chain)
    {
        if (chain.Count > 1)
        {
            chains.Add(chain);
        }
    }
}

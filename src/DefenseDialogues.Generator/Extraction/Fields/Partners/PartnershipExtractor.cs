using System.Collections.Generic;
using DefenseDialogues.Generator.Gazetteers;
using DefenseDialogues.Generator.Model;
using DefenseDialogues.Generator.Extraction.Reading;

namespace DefenseDialogues.Generator.Extraction.Fields.Partners;

/// <summary>
/// Finds the relationship level stated for Vietnam and the partner (partnerships.tsv). A level stated
/// for another pair (<c>Partenariat stratégique global ASEAN-Australie</c>) does not count; when several
/// levels are stated, the longest wording wins (<c>partenariat stratégique intégral</c> over
/// <c>partenariat stratégique</c>).
/// </summary>
internal static class PartnershipExtractor
{
    // How far after the wording a pair may stand (`… intégral entre le Vietnam et le Japon`).
    private const int PairWindow = 4;

    /// <summary>The level of the relationship between Vietnam and <paramref name="partners"/>, and the wording it was read from.</summary>
    public static Field<PartnershipLevel?> Read(ArticleContext context, IReadOnlyList<PartnerModel> partners)
    {
        var level = Find(context.Segments, context.Gazetteer, partners, out var finding);
        return Field.One(level, EvidenceField.Partnership, level?.ToString(), finding);
    }

    private static PartnershipLevel? Find(IReadOnlyList<NameSegment> segments, Gazetteer gazetteer, IReadOnlyList<PartnerModel> partners, out Finding finding)
    {
        finding = Finding.None("no relationship level stated for the pair");
        PartnershipLevel? best = null;
        var bestLength = 0;
        foreach (var segment in segments)
        {
            var tokens = segment.Tokens;
            IReadOnlyList<IReadOnlyList<PairMember>>? chains = null; // read only where a wording is found
            for (var i = 0; i < tokens.Count; i++)
            {
                if (!gazetteer.MatchPartnership(tokens, i, out var level, out var length))
                {
                    continue;
                }

                if (length > bestLength && ForVietnamAndPartner(chains ??= PartnerExtractor.PairChains(tokens, gazetteer), i + length, partners))
                {
                    best = level;
                    bestLength = length;
                    finding = new Finding(segment.Span(i, i + length));
                }

                i += length - 1;
            }
        }

        return best;
    }

    private static bool ForVietnamAndPartner(IReadOnlyList<IReadOnlyList<PairMember>> chains, int end, IReadOnlyList<PartnerModel> partners)
    {
        foreach (var chain in chains)
        {
            var start = chain[0].Start;
            if (start < end || start > end + PairWindow)
            {
                continue;
            }

            if (!PartnerExtractor.ContainsVietnam(chain))
            {
                return false;
            }

            foreach (var member in chain)
            {
                if (!member.Country.IsVietnam && IsPartner(member.Country.Code, partners))
                {
                    return true;
                }
            }

            return partners.Count == 0;
        }

        // No pair named: the level is the article's pair's.
        return true;
    }

    private static bool IsPartner(string code, IReadOnlyList<PartnerModel> partners)
    {
        foreach (var p in partners)
        {
            if (p.Code == code)
            {
                return true;
            }
        }

        return false;
    }
}

using System.Collections.Generic;
using DefenseDialogues.Generator.Gazetteers;

namespace DefenseDialogues.Generator.Extraction;

/// <summary>
/// Finds the city where the meeting took place, in English (cities.tsv): a city the lead names
/// (<c>à Rome</c>, <c>au Caire</c>) wins; else the dateline's city, unless the meeting was online or the
/// Vietnamese side travelled abroad under a Vietnamese dateline; else null (never a guess).
/// </summary>
internal static class LocationExtractor
{
    // The lead: headline and first paragraphs, where the meeting's place and form are stated.
    private const int LeadParagraphs = 2;

    private static readonly string[][] OnlineCues =
    {
        new[] { "en", "ligne" }, new[] { "visioconference" }, new[] { "videoconference" }, new[] { "teleconference" },
        new[] { "virtuellement" }, new[] { "par", "video" },
    };

    private static readonly HashSet<string> TravelCues = new(System.StringComparer.Ordinal)
    {
        "visite", "visites", "sejour", "rend", "rendu", "rendue", "deplacement", "tournee", "voyage",
    };

    public static string? Extract(ArticleText article, Gazetteer gazetteer)
    {
        var lead = Lead(article);
        var captions = new List<IReadOnlyList<PhraseToken>>();
        foreach (var caption in article.Captions)
        {
            captions.Add(PhraseTokenizer.Tokenize(caption));
        }

        if (Online(lead))
        {
            return null;
        }

        foreach (var tokens in Concat(lead, captions))
        {
            if (NamedCity(tokens, gazetteer) is { } city)
            {
                return city.EnglishName;
            }
        }

        if (article.Dateline?.City is not { } datelineCity || gazetteer.FindCity(datelineCity) is not { } dateline)
        {
            return null;
        }

        return dateline.CountryCode == Gazetteer.VietnamCode && TravelsAbroad(lead, gazetteer) ? null : dateline.EnglishName;
    }

    private static List<IReadOnlyList<PhraseToken>> Lead(ArticleText article)
    {
        var lead = new List<IReadOnlyList<PhraseToken>>();
        if (article.Headline is { } headline)
        {
            lead.Add(PhraseTokenizer.Tokenize(headline));
        }

        for (var k = 0; k < article.Paragraphs.Count && k < LeadParagraphs; k++)
        {
            lead.Add(PhraseTokenizer.Tokenize(article.Paragraphs[k].Text));
        }

        return lead;
    }

    private static IEnumerable<IReadOnlyList<PhraseToken>> Concat(List<IReadOnlyList<PhraseToken>> a, List<IReadOnlyList<PhraseToken>> b)
    {
        foreach (var x in a)
        {
            yield return x;
        }

        foreach (var x in b)
        {
            yield return x;
        }
    }

    // `à Hanoï`, `au Caire` (the table lists `Caire` for `Le Caire`): the first city so introduced.
    private static CityEntry? NamedCity(IReadOnlyList<PhraseToken> tokens, Gazetteer gazetteer)
    {
        for (var i = 0; i + 1 < tokens.Count; i++)
        {
            var t = tokens[i];
            var isAt = (t.Key == "a" && t.Text is "à" or "À" or "a\u0300" or "A\u0300") || t.Key == "au";
            if (isAt && gazetteer.MatchCity(tokens, i + 1, out var city, out var length) && !GluedCompound(tokens, i + 1 + length))
            {
                return city;
            }
        }

        return null;
    }

    private static bool GluedCompound(IReadOnlyList<PhraseToken> tokens, int i)
        => i + 1 < tokens.Count && tokens[i].Is("-") && !tokens[i].SpaceBefore && !tokens[i + 1].SpaceBefore;

    private static bool Online(List<IReadOnlyList<PhraseToken>> lead)
    {
        foreach (var tokens in lead)
        {
            for (var i = 0; i < tokens.Count; i++)
            {
                foreach (var cue in OnlineCues)
                {
                    if (Matches(tokens, i, cue))
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    private static bool Matches(IReadOnlyList<PhraseToken> tokens, int i, string[] cue)
    {
        if (i + cue.Length > tokens.Count)
        {
            return false;
        }

        for (var k = 0; k < cue.Length; k++)
        {
            if (tokens[i + k].Key != cue[k])
            {
                return false;
            }
        }

        return true;
    }

    // `en visite au Mozambique`, `s'est rendu en Allemagne`: a travel word, then en/au/aux + a foreign country.
    private static bool TravelsAbroad(List<IReadOnlyList<PhraseToken>> lead, Gazetteer gazetteer)
    {
        foreach (var tokens in lead)
        {
            var travel = -1;
            for (var i = 0; i < tokens.Count; i++)
            {
                if (TravelCues.Contains(tokens[i].Key))
                {
                    travel = i;
                }
                else if (travel >= 0 && i - travel <= 8 && tokens[i].Key is "en" or "au" or "aux"
                         && gazetteer.MatchCountryName(tokens, i + 1, out var country, out _) && !country.IsVietnam)
                {
                    return true;
                }
            }
        }

        return false;
    }
}

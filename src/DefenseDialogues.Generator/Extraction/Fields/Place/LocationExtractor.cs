using System.Collections.Generic;
using DefenseDialogues.Generator.Gazetteers;
using DefenseDialogues.Generator.Model;
using DefenseDialogues.Generator.Extraction.Text;
using DefenseDialogues.Generator.Extraction.Reading;

namespace DefenseDialogues.Generator.Extraction.Fields.Place;

/// <summary>
/// Finds the city where the meeting took place, in English (cities.tsv): a city the lead names
/// (<c>à Rome</c>, <c>au Caire</c>) wins; else the dateline's city, unless the meeting was online or the
/// Vietnamese side travelled abroad under a Vietnamese dateline; else null (never a guess).
/// </summary>
internal static class LocationExtractor
{
    // The lead: headline and first paragraphs, where the meeting's place and form are stated.
    private const int LeadParagraphs = 2;

    private static readonly string[][] OnlineCues = WordClasses.Default.Phrases("online-cue");

    private static readonly HashSet<string> TravelCues = WordClasses.Default.Set("travel-cue");


    /// <summary>The meeting's city, and the words it was read from.</summary>
    public static Field<string?> Read(ArticleContext context, DateModel? heldOn)
    {
        var city = Find(context.Article, context.Gazetteer, heldOn, out var finding);
        return Field.One(city, EvidenceField.Location, city, finding);
    }

    private static string? Find(ArticleText article, Gazetteer gazetteer, DateModel? heldOn, out Finding finding)
    {
        var leadUnits = Lead(article);
        var lead = leadUnits.ConvertAll(u => u.Tokens);
        if (Online(lead))
        {
            finding = Finding.None("the meeting was held online");
            return null;
        }

        var units = new List<StoryUnit>(leadUnits);
        units.AddRange(article.CaptionUnits);
        foreach (var unit in units)
        {
            if (NamedCity(unit.Tokens, gazetteer, heldOn, out var at, out var length) is { } city)
            {
                finding = new Finding(unit.TokenSpan(at, at + length));
                return city.EnglishName;
            }
        }

        if (article.Dateline?.City is not { } datelineCity || gazetteer.FindCity(datelineCity) is not { } dateline)
        {
            finding = Finding.None("no city named for the meeting");
            return null;
        }

        if (dateline.CountryCode == Gazetteer.VietnamCode && TravelsAbroad(lead, gazetteer))
        {
            finding = Finding.None("the Vietnamese side travelled abroad: the Vietnamese dateline is not the place");
            return null;
        }

        finding = new Finding(article.Dateline.CitySpan, "the dateline's city (the story names no other)");
        return dateline.EnglishName;
    }

    private static List<StoryUnit> Lead(ArticleText article)
    {
        var lead = new List<StoryUnit>();
        if (article.HeadlineUnit is { } headline)
        {
            lead.Add(headline);
        }

        for (var k = 0; k < article.Paragraphs.Count && k < LeadParagraphs; k++)
        {
            lead.Add(article.Paragraphs[k]);
        }

        return lead;
    }

    // `à Hanoï`, `au Caire` (the table lists `Caire` for `Le Caire`), `dans la ville de Nha Trang`: the
    // first city so introduced, unless its clause speaks of another event (`tenu en 2018 à Moscou`,
    // `sa visite à Singapour en mars`).
    private static CityEntry? NamedCity(IReadOnlyList<PhraseToken> tokens, Gazetteer gazetteer, DateModel? heldOn, out int at, out int cityLength)
    {
        for (var i = 0; i + 1 < tokens.Count; i++)
        {
            var t = tokens[i];
            var isAt = (t.Key == "a" && t.Text is "à" or "À" or "a\u0300" or "A\u0300") || t.Key == "au"
                       || (t.Key == "de" && i > 0 && tokens[i - 1].Key is "ville" or "cite");
            if (isAt && gazetteer.MatchCity(tokens, i + 1, out var city, out var length) && !GluedCompound(tokens, i + 1 + length)
                && !EventScopes.AboutAnotherEvent(tokens, i) && !DatedElsewhere(tokens, i, heldOn))
            {
                at = i + 1;
                cityLength = length;
                return city;
            }
        }

        at = 0;
        cityLength = 0;
        return null;
    }

    /// <summary>
    /// Whether the clause holding token <paramref name="i"/> dates another event: a month or a year there
    /// (<c>en mars 2025</c>, <c>en 2018</c>) that is not the meeting's.
    /// </summary>
    private static bool DatedElsewhere(IReadOnlyList<PhraseToken> tokens, int i, DateModel? heldOn)
    {
        if (heldOn is null)
        {
            return false;
        }

        var start = i;
        while (start > 0 && tokens[start - 1].Key is not ("," or "." or ";"))
        {
            start--;
        }

        for (var k = start; k < tokens.Count && tokens[k].Key is not ("," or "." or ";"); k++)
        {
            var month = FrenchDates.MonthOf(tokens[k].Text);
            if (month > 0 && k > 0 && tokens[k - 1].Key == "en" && heldOn.Month is { } m && month != m)
            {
                return true;
            }

            if (tokens[k].Key.Length == 4 && int.TryParse(tokens[k].Key, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var year)
                && year is >= 1900 and <= 2100 && heldOn.Year is { } y && year != y)
            {
                return true;
            }
        }

        return false;
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

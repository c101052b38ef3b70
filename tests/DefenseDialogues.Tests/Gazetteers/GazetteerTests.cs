using DefenseDialogues.Generator.Gazetteers;
using Xunit;
using DefenseDialogues.Generator.Extraction.Text;

namespace DefenseDialogues.Tests.Gazetteers;

public class GazetteerTests
{
    private static readonly string[] OrganizationCodes = { "EU", "ASEAN", "NATO", "UN" };

    private static Gazetteer G => Gazetteer.Default;

    [Fact]
    public void Every_UN_member_state_and_the_four_organizations_are_listed()
    {
        Assert.True(G.Countries.Count(c => !c.IsOrganization) >= 193);
        foreach (var code in OrganizationCodes)
        {
            Assert.True(G.CountryByCode(code)?.IsOrganization, code);
        }

        Assert.Equal("Vietnam", G.CountryByCode("VN")?.FrenchName);
    }

    [Fact]
    public void Country_codes_are_ISO_alpha2_or_organization_codes_and_unique()
    {
        foreach (var c in G.Countries)
        {
            var iso = c.Code.Length == 2 && c.Code.All(ch => ch is >= 'A' and <= 'Z');
            Assert.True(iso || (c.IsOrganization && OrganizationCodes.Contains(c.Code)), c.Code);
        }

        Assert.Equal(G.Countries.Count, G.Countries.Select(c => c.Code).Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Every_country_has_French_names_and_adjective_forms()
    {
        foreach (var c in G.Countries.Where(c => !c.IsOrganization))
        {
            Assert.NotEmpty(c.FrenchNames);
            Assert.False(c.FrenchName.StartsWith("le ", StringComparison.OrdinalIgnoreCase) || c.FrenchName.StartsWith("la ", StringComparison.OrdinalIgnoreCase), c.FrenchName);
            Assert.True(c.Adjectives.Count >= 2, c.Code + " needs its adjective forms");
            Assert.False(string.IsNullOrWhiteSpace(c.EnglishName));
        }
    }

    [Fact]
    public void No_folded_name_or_adjective_maps_to_two_codes()
    {
        foreach (var pick in new Func<CountryEntry, IEnumerable<string>>[] { c => c.FrenchNames, c => c.Adjectives })
        {
            var codes = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var c in G.Countries)
            {
                foreach (var alias in pick(c))
                {
                    var key = TextFolding.Fold(alias);
                    if (codes.TryGetValue(key, out var other))
                    {
                        Assert.True(other == c.Code, key + ": " + other + " and " + c.Code);
                    }

                    codes[key] = c.Code;
                }
            }
        }
    }

    [Fact]
    public void Cities_have_ASCII_English_names_and_known_countries()
    {
        Assert.True(G.Cities.Count > 190);
        foreach (var city in G.Cities)
        {
            Assert.True(city.EnglishName.All(ch => ch < 128), city.EnglishName);
            Assert.NotNull(G.CountryByCode(city.CountryCode));
            Assert.NotEmpty(city.FrenchNames);
        }
    }

    [Fact]
    public void Ranks_and_titles_are_loaded()
    {
        Assert.Contains(G.Ranks, r => r.Forms.Contains("général de corps d'armée"));
        Assert.Contains(G.Titles, t => t.Forms.Contains("vice-ministre"));
        Assert.All(G.Ranks, r => Assert.NotEmpty(r.Forms));
        Assert.All(G.Titles, t => Assert.NotEmpty(t.Forms));
    }

    [Theory]
    [InlineData("Italie", "IT")]
    [InlineData("Grande-Bretagne", "GB")]
    [InlineData("Etats-Unis", "US")]
    [InlineData("États-Unis", "US")]
    [InlineData("Corée du Sud", "KR")]
    [InlineData("république de corée", "KR")]
    [InlineData("Fédération de Russie", "RU")]
    [InlineData("UE", "EU")]
    [InlineData("ANASE", "ASEAN")]
    [InlineData("OTAN", "NATO")]
    [InlineData("Nations unies", "UN")]
    [InlineData("Viet Nam", "VN")]
    public void Finds_countries_by_name_or_alias(string name, string code)
        => Assert.Equal(code, G.FindCountry(name)?.Code);

    [Theory]
    [InlineData("italiennes", "IT")]
    [InlineData("sud-coréenne", "KR")]
    [InlineData("néo-zélandaises", "NZ")]
    [InlineData("neo-zelandais", "NZ")]
    [InlineData("mongole", "MN")]
    [InlineData("nord-coréens", "KP")]
    [InlineData("vietnamien", "VN")]
    [InlineData("européenne", "EU")]
    public void Finds_countries_by_adjective_in_every_form(string adjective, string code)
        => Assert.Equal(code, G.FindCountryByAdjective(adjective)?.Code);

    [Fact]
    public void Historical_states_are_not_countries()
        => Assert.Null(G.FindCountry("Union soviétique"));

    [Theory]
    [InlineData("Hanoï", "Hanoi")]
    [InlineData("Hanoi", "Hanoi")]
    [InlineData("Hô Chi Minh-Ville", "Ho Chi Minh City")]
    [InlineData("Ho Chi Minh Ville", "Ho Chi Minh City")]
    [InlineData("Moscou", "Moscow")]
    [InlineData("Pékin", "Beijing")]
    [InlineData("Oulan-Bator", "Ulaanbaatar")]
    [InlineData("Séoul", "Seoul")]
    [InlineData("Le Caire", "Cairo")]
    public void Finds_cities_by_French_spelling(string name, string english)
        => Assert.Equal(english, G.FindCity(name)?.EnglishName);

    [Fact]
    public void Ranks_titles_and_family_names_are_recognized()
    {
        Assert.True(G.IsRank("général de corps d’armée"));
        Assert.True(G.IsRank("Maréchal de l'air"));
        Assert.True(G.IsRank("vice-amiral"));
        Assert.False(G.IsRank("vice-ministre"));
        Assert.True(G.IsTitle("secrétaire d'Etat"));
        Assert.True(G.IsTitle("directrice générale"));
        Assert.False(G.IsTitle("général"));
        Assert.True(G.IsVietnameseFamilyName("nguyen"));
        Assert.False(G.IsVietnameseFamilyName("serizawa"));
    }

    [Fact]
    public void Phrases_match_longest_first_whatever_the_spacing()
    {
        var tokens = PhraseTokenizer.Tokenize("le général de corps d’armée et le dialogue Vietnam - République de Corée");
        Assert.True(G.MatchRank(tokens, 1, out _, out var rankLength));
        Assert.Equal(5, rankLength);
        var at = tokens.ToList().FindIndex(t => t.Key == "republique");
        Assert.True(G.MatchCountryName(tokens, at, out var korea, out var length));
        Assert.Equal(("KR", 3), (korea.Code, length));
    }

    [Fact]
    public void Tokenizer_splits_elisions_but_not_names_with_apostrophes()
    {
        var keys = PhraseTokenizer.Tokenize("L’ambassadeur d'Italie et Atanasio M'tumuke").Select(t => t.Key).ToArray();
        Assert.Equal(new[] { "l'", "ambassadeur", "d'", "italie", "et", "atanasio", "m'tumuke" }, keys);
    }

    [Fact]
    public void A_name_given_to_two_entries_is_a_data_error()
    {
        var tables = new Dictionary<string, string>
        {
            ["countries.tsv"] = "IT\tcountry\tItaly\tItalie\titalien\nFR\tcountry\tFrance\tItalie\tfrançais\n",
            ["cities.tsv"] = "", ["ranks.tsv"] = "", ["titles.tsv"] = "", ["institutions.tsv"] = "",
            ["partnerships.tsv"] = "", ["family-names.tsv"] = "",
        };
        Assert.Throws<InvalidDataException>(() => Gazetteer.FromTables(name => tables[name]));
    }
}

using DefenseDialogues.Generator.Gazetteers;
using Xunit;

namespace DefenseDialogues.Tests.Gazetteers;

/// <summary>The tables are complete as data: every adjective in all its forms, every city in its spellings.</summary>
public class GazetteerFormsTests
{
    private static Gazetteer G => Gazetteer.Default;

    [Fact]
    public void Every_country_has_an_adjective_and_every_regular_adjective_its_four_forms()
    {
        var missing = new List<string>();
        foreach (var country in G.Countries.Where(c => !c.IsOrganization))
        {
            if (country.Adjectives.Count == 0)
            {
                missing.Add(country.Code + ": no adjective");
                continue;
            }

            var forms = country.Adjectives.ToHashSet(StringComparer.Ordinal);
            foreach (var adjective in country.Adjectives.Where(a => !a.EndsWith('e') && !a.EndsWith('s')))
            {
                // -ien → -ienne; -ais/-ois are their own plural; -ain, -an, -in, -ol… → +e; plurals +s.
                var feminine = adjective.EndsWith("ien", StringComparison.Ordinal) ? adjective + "ne" : adjective + "e";
                if (!adjective.EndsWith("ien", StringComparison.Ordinal) && !adjective.EndsWith("ain", StringComparison.Ordinal)
                    && !adjective.EndsWith("ais", StringComparison.Ordinal) && !adjective.EndsWith("ois", StringComparison.Ordinal))
                {
                    continue; // irregular or invariable (`lao`, `khmer`): listed as written
                }

                var plural = adjective.EndsWith('s') ? adjective : adjective + "s";
                foreach (var form in new[] { feminine, plural, feminine + "s" })
                {
                    if (!forms.Contains(form))
                    {
                        missing.Add($"{country.Code}: {adjective} without {form}");
                    }
                }
            }
        }

        Assert.Empty(missing);
    }

    [Theory]
    [InlineData("malais", "MY")]
    [InlineData("malaisienne", "MY")]
    [InlineData("nippon", "JP")]
    [InlineData("sud-coréen", "KR")]
    public void Second_adjectives_name_their_country(string adjective, string code)
        => Assert.Equal(code, G.FindCountryByAdjective(adjective)?.Code);

    [Theory]
    [InlineData("Đà Nẵng", "Da Nang")]
    [InlineData("Da Nang", "Da Nang")]
    [InlineData("Dà Nang", "Da Nang")]
    [InlineData("Ðà Nẵng", "Da Nang")] // Ð (U+00D0, Latin eth) typed for Đ
    [InlineData("Danang", "Da Nang")]
    [InlineData("Hô Chi Minh-Ville", "Ho Chi Minh City")]
    [InlineData("Ho Chi Minh Ville", "Ho Chi Minh City")]
    [InlineData("Huế", "Hue")]
    [InlineData("Hué", "Hue")]
    public void A_city_is_found_in_every_spelling(string written, string english)
        => Assert.Equal(english, G.FindCity(written)?.EnglishName);
}

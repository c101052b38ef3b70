using DefenseDialogues.Generator.Extraction.Fields;
using DefenseDialogues.Generator.Gazetteers;
using Xunit;
using DefenseDialogues.Generator.Extraction.Fields.Partners;
using static DefenseDialogues.Tests.Extraction.NameStories;

namespace DefenseDialogues.Tests.Extraction;

public class PartnershipExtractorTests
{
    private static string? Level(params string[] paragraphs)
    {
        var article = Story(paragraphs);
        var context = ArticleContext.Of(article);
        return PartnershipExtractor.Read(context, PartnerExtractor.Read(context).Value).Value?.ToString();
    }

    [Theory]
    [InlineData("Le Vietnam et le Japon ont élevé leurs liens au partenariat stratégique intégral.", "ComprehensiveStrategicPartnership")]
    [InlineData("Conformément au Partenariat stratégique global Vietnam-Australie.", "ComprehensiveStrategicPartnership")]
    [InlineData("Le Vietnam et la Chine approfondissent le partenariat de coopération stratégique intégral.", "ComprehensiveStrategicCooperativePartnership")]
    [InlineData("Le Vietnam et l'Italie célèbrent les 10 ans de partenariat stratégique.", "StrategicPartnership")]
    [InlineData("Le partenariat intégral entre le Vietnam et les États-Unis progresse.", "ComprehensivePartnership")]
    [InlineData("Le Vietnam et la Russie renforcent le partenariat stratégique approfondi.", "ExtensiveStrategicPartnership")]
    public void Finds_the_level_stated_for_the_pair(string paragraph, string expected)
        => Assert.Equal(expected, Level(paragraph));

    [Fact]
    public void The_longest_wording_wins()
        => Assert.Equal("ComprehensiveStrategicPartnership", Level(
            "Le dialogue Vietnam-Japon a salué le partenariat stratégique.",
            "Les deux pays ont élevé leurs relations au partenariat stratégique intégral."));

    [Fact]
    public void A_level_stated_for_a_third_pair_does_not_count()
    {
        Assert.Null(Level("Le dialogue Vietnam-Australie a salué le Partenariat stratégique global ASEAN-Australie."));
        Assert.Equal("StrategicPartnership", Level(
            "Le dialogue Vietnam-Australie a eu lieu.",
            "Il a salué le partenariat stratégique global ASEAN-Australie et le partenariat stratégique entre le Vietnam et l'Australie."));
    }

    [Fact]
    public void A_defense_partnership_is_not_a_level()
        => Assert.Null(Level("Le Vietnam et les Philippines renforcent le partenariat de défense bilatéral."));
}

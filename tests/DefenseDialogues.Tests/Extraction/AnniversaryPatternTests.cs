using DefenseDialogues.Generator.Extraction.Fields;
using DefenseDialogues.Generator.Extraction;
using DefenseDialogues.Generator.Model;
using Xunit;
using DefenseDialogues.Generator.Extraction.Fields.Cues;
using static DefenseDialogues.Tests.Extraction.NameStories;

namespace DefenseDialogues.Tests.Extraction;

/// <summary>Anniversaries: "Ne anniversaire de …", "N ans de …", "(YYYY - YYYY)"; durations are not anniversaries.</summary>
public class AnniversaryPatternTests
{
    private static IReadOnlyList<AnniversaryModel> Anniversaries(params string[] paragraphs) => AnniversaryExtractor.Read(ArticleContext.Of(Story(paragraphs))).Value;

    [Fact]
    public void An_ordinal_anniversary_with_its_years_in_brackets()
        => Assert.Equal(
            [new AnniversaryModel(50, "établissement des relations diplomatiques", 1973)],
            Anniversaries("Les deux pays célèbrent le 50e anniversaire de l'établissement des relations diplomatiques (1973 - 2023)."));

    [Fact]
    public void A_number_of_years_of_something()
        => Assert.Equal(
            [new AnniversaryModel(10, "partenariat stratégique", 2013)],
            Anniversaries("Cette année marque les 10 ans de partenariat stratégique (2013 - 2023) entre les deux pays."));

    [Fact]
    public void More_than_N_years_after_counts_without_a_first_year()
        => Assert.Equal(
            [new AnniversaryModel(65, "établissement des relations diplomatiques", null)],
            Anniversaries("Plus de 65 ans après l'établissement des relations diplomatiques, la coopération s'est élargie."));

    [Theory]
    [InlineData("le 80ᵉ anniversaire de la fondation de l'Armée populaire", 80)]
    [InlineData("le 80e anniversaire de la fondation de l'Armée populaire", 80)]
    [InlineData("le 80ème anniversaire de la fondation de l'Armée populaire", 80)]
    [InlineData("le quatre-vingtième anniversaire de la fondation de l'Armée populaire", 80)]
    [InlineData("le trentième anniversaire de la fondation de l'Armée populaire", 30)]
    public void Ordinals_however_written(string phrase, int years)
    {
        var found = Assert.Single(Anniversaries("Les deux armées ont célébré " + phrase + " du Vietnam."));
        Assert.Equal(years, found.Years);
        Assert.Equal("fondation de l'Armée populaire du Vietnam", found.Subject);
        Assert.Null(found.Since);
    }

    [Theory]
    [InlineData("Au cours des 50 dernières années, les deux pays ont coopéré dans de nombreux domaines.")]
    [InlineData("Depuis 30 ans de coopération, les deux marines s'entraînent ensemble.")]
    [InlineData("Il y a 20 ans de cela, les deux pays ont signé un accord.")]
    [InlineData("Pendant 15 ans de négociations, les deux parties ont progressé.")]
    [InlineData("Le ministre, âgé de 60 ans, a reçu l'ambassadeur.")]
    [InlineData("Les deux parties ont évoqué un plan de coopération pour 5 ans.")]
    public void Durations_and_ages_are_not_anniversaries(string paragraph)
        => Assert.Empty(Anniversaries(paragraph));

    [Fact]
    public void The_subject_ends_with_its_clause()
    {
        var found = Assert.Single(Anniversaries("À l'occasion du 45e anniversaire des relations diplomatiques, le ministre a reçu l'ambassadeur."));
        Assert.Equal(new AnniversaryModel(45, "relations diplomatiques", null), found);
    }

    [Fact]
    public void The_same_anniversary_is_listed_once()
    {
        var found = Anniversaries(
            "Les deux pays célèbrent le 50e anniversaire de l'établissement des relations diplomatiques (1973 - 2023).",
            "Le 50e anniversaire de l'établissement des relations diplomatiques est une étape importante.",
            "Le 50e anniversaire de l'etablissement des relations diplomatiques a été salué.");
        Assert.Equal([new AnniversaryModel(50, "établissement des relations diplomatiques", 1973)], found);
    }

    [Fact]
    public void A_repeated_anniversary_keeps_the_shorter_subject_and_the_first_year()
    {
        var found = Anniversaries(
            "Le 50e anniversaire de l'établissement des relations diplomatiques est une étape importante.",
            "Les deux pays célèbrent le 50e anniversaire de l'établissement des relations diplomatiques (1973 - 2023).");
        Assert.Equal([new AnniversaryModel(50, "établissement des relations diplomatiques", 1973)], found);
    }

    [Fact]
    public void Two_anniversaries_of_the_same_age_are_both_kept()
    {
        var found = Anniversaries(
            "Les deux pays célèbrent le 30e anniversaire de la fondation de la marine.",
            "Ils célèbrent aussi le 30e anniversaire des relations diplomatiques.");
        Assert.Equal(["fondation de la marine", "relations diplomatiques"], found.Select(a => a.Subject));
    }

    [Fact]
    public void Different_anniversaries_are_listed_in_text_order()
    {
        var found = Anniversaries(
            "Les deux pays célèbrent les 10 ans de partenariat stratégique et le 50e anniversaire de l'établissement des relations diplomatiques (1973 - 2023).");
        Assert.Equal(
            [new AnniversaryModel(10, "partenariat stratégique", null), new AnniversaryModel(50, "établissement des relations diplomatiques", 1973)],
            found);
    }

    [Fact]
    public void An_anniversary_in_a_link_line_or_a_caption_does_not_count()
    {
        var dialogue = ArticleExtractor.Extract(
            "/corpus/a.txt",
            "Un titre\nHanoï (VNA) - Le ministre a reçu l'ambassadeur.\n>> Le 30e anniversaire des relations diplomatiques célébré\nLes ministres lors du 40e anniversaire de la fondation de la marine. Photo : VNA\n").Dialogue!;
        Assert.Empty(dialogue.Anniversaries);
    }
}

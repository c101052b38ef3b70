using DefenseDialogues.Generator.Extraction.Fields;
using DefenseDialogues.Generator.Gazetteers;
using Xunit;
using DefenseDialogues.Generator.Extraction.Reading;
using DefenseDialogues.Generator.Extraction.Fields.Place;
using static DefenseDialogues.Tests.Extraction.NameStories;

namespace DefenseDialogues.Tests.Extraction;

public class LocationExtractorTests
{
    private static string? Location(ArticleText article) => LocationExtractor.Read(ArticleContext.Of(article), heldOn: null).Value;

    [Fact]
    public void The_dateline_city_in_English_when_the_meeting_was_held_there()
        => Assert.Equal("Moscow", Location(Story(new[] { "Le ministre a reçu la délégation vietnamienne." }, datelineCity: "Moscou")));

    [Fact]
    public void A_city_the_lead_names_wins_over_the_dateline()
    {
        Assert.Equal("Manila", Location(Story(new[] { "Le dialogue s'est déroulé à Manille du 6 au 8 août." }, datelineCity: "Hanoï")));
        Assert.Equal("Ho Chi Minh City", Location(Story(new[] { "Le ministre a été reçu mardi à Hô Chi Minh-Ville." })));
        Assert.Equal("Cairo", Location(Story(new[] { "La réunion s'est tenue au Caire." })));
    }

    [Fact]
    public void An_online_meeting_has_no_location()
        => Assert.Null(Location(Story(new[] { "Le dialogue s'est tenu en ligne le 23 juillet." }, datelineCity: "Hanoï")));

    [Fact]
    public void A_meeting_abroad_under_a_Hanoi_dateline_without_a_city_has_no_location()
        => Assert.Null(Location(Story(new[] { "Le vice-ministre conduit une délégation en visite au Mozambique les 27 et 28 mars." }, datelineCity: "Hanoi")));

    [Fact]
    public void No_dateline_and_no_city_is_not_guessed()
        => Assert.Null(Location(Story("Le ministre a reçu l'ambassadeur du Japon au Vietnam.")));

    [Fact]
    public void A_foreign_dateline_stands_for_a_visit_to_that_country()
        => Assert.Equal("Berlin", Location(Story(new[] { "La délégation effectue une visite de travail en Allemagne." }, datelineCity: "Berlin")));
}

using DefenseDialogues.Generator.Extraction.Fields;
using DefenseDialogues.Generator.Gazetteers;
using DefenseDialogues.Generator.Model;
using Xunit;
using DefenseDialogues.Generator.Extraction.Reading;
using DefenseDialogues.Generator.Extraction.Fields.People;
using DefenseDialogues.Generator.Extraction.Fields.Partners;
using static DefenseDialogues.Tests.Extraction.NameStories;

namespace DefenseDialogues.Tests.Extraction;

public class ParticipantExtractorTests
{
    private static IReadOnlyList<ParticipantModel> People(ArticleText article)
    {
        var context = ArticleContext.Of(article);
        return ParticipantExtractor.Read(context, PartnerExtractor.Read(context).Value).Value;
    }

    private static ParticipantModel Person(IReadOnlyList<ParticipantModel> people, string name)
        => Assert.Single(people, p => p.Name == name);

    [Fact]
    public void Rank_name_and_title_are_split_and_the_country_adjective_dropped()
    {
        var people = People(Story(
            "Le général de corps d’armée Trinh Van Son, vice-ministre vietnamien de la Défense, et Kenji Tanaka, vice-ministre japonais de la Défense, ont coprésidé le dialogue."));
        Assert.Equal(2, people.Count);
        var son = Person(people, "Trinh Van Son");
        Assert.Equal(("VN", "général de corps d'armée"), (son.Side, son.Rank));
        Assert.Equal(new[] { "vice-ministre de la Défense" }, son.Titles.ToArray());
        var tanaka = Person(people, "Kenji Tanaka");
        Assert.Equal(("JP", (string?)null), (tanaka.Side, tanaka.Rank));
        Assert.Equal(new[] { "vice-ministre de la Défense" }, tanaka.Titles.ToArray());
    }

    [Fact]
    public void A_city_after_a_comma_closes_the_title()
    {
        var people = People(Story(
            "Le général Tran Van Minh a eu des entretiens avec le général de brigade Ganbaatar Tsend, chef d'état-major adjoint des forces armées mongoles, à Oulan-Bator."));
        Assert.Equal(new[] { "chef d'état-major adjoint des forces armées" }, Person(people, "Ganbaatar Tsend").Titles.ToArray());
    }

    [Theory]
    [InlineData("à l'occasion de la visite de travail d'une délégation vietnamienne")]
    [InlineData("dans le cadre de la visite d'une délégation vietnamienne")]
    [InlineData("en marge de la conférence régionale")]
    public void A_circumstance_after_a_comma_closes_the_title(string circumstance)
    {
        var people = People(Story(
            "Le général Tran Van Minh a eu le 9 avril des entretiens avec Ricardo Montero Allende, sous-secrétaire chilien à la Défense, " + circumstance + "."));
        var montero = Person(people, "Ricardo Montero Allende");
        Assert.Equal("CL", montero.Side);
        Assert.Equal(new[] { "sous-secrétaire à la Défense" }, montero.Titles.ToArray());
    }

    [Fact]
    public void A_title_before_the_name_keeps_organization_names_but_not_the_country()
    {
        var people = People(Story(
            "Le secrétaire italien d'État à la Défense, Paolo Rossi, a reçu l'amiral Marco Bianchi, chef d'état-major de la Marine, et le vice-ministre de la Défense du Vietnam, Trinh Van Son."));
        Assert.Equal(new[] { "secrétaire d'État à la Défense" }, Person(people, "Paolo Rossi").Titles.ToArray());
        var bianchi = Person(people, "Marco Bianchi");
        Assert.Equal(("IT", "amiral"), (bianchi.Side, bianchi.Rank));
        Assert.Equal(new[] { "chef d'état-major de la Marine" }, bianchi.Titles.ToArray());
        var son = Person(people, "Trinh Van Son");
        Assert.Equal("VN", son.Side);
        Assert.Equal(new[] { "vice-ministre de la Défense" }, son.Titles.ToArray());
    }

    [Fact]
    public void The_same_person_with_or_without_diacritics_or_rank_is_listed_once_with_the_fullest_spelling()
    {
        var people = People(Story(
            "Le général Hoàng Văn Nam a reçu l'ambassadeur Li Ming.",
            "Selon Hoang Van Nam, la coopération progresse. Nam a remercié Li Ming."));
        Assert.Equal(2, people.Count);
        var nam = Person(people, "Hoàng Văn Nam");
        Assert.Equal(("VN", "général"), (nam.Side, nam.Rank));
    }

    [Fact]
    public void Different_people_sharing_a_family_name_are_not_merged()
    {
        var people = People(Story(
            "Le général Nguyen Van An et le colonel Nguyen Thi Binh ont accueilli la délégation laotienne."));
        Assert.Equal(new[] { "Nguyen Van An", "Nguyen Thi Binh" }, people.Select(p => p.Name).ToArray());
        Assert.Equal(new[] { "général", "colonel" }, people.Select(p => p.Rank).ToArray());
    }

    [Fact]
    public void A_homologue_takes_the_counterparts_title_and_side_from_its_adjective_or_the_partner()
    {
        var withAdjective = People(Story("Le ministre de la Défense, Pham Quoc Hung, et son homologue mongol Batbayar Dorj ont signé un accord."));
        var dorj = Person(withAdjective, "Batbayar Dorj");
        Assert.Equal("MN", dorj.Side);
        Assert.Equal(new[] { "ministre de la Défense" }, dorj.Titles.ToArray());

        // A counterpart with a Vietnamese-looking name is still the counterpart.
        var bare = People(Story(
            "La délégation sud-coréenne était conduite par son homologue Hoang Jin Su et la délégation vietnamienne par le vice-ministre de la Défense Do Van Long.",
            "Le vice-ministre de la Défense Do Van Long a salué son homologue Hoang Jin Su."));
        Assert.Equal("KR", Person(bare, "Hoang Jin Su").Side);
        Assert.Equal("VN", Person(bare, "Do Van Long").Side);
    }

    [Fact]
    public void A_person_without_stated_side_takes_the_partner_unless_the_name_is_Vietnamese()
    {
        var people = People(Story(
            "Le Vietnam et la France ont tenu leur dialogue. Le ministre des Armées, Louis Girard, a reçu le général Le Quang Minh."));
        Assert.Equal("FR", Person(people, "Louis Girard").Side);
        Assert.Equal("VN", Person(people, "Le Quang Minh").Side);
    }

    [Fact]
    public void Honorifics_initials_particles_and_leaders_only_mentioned_are_names()
    {
        var people = People(Story(
            "Mme Claire Dubois, directrice générale des relations internationales du ministère français des Armées, a rencontré le ministre philippin José R. Santos et Luca Ferri di Monte (gauche).",
            "Le Premier ministre Pham Van Tien a salué ces résultats."));
        var dubois = Person(people, "Claire Dubois");
        Assert.Equal("FR", dubois.Side);
        Assert.Equal(new[] { "directrice générale des relations internationales du ministère des Armées" }, dubois.Titles.ToArray());
        Assert.Equal("PH", Person(people, "José R. Santos").Side);
        Assert.Single(people, p => p.Name == "Luca Ferri di Monte");
        Assert.Equal(new[] { "Premier ministre" }, Person(people, "Pham Van Tien").Titles.ToArray());
    }

    [Fact]
    public void Places_institutions_months_and_sentence_starts_are_not_names()
    {
        var people = People(Story(
            "Lors de la réunion à Hanoï, le Comité central et l'Académie de la Défense ont accueilli la délégation.",
            "Selon le ministère, la visite à Hô Chi Minh-Ville est prévue en Mai. Le Vietnam Airlines a affrété un vol."));
        Assert.Empty(people);
    }
}

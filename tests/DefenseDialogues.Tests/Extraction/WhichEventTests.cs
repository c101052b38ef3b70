using DefenseDialogues.Generator.Extraction.Fields;
using DefenseDialogues.Generator.Extraction.Fields.Cues;
using DefenseDialogues.Generator.Extraction.Fields.Kind;
using DefenseDialogues.Generator.Extraction.Fields.Partners;
using DefenseDialogues.Generator.Extraction.Fields.People;
using DefenseDialogues.Generator.Extraction.Fields.Place;
using DefenseDialogues.Generator.Extraction.Text;
using DefenseDialogues.Generator.Model;
using Xunit;
using static DefenseDialogues.Tests.Extraction.NameStories;

namespace DefenseDialogues.Tests.Extraction;

/// <summary>
/// Issue 15's mechanisms, on wordings written for these tests: which event a sentence is about, names
/// without a rank in front, whose side a person is on, and cues inside other phrases.
/// </summary>
public class WhichEventTests
{
    private static EventScope ScopeOf(string sentence, string word)
    {
        var tokens = PhraseTokenizer.Tokenize(sentence);
        var i = tokens.ToList().FindIndex(t => t.Text == word);
        Assert.True(i >= 0, word);
        return EventScopes.At(tokens, i);
    }

    [Theory]
    [InlineData("Le ministre a reçu son homologue à Hanoï le 5 mai.", "Hanoï", "ThisMeeting")]
    [InlineData("Depuis la troisième édition, tenue en 2021 à Canberra, les liens se sont resserrés.", "Canberra", "Earlier")]
    [InlineData("Depuis la troisième édition, tenue à Canberra, les liens se sont resserrés à Hanoï.", "Hanoï", "ThisMeeting")]
    [InlineData("Les deux parties ont proposé de créer un dialogue stratégique de défense à Séoul.", "Séoul", "Planned")]
    [InlineData("Dans le cadre de la visite d'État du président en Inde, le ministre s'est entretenu avec son homologue.", "visite", "Framing")]
    [InlineData("Dans le cadre de la visite d'État du président en Inde, le ministre s'est entretenu avec son homologue.", "entretenu", "ThisMeeting")]
    public void A_clause_says_which_event_it_is_about(string sentence, string word, string expected)
        => Assert.Equal(expected, ScopeOf(sentence, word).ToString());

    [Fact]
    public void The_place_of_an_earlier_edition_or_of_a_dated_other_visit_is_not_the_meetings()
    {
        var earlier = Story("Depuis la deuxième édition, tenue en 2022 à Jakarta, la coopération progresse.", "La troisième édition s'est tenue le 4 juin dans la ville de Cân Tho (Sud).");
        Assert.Equal("Can Tho", LocationExtractor.Read(ArticleContext.Of(earlier), new DateModel(2024, 6, 4)).Value);

        var later = Story("Le dialogue s'est tenu le 9 novembre. Il a rappelé la visite du Premier ministre à Canberra en mars 2024.", "Les deux délégations se sont réunies à Hanoï.");
        Assert.Equal("Hanoi", LocationExtractor.Read(ArticleContext.Of(later), new DateModel(2024, 11, 9)).Value);
    }

    [Fact]
    public void A_series_only_proposed_does_not_make_the_meeting_a_policy_dialogue()
    {
        var story = Story("Lors de leur rencontre le 3 avril, les deux parties ont suggéré d'établir un dialogue sur la politique de défense au niveau des vice-ministres.");
        Assert.Equal(DialogueKind.Meeting, KindExtractor.Read(ArticleContext.Of(story)).Value);
    }

    [Fact]
    public void A_visit_that_frames_the_meeting_does_not_say_its_kind()
    {
        var story = Story("Dans le cadre de la visite officielle du président au Kenya, le ministre s'est entretenu le 2 mai avec son homologue kényan.");
        Assert.Equal(DialogueKind.Talks, KindExtractor.Read(ArticleContext.Of(story)).Value);
    }

    [Fact]
    public void A_country_in_a_planned_trilateral_is_not_a_partner()
    {
        var story = Story(
            "Le vice-ministre lao de la Défense a reçu le 8 mars une délégation vietnamienne.",
            "Les deux parties ont convenu d'organiser un exercice conjoint entre le Vietnam, le Laos et la Thaïlande.");
        Assert.Equal(new[] { "LA" }, Codes(PartnerExtractor.Read(ArticleContext.Of(story)).Value));
    }

    [Fact]
    public void A_role_taken_is_not_a_counterpart()
    {
        var story = Story(
            "Le ministre a reçu le 3 mai son homologue néo-zélandais, Peter Whitcombe.",
            "Ils se sont engagés à se soutenir lorsque le Vietnam assumera le rôle de président de l'ASEAN.");
        Assert.Equal(new[] { "NZ" }, Codes(PartnerExtractor.Read(ArticleContext.Of(story)).Value));
    }

    [Fact]
    public void Every_adjective_after_homologues_names_a_partner()
    {
        var story = Story("En marge du forum, le ministre a rencontré le 4 juin ses homologues indien, japonais et norvégien.");
        Assert.Equal(new[] { "IN", "JP", "NO" }, Codes(PartnerExtractor.Read(ArticleContext.Of(story)).Value));
    }

    private static IReadOnlyList<ParticipantModel> People(params string[] paragraphs)
    {
        var context = ArticleContext.Of(Story(paragraphs));
        return ParticipantExtractor.Read(context, PartnerExtractor.Read(context).Value).Value;
    }

    [Theory]
    [InlineData("le premier secrétaire d'État chilien aux Affaires de défense nationale, María José Fuentes Olmedo, a salué", "María José Fuentes Olmedo", "CL")]
    [InlineData("la ministre namibienne de la Défense et des Anciens combattants, Ndapewa Shikongo-Amutenya, a affirmé", "Ndapewa Shikongo-Amutenya", "NA")]
    [InlineData("le sous-secrétaire canadien à la Défense par intérim , Paul R. Whitfield.", "Paul R. Whitfield", "CA")]
    public void A_name_after_its_title_and_a_comma_is_found_whatever_the_title_grammar(string phrase, string name, string side)
    {
        var people = People("Le 3 mai, le général Tran Quoc Bao a reçu à Hanoï " + phrase);
        var person = Assert.Single(people, p => p.Name == name);
        Assert.Equal(side, person.Side);
    }

    [Fact]
    public void A_style_of_nobility_introduces_a_name()
    {
        var people = People("Le dialogue a été coprésidé par le général Tran Quoc Bao, vice-ministre vietnamien de la Défense, et par la baronne Helen Marsh, ministre d'État britannique.");
        Assert.Equal("GB", Assert.Single(people, p => p.Name == "Helen Marsh").Side);
    }

    [Fact]
    public void A_Vietnamese_official_is_not_given_the_side_of_the_delegation_named_after_him()
    {
        var people = People("La délégation vietnamienne était conduite par le général Tran Quoc Bao, vice-ministre de la Défense et la délégation du ministère cambodgien, par le général Sok Vanna, vice-ministre cambodgien de la Défense.");
        Assert.Equal("VN", Assert.Single(people, p => p.Name == "Tran Quoc Bao").Side);
        Assert.Equal("KH", Assert.Single(people, p => p.Name == "Sok Vanna").Side);
    }

    [Fact]
    public void A_defense_attache_gets_the_side_of_his_short_adjective()
    {
        var people = People("Le vice-ministre a reçu le 2 avril l'attaché de défense malais, le colonel Roslan bin Yusof.");
        Assert.Equal("MY", Assert.Single(people, p => p.Name == "Roslan bin Yusof").Side);
    }

    [Fact]
    public void A_topic_word_inside_a_post_is_not_a_topic()
    {
        var story = Story("Le ministre a reçu les attachés de la défense, de la marine et de l'air de Norvège venus le saluer.");
        Assert.DoesNotContain(Topic.NavalCooperation, TopicExtractor.Read(ArticleContext.Of(story)).Value);
        var naval = Story("Les deux parties ont discuté de la coopération navale et des escales.");
        Assert.Contains(Topic.NavalCooperation, TopicExtractor.Read(ArticleContext.Of(naval)).Value);
    }

    [Fact]
    public void A_second_anniversary_without_its_noun_is_read()
    {
        var story = Story("La visite s'inscrit dans les célébrations du 30e anniversaire des relations diplomatiques et du 10e du partenariat global.");
        var years = AnniversaryExtractor.Read(ArticleContext.Of(story)).Value.Select(a => a.Years).ToArray();
        Assert.Equal(new[] { 30, 10 }, years);
    }
}

using DefenseDialogues.Generator.Extraction.Fields;
using DefenseDialogues.Generator.Extraction;
using DefenseDialogues.Generator.Gazetteers;
using Xunit;
using DefenseDialogues.Generator.Extraction.Fields.Kind;
using static DefenseDialogues.Tests.Extraction.NameStories;

namespace DefenseDialogues.Tests.Extraction;

/// <summary>What kind of meeting the story reports: a defense dialogue series wherever it is named, else the first cue.</summary>
public class KindCueTests
{
    private static DialogueKind Kind(params string[] paragraphs) => KindExtractor.Read(ArticleContext.Of(Story(paragraphs))).Value;

    private static DialogueKind KindOfArticle(string text) => ArticleExtractor.Extract("/corpus/kind.txt", text).Dialogue!.Kind;

    [Theory]
    [InlineData("Le troisième dialogue sur la politique de défense s'est tenu à Hanoï.")]
    [InlineData("Le Dialogue Vietnam-Inde sur la politique de défense s'est tenu à New Delhi.")]
    [InlineData("Les deux vice-ministres ont coprésidé le dialogue stratégique de défense.")]
    [InlineData("Le dialogue de stratégie et de coopération de défense a eu lieu à Séoul.")]
    [InlineData("Le dialogue sur la stratégie de défense Vietnam - Royaume-Uni s'est ouvert mardi.")]
    [InlineData("Les dialogues sur les politiques de défense se poursuivent chaque année.")]
    public void A_defense_policy_or_strategy_dialogue_is_a_PolicyDialogue(string paragraph)
        => Assert.Equal(DialogueKind.PolicyDialogue, Kind(paragraph));

    [Fact]
    public void A_dialogue_named_late_in_the_story_wins_over_an_earlier_cue()
        => Assert.Equal(DialogueKind.PolicyDialogue, Kind(
            "Le vice-ministre a reçu la délégation japonaise mardi.",
            "Les deux parties ont ensuite tenu le dialogue sur la politique de défense."));

    [Fact]
    public void A_dialogue_named_only_in_the_headline_counts()
        => Assert.Equal(DialogueKind.PolicyDialogue, KindOfArticle(
            "Quatrième dialogue sur la politique de défense Vietnam - Pérou\nLima (VNA) - Les deux délégations ont signé un procès-verbal.\n"));

    [Theory]
    [InlineData("Les deux parties ont convenu d'établir un mécanisme de dialogue sur la politique de défense.")]
    [InlineData("Les deux pays coopèrent dans le cadre du dialogue sur la politique de défense.")]
    [InlineData("Le ministre a participé au Dialogue de Shangri-La consacré à la politique de défense régionale.")]
    [InlineData("Le dialogue des ministres de la Défense sur la politique régionale s'est achevé.")]
    [InlineData("Le dialogue sur la défense a porté sur la sécurité maritime.")]
    [InlineData("Le dialogue politique entre les deux partis s'est tenu. La défense n'a pas été évoquée.")]
    public void Other_dialogues_are_not_a_PolicyDialogue(string paragraph)
        => Assert.Equal(DialogueKind.Other, Kind(paragraph));

    [Fact]
    public void A_mechanism_to_be_set_up_leaves_the_meetings_own_cue()
        => Assert.Equal(DialogueKind.Reception, Kind(
            "Le ministre a reçu l'ambassadeur de Suède.",
            "Ils ont évoqué la mise en place d'un mécanisme de dialogue sur la politique de défense."));

    [Fact]
    public void Shangri_La_leaves_the_meetings_own_cue()
        => Assert.Equal(DialogueKind.Meeting, Kind(
            "En marge du Dialogue de Shangri-La sur la politique de défense, le ministre a rencontré son homologue."));

    [Theory]
    [InlineData("Le ministre a reçu l'ambassadeur de Finlande.")]
    [InlineData("En recevant l'ambassadeur, le ministre a salué les progrès accomplis.")]
    [InlineData("Le vice-ministre reçoit le commandant de la marine indienne.")]
    public void Receiving_a_visitor_is_a_Reception(string paragraph)
        => Assert.Equal(DialogueKind.Reception, Kind(paragraph));

    [Theory]
    [InlineData("Les deux ministres ont eu un entretien à Hanoï.")]
    [InlineData("Les deux chefs d'état-major se sont entretenus à Tokyo.")]
    [InlineData("Les pourparlers ont porté sur la sécurité maritime.")]
    [InlineData("Le ministre s'est entretenu avec son homologue.")]
    [InlineData("Des entretiens officiels ont eu lieu au siège du ministère.")]
    public void Talking_with_a_counterpart_is_Talks(string paragraph)
        => Assert.Equal(DialogueKind.Talks, Kind(paragraph));

    [Theory]
    [InlineData("Le ministre effectue une visite officielle au Brésil.")]
    [InlineData("La délégation a effectué une visite de travail en Argentine.")]
    [InlineData("Le chef d'état-major est en visite au Chili.")]
    public void An_official_or_working_visit_is_a_Visit(string paragraph)
        => Assert.Equal(DialogueKind.Visit, Kind(paragraph));

    [Theory]
    [InlineData("Le ministre a eu une entrevue avec l'ambassadeur.")]
    [InlineData("Une rencontre a eu lieu au siège du ministère.")]
    [InlineData("L'ambassadeur a rendu une visite de courtoisie au ministre.")]
    [InlineData("Lors de sa visite de courtoisie, l'attaché a présenté ses lettres.")]
    [InlineData("Le ministre a rencontré le commandant de la flotte.")]
    public void An_encounter_or_a_courtesy_visit_is_a_Meeting(string paragraph)
        => Assert.Equal(DialogueKind.Meeting, Kind(paragraph));

    [Fact]
    public void The_first_cue_read_wins()
    {
        Assert.Equal(DialogueKind.Reception, Kind("Le ministre a reçu l'ambassadeur.", "Les deux hommes ont eu un entretien cordial."));
        Assert.Equal(DialogueKind.Talks, Kind("Les deux hommes ont eu un entretien cordial.", "Le ministre a reçu l'ambassadeur."));
        Assert.Equal(DialogueKind.Visit, Kind("Le ministre effectue une visite officielle en Inde et a rencontré son homologue."));
    }

    [Fact]
    public void The_headline_is_read_before_the_story()
        => Assert.Equal(DialogueKind.Talks, KindOfArticle(
            "Entretiens entre les ministres de la Défense du Vietnam et du Chili\nSantiago (VNA) - Le ministre a reçu son homologue chilien.\n"));

    [Fact]
    public void A_visit_by_a_head_of_state_is_not_the_meetings_kind()
        => Assert.Equal(DialogueKind.Talks, Kind(
            "Lors de la visite officielle du président au Japon, les deux ministres ont eu un entretien."));

    [Fact]
    public void A_cue_in_a_link_line_does_not_count()
        => Assert.Equal(DialogueKind.Other, KindOfArticle(
            "Un titre\nHanoï (VNA) - Les deux armées ont signé un protocole.\n>> Le ministre a reçu l'ambassadeur de Finlande\n"));

    [Theory]
    [InlineData("Les deux armées ont signé un protocole de coopération.")]
    [InlineData("Le ministère a publié un communiqué.")]
    public void No_cue_is_Other(string paragraph)
        => Assert.Equal(DialogueKind.Other, Kind(paragraph));
}

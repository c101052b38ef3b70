using DefenseDialogues.Generator.Extraction.Fields;
using DefenseDialogues.Generator.Extraction;
using DefenseDialogues.Generator.Gazetteers;
using Xunit;
using DefenseDialogues.Generator.Extraction.Fields.Cues;
using static DefenseDialogues.Tests.Extraction.NameStories;

namespace DefenseDialogues.Tests.Extraction;

/// <summary>Fields of cooperation and topics discussed, from the story's paragraphs only, in the data model's order.</summary>
public class TopicCueTests
{
    private static IReadOnlyList<Topic> Topics(params string[] paragraphs) => TopicExtractor.Read(ArticleContext.Of(Story(paragraphs))).Value;

    private static IReadOnlyList<Topic> TopicsOfArticle(string text) => ArticleExtractor.Extract("/corpus/t.txt", text).Dialogue!.Topics.ToList();

    [Theory]
    [InlineData("l'échange de délégations", "DelegationExchange")]
    [InlineData("les échanges de délégations à tous les niveaux", "DelegationExchange")]
    [InlineData("la formation des ressources humaines", "Training")]
    [InlineData("les cours de langue", "Training")]
    [InlineData("l'éducation", "Training")]
    [InlineData("l'industrie de défense", "DefenseIndustry")]
    [InlineData("l'industrie de la défense", "DefenseIndustry")]
    [InlineData("le transfert de technologies", "TechnologyTransfer")]
    [InlineData("les opérations de maintien de la paix", "Peacekeeping")]
    [InlineData("le maintien de la paix de l'ONU", "Peacekeeping")]
    [InlineData("le maintien de la paix des Nations unies", "Peacekeeping")]
    [InlineData("le règlement des conséquences de la guerre", "WarLegacy")]
    [InlineData("le déminage", "WarLegacy")]
    [InlineData("la neutralisation des bombes et mines", "WarLegacy")]
    [InlineData("la décontamination de la dioxine", "WarLegacy")]
    [InlineData("la recherche des restes de soldats", "WarLegacy")]
    [InlineData("la cybersécurité", "Cybersecurity")]
    [InlineData("la sécurité du réseau", "Cybersecurity")]
    [InlineData("la sécurité de l'information", "Cybersecurity")]
    [InlineData("la sécurité maritime", "MaritimeSecurity")]
    [InlineData("la sécurité en mer", "MaritimeSecurity")]
    [InlineData("l'application de la loi en mer", "MaritimeLawEnforcement")]
    [InlineData("la médecine militaire", "MilitaryMedicine")]
    [InlineData("le médecin militaire", "MilitaryMedicine")]
    [InlineData("le sauvetage", "SearchAndRescue")]
    [InlineData("la recherche et sauvetage", "SearchAndRescue")]
    [InlineData("l'aide en cas de catastrophes", "DisasterRelief")]
    [InlineData("la réponse aux catastrophes", "DisasterRelief")]
    [InlineData("l'aide d'urgence", "DisasterRelief")]
    [InlineData("l'assistance humanitaire", "HumanitarianAssistance")]
    [InlineData("l'aide humanitaire", "HumanitarianAssistance")]
    [InlineData("le partage d'informations", "InformationSharing")]
    [InlineData("l'échange d'informations", "InformationSharing")]
    [InlineData("la gestion des frontières", "BorderManagement")]
    [InlineData("la protection des frontières", "BorderManagement")]
    [InlineData("les garde-frontières", "BorderManagement")]
    [InlineData("la recherche scientifique", "ScientificResearch")]
    [InlineData("la recherche conjointe", "ScientificResearch")]
    [InlineData("la coordination au sein des mécanismes multilatéraux", "MultilateralCoordination")]
    [InlineData("la consultation au sein des forums multilatéraux", "MultilateralCoordination")]
    [InlineData("l'ADMM+", "MultilateralCoordination")]
    [InlineData("l'ADMM", "MultilateralCoordination")]
    [InlineData("les marines", "NavalCooperation")]
    [InlineData("les forces navales", "NavalCooperation")]
    [InlineData("les garde-côtes", "NavalCooperation")]
    [InlineData("les escales de navires", "NavalCooperation")]
    [InlineData("la lutte contre le terrorisme", "Counterterrorism")]
    public void Each_topic_is_found_from_its_wording(string field, string expected)
        => Assert.Equal([Enum.Parse<Topic>(expected)], Topics("Les deux parties ont convenu de renforcer " + field + "."));

    [Fact]
    public void Every_topic_has_a_test_wording()
    {
        var tested = typeof(TopicCueTests).GetMethod(nameof(Each_topic_is_found_from_its_wording))!
            .GetCustomAttributes(typeof(InlineDataAttribute), false).Cast<InlineDataAttribute>()
            .Select(a => Enum.Parse<Topic>((string)a.GetData(null!).Single()[1])).ToHashSet();
        Assert.Equal(Enum.GetValues<Topic>().ToHashSet(), tested);
    }

    [Fact]
    public void Topics_come_out_in_enum_order_without_duplicates()
    {
        var topics = Topics(
            "Les deux parties ont évoqué la lutte contre le terrorisme, la sécurité maritime et la formation.",
            "Elles ont aussi discuté de la formation des ressources humaines, de la sécurité en mer et des échanges de délégations.");
        Assert.Equal([Topic.DelegationExchange, Topic.Training, Topic.MaritimeSecurity, Topic.Counterterrorism], topics);
    }

    [Fact]
    public void No_cue_gives_no_topic()
        => Assert.Empty(Topics("Le ministre a reçu l'ambassadeur au siège du ministère."));

    [Theory]
    [InlineData("Les deux pays contribuent au maintien de la paix et de la stabilité dans la région.")]
    [InlineData("Les deux pays contribuent au maintien de la paix et de la sécurité régionales.")]
    [InlineData("Les deux pays contribuent au maintien de la paix dans la région.")]
    public void Keeping_peace_in_general_is_not_Peacekeeping(string paragraph)
        => Assert.DoesNotContain(Topic.Peacekeeping, Topics(paragraph));

    [Fact]
    public void Peacekeeping_in_a_list_of_cooperation_fields_counts()
        => Assert.Equal(
            [Topic.Training, Topic.Peacekeeping, Topic.Cybersecurity],
            Topics("Les deux parties coopèrent dans la formation, le maintien de la paix et la cybersécurité."));

    [Fact]
    public void Search_and_rescue_is_not_scientific_research()
    {
        Assert.Equal([Topic.SearchAndRescue], Topics("Les deux marines ont mené un exercice de recherche et sauvetage.").Where(t => t != Topic.NavalCooperation));
        Assert.Equal([Topic.SearchAndRescue], Topics("Elles coopèrent dans la recherche et de sauvetage en mer."));
    }

    [Fact]
    public void A_department_named_after_the_defense_industry_is_not_the_topic()
        => Assert.DoesNotContain(Topic.DefenseIndustry, Topics("Le directeur du Département de l'industrie de défense était présent."));

    [Fact]
    public void Topics_in_a_link_line_or_a_caption_do_not_count()
    {
        var topics = TopicsOfArticle(
            "Un titre\n" +
            "Hanoï (VNA) - Le ministre a reçu l'ambassadeur et a évoqué la formation.\n" +
            ">> Le Vietnam et le Japon coopèrent dans le déminage et la cybersécurité\n" +
            "Les deux hommes lors d'un exercice de recherche et sauvetage. Photo : VNA\n" +
            "Voir plus\n" +
            "Les deux pays luttent contre le terrorisme.\n");
        Assert.Equal([Topic.Training], topics);
    }

    [Fact]
    public void A_topic_in_the_headline_alone_does_not_count()
        => Assert.Empty(TopicsOfArticle("Coopération en matière de cybersécurité\nHanoï (VNA) - Le ministre a reçu l'ambassadeur.\n"));

    [Fact]
    public void A_venue_named_in_an_en_marge_clause_is_not_a_topic()
    {
        Assert.Empty(Topics("En marge de la réunion des ministres de la Défense de l'ASEAN, le ministre a rencontré son homologue."));
        Assert.Equal([Topic.MultilateralCoordination], Topics(
            "En marge de la réunion, le ministre a plaidé pour la coordination au sein de l'ASEAN."));
    }

    [Fact]
    public void Wordings_match_without_accents_and_with_typographic_apostrophes()
        => Assert.Equal(
            [Topic.TechnologyTransfer, Topic.Cybersecurity, Topic.InformationSharing],
            Topics("Les deux parties ont evoque le transfert de technologie, la securite de l’information et le partage d’informations."));
}

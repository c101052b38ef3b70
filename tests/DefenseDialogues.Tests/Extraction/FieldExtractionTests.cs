using DefenseDialogues.Generator.Extraction;
using DefenseDialogues.Generator.Model;
using Xunit;

namespace DefenseDialogues.Tests.Extraction;

/// <summary>Per-field unit tests of the reader and the date, kind, edition, topic, legal-reference and anniversary stages.</summary>
public class FieldExtractionTests
{
    private static DialogueModel Extract(string text) => ArticleExtractor.Extract("/t/a.txt", text).Dialogue!;

    private static DialogueModel Story(string story, string header = " date 2024-03 Titre") => Extract(header + "\n\nHanoï (VNA) - " + story + "\n");

    [Fact]
    public void Reader_splits_header_captions_dateline_story_and_trailer()
    {
        var d = Extract(" date 2024-03-12 Le ministre reçoit son homologue. Photo : VNA\n\n>> Un autre article sur le Japon\n\nParis, 4 mars (VNA) – Le texte.Puis la suite. -VNA/VI\n\nLe général X (droite) et Y.\nPhoto: QDND/CVN\n\nVoir plus\n\nAutre histoire.\n");
        Assert.Equal(new YearMonthModel(2024, 3), d.Published);
        Assert.Null(d.Headline);
        Assert.Equal(["Le ministre reçoit son homologue.", "Le général X (droite) et Y."], d.Captions);
        Assert.Equal(["Le texte. Puis la suite."], d.Paragraphs);
        Assert.Equal("VNA", d.Source); // the dateline's credit
    }

    [Theory]
    [InlineData("Titre sans point\n\nLe texte de l'entretien.\n", "Titre sans point")]
    [InlineData("Le titre ảnh 1Une légende. Photo : VNA\n\nLe texte de l'entretien.\n", "Le titre")]
    public void Reader_finds_the_headline(string text, string headline) => Assert.Equal(headline, Extract(text).Headline);

    [Theory]
    [InlineData("ont tenu des entretiens le 5 décembre", 2024, 12, 5, " date 2024-12 T")]
    [InlineData("ont tenu des entretiens mardi 3 décembre 2024", 2024, 12, 3, " date 2025-01 T")]
    [InlineData("effectue une visite du 1er au 4 juillet. Le 2 juillet, il a eu un entretien", 2024, 7, 2, " date 2024-07 T")]
    [InlineData("ont tenu les 27 et 28 mars des entretiens", null, 3, 27, " date 2024-04 T")]
    [InlineData("ont tenu des entretiens le 30 juillet", null, 7, 30, " date 2024-08 T")]
    public void Dates(string story, int? year, int month, int day, string header)
        => Assert.Equal(new DateModel(year, month, day), Story(story, header).HeldOn);

    [Fact]
    public void A_month_or_a_year_opening_the_story_dates_it_when_no_day_is_given()
    {
        Assert.Equal(new DateModel(2024, 6, null), Story("En juin 2024, les deux parties ont tenu des entretiens.").HeldOn);
        Assert.Equal(new DateModel(2023, null, null), Story("En 2023, le ministre a reçu son homologue.").HeldOn);
        Assert.Null(Story("Le ministre a reçu son homologue, signé en juillet 2025.").HeldOn);
    }

    [Theory]
    [InlineData("le 5e Dialogue sur la politique de défense Vietnam-Inde a eu lieu", "PolicyDialogue")]
    [InlineData("le Dialogue Vietnam-États-Unis sur la politique de défense 2019 a eu lieu", "PolicyDialogue")]
    [InlineData("ils ont évoqué la création d'un mécanisme de dialogue sur la politique de défense, puis se sont entretenus", "Talks")]
    [InlineData("le ministre a reçu l'ambassadeur", "Reception")]
    [InlineData("le colonel a rendu une visite de courtoisie au général", "Meeting")]
    [InlineData("la délégation effectue une visite officielle", "Visit")]
    [InlineData("les deux pays coopèrent", "Other")]
    public void Kinds(string story, string kind) => Assert.Equal(kind, Story(story).Kind.ToString());

    [Theory]
    [InlineData("le quatrième Dialogue sur la politique de défense", 4)]
    [InlineData("le 5 e Dialogue sur la politique de défense", 5)]
    [InlineData("le 16ᵉ dialogue stratégique de défense", 16)]
    [InlineData("la 8e édition du dialogue sur la politique de défense", 8)]
    [InlineData("en marge du 19e Dialogue de Shangri-La", null)]
    [InlineData("lors de la 79e session, depuis le deuxième dialogue sur la politique de défense", null)]
    [InlineData("le Dialogue sur la politique de défense 2019", null)]
    public void Editions(string story, int? edition) => Assert.Equal(edition, Story(story + " a eu lieu.").Edition);

    [Fact]
    public void Topics_in_list_order_with_traps()
    {
        var topics = Story("Ils ont discuté de la recherche et du sauvetage, du maintien de la paix et de la stabilité, de cybersécurité et de l'échange de délégations. Le Département de l'industrie de défense était présent.").Topics;
        Assert.Equal([Topic.DelegationExchange, Topic.Cybersecurity, Topic.SearchAndRescue], topics);
        Assert.Equal([Topic.Peacekeeping, Topic.ScientificResearch], Story("Lors de l'entretien, ils ont évoqué le maintien de la paix de l'ONU et la recherche conjointe.").Topics);
    }

    [Fact]
    public void Legal_references()
        => Assert.Equal(
            [LegalReference.UNCLOS, LegalReference.DOC, LegalReference.COC, LegalReference.UNCharter],
            Story("Lors de l'entretien, conformément à la Charte de l'ONU, à la CNUDM, à la Déclaration sur la conduite des parties en Mer Orientale et au code de conduite.").LegalReferences);

    [Fact]
    public void Anniversaries()
    {
        var found = Story("Ils ont célébré le 50e anniversaire de l'établissement des relations diplomatiques (1973 - 2023) et les 10 ans de partenariat stratégique. Au cours des 50 dernières années, depuis 30 ans, les liens ont grandi.").Anniversaries;
        Assert.Equal([new AnniversaryModel(50, "établissement des relations diplomatiques", 1973), new AnniversaryModel(10, "partenariat stratégique", null)], found);
    }
}

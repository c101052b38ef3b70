using DefenseDialogues.Generator.Extraction.Fields;
using DefenseDialogues.Generator.Gazetteers;
using Xunit;
using DefenseDialogues.Generator.Extraction.Text;
using DefenseDialogues.Generator.Extraction.Reading;
using DefenseDialogues.Generator.Extraction.Fields.Partners;
using static DefenseDialogues.Tests.Extraction.NameStories;

namespace DefenseDialogues.Tests.Extraction;

public class PartnerExtractorTests
{
    private static string[] Partners(ArticleText article) => new System.Collections.Generic.List<string>(Codes(PartnerExtractor.Read(ArticleContext.Of(article)).Value)).ToArray();

    [Theory]
    [InlineData("Le vice-ministre italien de la Défense a reçu la délégation.")]
    [InlineData("La délégation italienne est arrivée mardi.")]
    [InlineData("Les responsables italiens ont salué la coopération.")]
    [InlineData("Les forces armées italiennes participeront à l'exercice.")]
    [InlineData("Le dialogue de défense Vietnam - Italie s'est tenu mardi.")]
    [InlineData("Le Vietnam et l'Italie renforcent leur coopération.")]
    public void A_country_adjective_in_any_form_or_a_pair_with_Vietnam_names_the_partner(string paragraph)
        => Assert.Equal(new[] { "IT" }, Partners(Story(paragraph)));

    [Fact]
    public void Organizations_are_partners_by_acronym_or_full_name()
    {
        Assert.Equal(new[] { "EU" }, Partners(Story("Le Vietnam et l’UE ont tenu un entretien de défense.")));
        Assert.Equal(new[] { "EU" }, Partners(Story("Le ministre a reçu le président du Comité militaire de l'Union européenne, le général Jean Martin.")));
        Assert.Equal(new[] { "NATO" }, Partners(Story("Une consultation Vietnam-OTAN a eu lieu.")));
    }

    [Fact]
    public void Several_partners_come_in_order_of_first_mention()
    {
        var article = Story(
            "Les ministres de la Défense du Vietnam, du Laos et du Cambodge se sont réunis.",
            "Le ministre laotien Chansamone a rencontré son homologue cambodgien, puis la délégation vietnamienne.");
        Assert.Equal(new[] { "LA", "KH" }, Partners(article));
        Assert.Equal(new[] { "KH", "LA" }, Partners(Story("La coopération Vietnam-Cambodge-Laos progresse.")));
    }

    [Fact]
    public void Vietnam_is_never_a_partner()
        => Assert.Empty(Partners(Story("Le ministre vietnamien de la Défense a présidé la réunion de l'armée vietnamienne.")));

    [Theory]
    [InlineData("Les deux parties ont évoqué le maintien de la paix de l'ONU.")]
    [InlineData("Le dossier porte sur 70 ans de coopération avec l'Union soviétique.")]
    [InlineData("Ils ont cité la Convention des Nations unies sur le droit de la mer.")]
    [InlineData("Il a salué la visite du président vietnamien au Japon en 2023.")]
    [InlineData("Le Vietnam soutient le Partenariat stratégique global ASEAN-Australie.")]
    [InlineData("La réunion des ministres de la Défense de l'ASEAN (ADMM) se tiendra en novembre.")]
    [InlineData("Le Japon est un pays ami et l'Australie aussi.")]
    public void A_country_mentioned_in_passing_is_not_a_partner(string paragraph)
        => Assert.Empty(Partners(Story(paragraph)));

    [Fact]
    public void Pair_chains_need_a_real_link()
    {
        var tokens = PhraseTokenizer.Tokenize("le soutien du Vietnam et de l'ASEAN, puis Vietnam – Chine");
        var chains = PartnerExtractor.PairChains(tokens, Gazetteer.Default);
        var chain = Assert.Single(chains);
        Assert.Equal(new[] { "VN", "CN" }, new[] { chain[0].Country.Code, chain[1].Country.Code });
    }
}

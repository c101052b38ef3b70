using DefenseDialogues.Generator.Extraction.Fields;
using DefenseDialogues.Generator.Extraction;
using DefenseDialogues.Generator.Gazetteers;
using Xunit;
using DefenseDialogues.Generator.Extraction.Fields.Cues;
using static DefenseDialogues.Tests.Extraction.NameStories;

namespace DefenseDialogues.Tests.Extraction;

/// <summary>References to legal instruments in the story's paragraphs, in the data model's order.</summary>
public class LegalReferenceCueTests
{
    private static IReadOnlyList<LegalReference> References(params string[] paragraphs)
        => LegalReferenceExtractor.Read(ArticleContext.Of(Story(paragraphs))).Value;

    [Theory]
    [InlineData("le respect de l'UNCLOS", "UNCLOS")]
    [InlineData("le respect de la CNUDM de 1982", "UNCLOS")]
    [InlineData("le respect de la Convention des Nations unies sur le droit de la mer de 1982", "UNCLOS")]
    [InlineData("le respect de la Convention des Nations Unies sur le droit de la mer", "UNCLOS")]
    [InlineData("le respect de la convention des nations unies de 1982 sur le droit de la mer", "UNCLOS")]
    [InlineData("la mise en œuvre intégrale de la DOC", "DOC")]
    [InlineData("la mise en œuvre de la Déclaration sur la conduite des parties en Mer Orientale", "DOC")]
    [InlineData("la conclusion rapide d'un COC efficace", "COC")]
    [InlineData("un code de conduite en Mer Orientale substantiel", "COC")]
    [InlineData("le respect de la Charte des Nations unies", "UNCharter")]
    [InlineData("le respect de la Charte de l'ONU", "UNCharter")]
    [InlineData("le respect de la Charte de l’ONU", "UNCharter")]
    public void Each_instrument_is_found_from_its_wording(string phrase, string expected)
        => Assert.Equal([Enum.Parse<LegalReference>(expected)], References("Les deux parties ont souligné " + phrase + "."));

    [Fact]
    public void References_come_out_in_enum_order_without_duplicates()
        => Assert.Equal(
            [LegalReference.UNCLOS, LegalReference.COC, LegalReference.UNCharter],
            References(
                "Les deux parties ont souligné la Charte des Nations unies et la conclusion d'un COC.",
                "Elles ont rappelé la CNUDM de 1982, conformément à la Charte de l'ONU et à l'UNCLOS."));

    [Fact]
    public void All_four_instruments_together()
        => Assert.Equal(
            [LegalReference.UNCLOS, LegalReference.DOC, LegalReference.COC, LegalReference.UNCharter],
            References("Conformément à la Charte de l'ONU, à la CNUDM, à la DOC et au futur COC, les différends seront réglés pacifiquement."));

    [Theory]
    [InlineData("Les deux parties ont signé une charte de coopération.")]
    [InlineData("Le droit international doit être respecté.")]
    [InlineData("Les deux pays ont adopté une déclaration commune.")]
    [InlineData("Le ministre a reçu l'ambassadeur.")]
    public void Other_wordings_are_no_reference(string paragraph)
        => Assert.Empty(References(paragraph));

    [Fact]
    public void A_reference_in_a_link_line_or_a_caption_does_not_count()
    {
        var dialogue = ArticleExtractor.Extract(
            "/corpus/l.txt",
            "Un titre\nHanoï (VNA) - Le ministre a reçu l'ambassadeur.\n>> Le respect de la CNUDM rappelé à Manille\nLes ministres devant la Charte des Nations unies. Photo : VNA\n").Dialogue!;
        Assert.Empty(dialogue.LegalReferences);
    }
}

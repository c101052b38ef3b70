using DefenseDialogues.Generator.Extraction.Fields;
using DefenseDialogues.Generator.Extraction;
using Xunit;
using DefenseDialogues.Generator.Extraction.Text;
using DefenseDialogues.Generator.Extraction.Fields.Kind;
using static DefenseDialogues.Tests.Extraction.NameStories;

namespace DefenseDialogues.Tests.Extraction;

/// <summary>The dialogue's edition: an ordinal, however written, that qualifies this defense dialogue and nothing else.</summary>
public class EditionOrdinalTests
{
    private static int? Edition(params string[] paragraphs) => EditionExtractor.Read(ArticleContext.Of(Story(paragraphs))).Value;

    [Theory]
    [InlineData("Le quatrième dialogue sur la politique de défense s'est tenu à Jakarta.", 4)]
    [InlineData("Le premier dialogue stratégique de défense a eu lieu à Oslo.", 1)]
    [InlineData("Le deuxième Dialogue sur la politique de défense Vietnam - Australie s'est ouvert.", 2)]
    [InlineData("Le troisième dialogue de stratégie et de coopération de défense a eu lieu à Séoul.", 3)]
    [InlineData("Le seizième dialogue stratégique de défense s'est tenu à Moscou.", 16)]
    [InlineData("Le 1er dialogue sur la politique de défense s'est tenu à Brasilia.", 1)]
    [InlineData("Le 2e dialogue sur la politique de défense s'est tenu à Manille.", 2)]
    [InlineData("Le 10e dialogue stratégique de défense s'est tenu à Séoul.", 10)]
    [InlineData("Le 5 e dialogue sur la politique de défense s'est tenu à Singapour.", 5)]
    [InlineData("Le 16ᵉ dialogue stratégique de défense s'est tenu à Moscou.", 16)]
    [InlineData("Le 2è dialogue sur la politique de défense s'est tenu à Canberra.", 2)]
    [InlineData("Le 4ème dialogue sur la politique de défense s'est tenu à Paris.", 4)]
    [InlineData("Le 4 e dialogue sur la politique de défense s'est tenu à Paris.", 4)]
    [InlineData("La 8e édition du dialogue sur la politique de défense s'est tenue à Tokyo.", 8)]
    [InlineData("Le dix-huitième dialogue stratégique de défense s'est tenu à Moscou.", 18)]
    [InlineData("La huitième édition du dialogue stratégique de défense s'est tenue à Tokyo.", 8)]
    [InlineData("Ce dialogue, le premier dialogue sur la politique de défense entre les deux pays, a eu lieu à Lima.", 1)]
    [InlineData("Le IIIe Dialogue sur la politique de défense s'est tenu à Manille.", 3)]
    [InlineData("Le XIVe dialogue stratégique de défense s'est tenu à Moscou.", 14)]
    [InlineData("Le IXème dialogue sur la politique de défense s'est tenu à Paris.", 9)]
    [InlineData("Le Ier dialogue sur la politique de défense s'est tenu à Lima.", 1)]
    public void An_ordinal_qualifying_the_dialogue_is_its_edition(string paragraph, int expected)
        => Assert.Equal(expected, Edition(paragraph));

    [Theory]
    [InlineData("En marge du 19e Dialogue de Shangri-La, les ministres ont tenu le dialogue sur la politique de défense.")]
    [InlineData("En marge du 10e Forum Xiangshan, le dialogue stratégique de défense s'est tenu.")]
    [InlineData("Lors de la 79e session de l'Assemblée générale, le dialogue sur la politique de défense a été salué.")]
    [InlineData("Malgré la 4e vague épidémique, le dialogue sur la politique de défense a eu lieu en ligne.")]
    [InlineData("Le 2e vice-ministre a coprésidé le dialogue sur la politique de défense.")]
    [InlineData("Le 1er dialogue économique s'est tenu à Hanoï.")]
    public void An_ordinal_of_another_event_is_not_the_edition(string paragraph)
        => Assert.Null(Edition(paragraph));

    [Theory]
    [InlineData("Depuis le deuxième dialogue sur la politique de défense, les échanges se sont multipliés.")]
    [InlineData("Le précédent 3e dialogue sur la politique de défense avait eu lieu à Hanoï.")]
    public void An_earlier_edition_is_not_this_one(string paragraph)
        => Assert.Null(Edition(paragraph));

    [Fact]
    public void This_edition_is_found_after_a_mention_of_an_earlier_one()
        => Assert.Equal(3, Edition(
            "Depuis le deuxième dialogue sur la politique de défense, les échanges se sont multipliés.",
            "Le troisième dialogue sur la politique de défense s'est tenu mardi."));

    [Theory]
    [InlineData("Il s'agit de la quatrième édition du dialogue, organisée à Hanoï.", 4)]
    [InlineData("Le 6e dialogue s'est tenu à Canberra.", 6)]
    [InlineData("Le 2e dialogue de défense a eu lieu à Rome.", 2)]
    public void Once_the_series_is_named_a_plain_dialogue_ordinal_is_its_edition(string paragraph, int expected)
        => Assert.Equal(expected, Edition("Le dialogue sur la politique de défense a réuni les deux vice-ministres.", paragraph));

    [Theory]
    [InlineData("Le 1er dialogue économique s'est tenu à Hanoï.")]
    [InlineData("Le 19e Dialogue de Shangri-La a eu lieu en juin.")]
    [InlineData("Le deuxième dialogue (tenu en avril 2022) avait posé les bases.")]
    [InlineData("Depuis le troisième dialogue, la coopération progresse.")]
    public void A_plain_dialogue_ordinal_of_another_dialogue_is_not_the_edition(string paragraph)
        => Assert.Null(Edition("Le dialogue sur la politique de défense a réuni les deux vice-ministres.", paragraph));

    [Fact]
    public void A_plain_dialogue_ordinal_needs_the_series_named()
        => Assert.Null(Edition("Le 6e dialogue s'est tenu à Canberra."));

    [Theory]
    [InlineData("Le Dialogue sur la politique de défense Vietnam - Inde 2019 s'est tenu à New Delhi.")]
    [InlineData("Le dialogue sur la politique de défense s'est tenu le 5 mars.")]
    // Roman numerals in capitals only, canonical, I/V/X: "Le" and "Ce" are not 50th and 100th.
    [InlineData("Ce dialogue sur la politique de défense s'est tenu à Hanoï.")]
    [InlineData("Le dialogue sur la politique de défense, le IIIIe selon certains, s'est tenu à Hanoï.")]
    [InlineData("Le VXe dialogue sur la politique de défense s'est tenu à Hanoï.")]
    [InlineData("Le IIe. dialogue sur la politique de défense s'est tenu à Hanoï, au IIIe étage.")]
    [InlineData("Le IIer dialogue sur la politique de défense s'est tenu à Hanoï.")]
    public void A_dialogue_without_an_ordinal_has_no_edition(string paragraph)
        => Assert.Null(Edition(paragraph));

    [Fact]
    public void A_mechanism_to_be_set_up_has_no_edition()
        => Assert.Null(Edition("Les deux parties envisagent un mécanisme de premier dialogue sur la politique de défense."));

    [Fact]
    public void The_story_wins_over_captions_and_the_headline_counts()
    {
        var article = Story(
            ["Le 5e dialogue sur la politique de défense s'est tenu à Hanoï."],
            headline: "Vietnam et Inde: le 5e dialogue sur la politique de défense",
            captions: ["Les délégations au 6e dialogue sur la politique de défense."]);
        Assert.Equal(5, EditionExtractor.Read(ArticleContext.Of(article)).Value);
        Assert.Equal(6, EditionExtractor.Read(ArticleContext.Of(Story(["Les deux délégations ont signé un procès-verbal."], captions: ["Les délégations au 6e dialogue sur la politique de défense."]))).Value);
    }

    [Fact]
    public void An_ordinal_in_a_link_line_does_not_count()
    {
        var result = ArticleExtractor.Extract("/corpus/e.txt", "Un titre\nHanoï (VNA) - Le dialogue sur la politique de défense s'est tenu.\n>> Le 9e dialogue sur la politique de défense Vietnam - Japon\n");
        Assert.Null(result.Dialogue!.Edition);
    }

    [Theory]
    [InlineData("premier", 1)]
    [InlineData("première", 1)]
    [InlineData("second", 2)]
    [InlineData("troisième", 3)]
    [InlineData("dix-septième", 17)]
    [InlineData("dix-neuvième", 19)]
    [InlineData("soixante-dixième", 70)]
    [InlineData("quatre-vingtième", 80)]
    [InlineData("vingtième", 20)]
    [InlineData("1re", 1)]
    [InlineData("12e", 12)]
    [InlineData("12ème", 12)]
    [InlineData("1ᵉʳ", 1)]
    public void French_ordinals_read_as_numbers(string written, int expected)
    {
        var tokens = PhraseTokenizer.Tokenize(written + " dialogue");
        Assert.Equal(expected, FrenchOrdinals.At(tokens, 0, out var next));
        Assert.True(tokens[next].Is("dialogue"));
    }

    [Theory]
    [InlineData("2er")]
    [InlineData("0e")]
    [InlineData("12")]
    [InlineData("deux")]
    [InlineData("dix - septième")]
    [InlineData("12x")]
    public void Non_ordinals_read_as_zero(string written)
        => Assert.Equal(0, FrenchOrdinals.At(PhraseTokenizer.Tokenize(written + " dialogue"), 0, out _));
}

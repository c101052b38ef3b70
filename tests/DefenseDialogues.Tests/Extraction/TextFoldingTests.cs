using Xunit;
using DefenseDialogues.Generator.Extraction.Text;

namespace DefenseDialogues.Tests.Extraction;

public class TextFoldingTests
{
    [Theory]
    [InlineData("Hoang Xuân Chiên", "hoang xuan chien")]
    [InlineData("Hoàng  Xuân\u00A0Chiên", "hoang xuan chien")]
    [InlineData("d\u2019armée", "d'armee")]
    [InlineData("Nguyễn Đức", "nguyen duc")]
    public void Folds_diacritics_case_apostrophes_and_spaces(string input, string expected)
        => Assert.Equal(expected, TextFolding.Fold(input));

    [Fact]
    public void NFC_and_NFD_fold_alike()
        => Assert.Equal(TextFolding.Fold("Hanoï".Normalize(System.Text.NormalizationForm.FormC)), TextFolding.Fold("Hanoï".Normalize(System.Text.NormalizationForm.FormD)));

    [Fact]
    public void A_remembered_word_folds_as_before_and_the_memo_stays_bounded()
    {
        // Short words are memoized per thread; past the bound the memo starts over, never a wrong answer.
        var words = Enumerable.Range(0, 40_000).Select(i => "Đà" + i.ToString(System.Globalization.CultureInfo.InvariantCulture) + "é").ToList();
        foreach (var word in words.Concat(words))
        {
            var n = word[2..^1];
            Assert.Equal("da" + n + "e", TextFolding.Fold(word));
        }

        Assert.Equal("hanoi", TextFolding.Fold("Hanoï"));
        Assert.Equal("hanoi", TextFolding.Fold("Hanoï"));
    }
}

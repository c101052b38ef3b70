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
}

using DefenseDialogues.Generator.Input;
using Xunit;

namespace DefenseDialogues.Tests.Input;

/// <summary>The one per-file key the build files hand the generator (<c>DialogueSeed</c>), read back.</summary>
public class SeedFlagTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("false")]
    [InlineData("  ")]
    [InlineData("truth")]
    [InlineData("bundled true")]
    public void Anything_not_starting_with_the_word_true_is_not_an_article(string? value)
        => Assert.False(SeedFlag.Parse(value).IsSeed);

    [Theory]
    [InlineData("true")]
    [InlineData(" TRUE ")]
    [InlineData("True")]
    public void True_is_an_article_of_the_project(string value)
        => Assert.Equal(new SeedFlag(true, false, null, null), SeedFlag.Parse(value));

    [Fact]
    public void True_bundled_is_the_bundled_corpus()
        => Assert.Equal(new SeedFlag(true, true, null, null), SeedFlag.Parse("true bundled"));

    [Fact]
    public void A_converted_copy_carries_its_encoding_and_the_original_path_percent_decoded()
    {
        var flag = SeedFlag.Parse("true windows-1252 %2Fdata%2Fmy%20articles%2Fa%23%3B.txt");
        Assert.True(flag.IsSeed);
        Assert.False(flag.Bundled);
        Assert.Equal("windows-1252", flag.Encoding);
        Assert.Equal("/data/my articles/a#;.txt", flag.OriginalPath);
    }
}

extern alias runtime;

using Xunit;

namespace DefenseDialogues.Tests.Runtime;

using runtime::DefenseDialogues;

public class YearMonthTests
{
    [Theory]
    [InlineData(2024, 2, "2024-02")]
    [InlineData(2023, 12, "2023-12")]
    [InlineData(999, 1, "0999-01")]
    public void Formats_as_YYYY_MM(int year, int month, string expected)
        => Assert.Equal(expected, new YearMonth(year, month).ToString());

    [Theory]
    [InlineData(0, 1, "year")]
    [InlineData(10000, 1, "year")]
    [InlineData(2024, 0, "month")]
    [InlineData(2024, 13, "month")]
    public void Rejects_out_of_range_parts(int year, int month, string parameter)
        => Assert.Equal(parameter, Assert.Throws<ArgumentOutOfRangeException>(() => new YearMonth(year, month)).ParamName);

    [Fact]
    public void Orders_chronologically()
    {
        var ordered = new[] { new YearMonth(2023, 7), new YearMonth(2023, 12), new YearMonth(2024, 1), new YearMonth(2024, 10) };
        var sorted = ordered.Reverse().ToArray();
        Array.Sort(sorted);
        Assert.Equal(ordered, sorted);
        Assert.True(new YearMonth(2023, 12) < new YearMonth(2024, 1));
        Assert.True(new YearMonth(2024, 1) >= new YearMonth(2024, 1));
        Assert.False(new YearMonth(2024, 1) > new YearMonth(2024, 1));
    }

    [Fact]
    public void Equality_and_hash_agree()
    {
        Assert.True(new YearMonth(2024, 2) == new YearMonth(2024, 2));
        Assert.True(new YearMonth(2024, 2) != new YearMonth(2024, 3));
        Assert.Equal(new YearMonth(2024, 2).GetHashCode(), new YearMonth(2024, 2).GetHashCode());
        Assert.True(new YearMonth(2024, 2).Equals((object)new YearMonth(2024, 2)));
    }
}

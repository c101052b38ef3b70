extern alias runtime;

using Xunit;

namespace DefenseDialogues.Tests.Runtime;

// Inside the namespace so these bind before the generator's same-named internal types in DefenseDialogues.
using runtime::DefenseDialogues;

public class PartialDateTests
{
    [Theory]
    [InlineData(2024, 2, 27, "2024-02-27")]
    [InlineData(2024, 2, null, "2024-02")]
    [InlineData(2024, null, null, "2024")]
    [InlineData(null, 12, 5, "--12-05")]
    [InlineData(null, 12, null, "--12")]
    [InlineData(null, null, null, "")]
    [InlineData(5, 1, 1, "0005-01-01")]
    public void Formats_known_parts_as_ISO_8601(int? year, int? month, int? day, string expected)
        => Assert.Equal(expected, new PartialDate(year, month, day).ToString());

    [Fact]
    public void Default_is_the_all_unknown_date()
    {
        Assert.Equal(new PartialDate(null, null, null), default);
        Assert.Equal("", default(PartialDate).ToString());
    }

    [Theory]
    [InlineData(0, null, null, "year")]
    [InlineData(10000, null, null, "year")]
    [InlineData(2024, 0, null, "month")]
    [InlineData(2024, 13, null, "month")]
    [InlineData(2024, 1, 0, "day")]
    [InlineData(2024, 1, 32, "day")]
    [InlineData(2023, 2, 29, "day")]
    [InlineData(2024, 4, 31, "day")]
    [InlineData(null, 2, 30, "day")]
    [InlineData(2024, null, 5, "day")]
    [InlineData(null, null, 5, "day")]
    public void Rejects_out_of_range_parts(int? year, int? month, int? day, string parameter)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new PartialDate(year, month, day));
        Assert.Equal(parameter, error.ParamName);
    }

    [Theory]
    [InlineData(2024, 2, 29)]
    [InlineData(null, 2, 29)]
    [InlineData(9999, 12, 31)]
    [InlineData(1, 1, 1)]
    public void Accepts_edge_dates(int? year, int? month, int? day)
        => Assert.Equal(day, new PartialDate(year, month, day).Day);

    [Fact]
    public void Unknown_parts_sort_first()
    {
        var ordered = new[]
        {
            new PartialDate(null, null, null),
            new PartialDate(null, 1, null),
            new PartialDate(null, 12, 5),
            new PartialDate(2023, null, null),
            new PartialDate(2023, 7, null),
            new PartialDate(2023, 7, 4),
            new PartialDate(2023, 12, 1),
            new PartialDate(2024, 2, 27),
        };
        var shuffled = ordered.Reverse().ToArray();
        Array.Sort(shuffled);
        Assert.Equal(ordered, shuffled);
        for (var i = 1; i < ordered.Length; i++)
        {
            Assert.True(ordered[i - 1] < ordered[i]);
            Assert.True(ordered[i] > ordered[i - 1]);
            Assert.True(ordered[i - 1] <= ordered[i]);
            Assert.False(ordered[i - 1] >= ordered[i]);
        }
    }

    [Fact]
    public void Equality_compares_every_part()
    {
        var date = new PartialDate(2024, 2, 27);
        Assert.True(date == new PartialDate(2024, 2, 27));
        Assert.Equal(date.GetHashCode(), new PartialDate(2024, 2, 27).GetHashCode());
        Assert.True(date != new PartialDate(2024, 2, null));
        Assert.True(new PartialDate(null, 2, 27) != new PartialDate(2024, 2, 27));
        Assert.Equal(0, date.CompareTo(new PartialDate(2024, 2, 27)));
        Assert.False(date.Equals((object)"2024-02-27"));
    }

    [Fact]
    public void Converts_to_DateTime_only_when_complete()
    {
        Assert.True(new PartialDate(2024, 2, 27).IsComplete);
        Assert.Equal(new DateTime(2024, 2, 27), new PartialDate(2024, 2, 27).ToDateTime());
        Assert.Equal(DateTimeKind.Unspecified, new PartialDate(2024, 2, 27).ToDateTime()!.Value.Kind);
        Assert.False(new PartialDate(null, 12, 5).IsComplete);
        Assert.Null(new PartialDate(null, 12, 5).ToDateTime());
        Assert.Null(new PartialDate(2024, 2, null).ToDateTime());
    }
}

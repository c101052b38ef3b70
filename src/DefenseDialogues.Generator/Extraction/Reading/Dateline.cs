using DefenseDialogues.Generator.Extraction.Text;

namespace DefenseDialogues.Generator.Extraction.Reading;

/// <summary>A story's dateline: <c>City[, day month [year]] (CREDIT) –</c>.</summary>
/// <param name="City">The city as written (French), or null.</param>
/// <param name="Day">The day given in the dateline, or null.</param>
/// <param name="Month">The month given in the dateline, or null.</param>
/// <param name="Year">The year given in the dateline, or null (most give none).</param>
/// <param name="Credit">The agency in parentheses (<c>VNA</c>).</param>
/// <param name="Unit">The dateline's text and positions (null when built by hand).</param>
internal sealed record Dateline(string? City, int? Day, int? Month, int? Year, string? Credit, StoryUnit? Unit = null)
{
    /// <summary>Where the city is written, or null.</summary>
    public StorySpan? CitySpan => Find(City);

    /// <summary>Where the day and month (and year) are written, or null.</summary>
    public StorySpan? DateSpan
    {
        get
        {
            if (Unit is null || City is null)
            {
                return null;
            }

            var comma = Unit.Text.IndexOf(',', City.Length);
            var open = Unit.Text.IndexOf('(');
            if (comma < 0 || open < comma)
            {
                return null;
            }

            var start = comma + 1;
            while (start < open && Unit.Text[start] == ' ')
            {
                start++;
            }

            var end = open;
            while (end > start && Unit.Text[end - 1] == ' ')
            {
                end--;
            }

            return Unit.Span(start, end);
        }
    }

    /// <summary>Where the credit is written, or null.</summary>
    public StorySpan? CreditSpan => Find(Credit);

    private StorySpan? Find(string? piece)
    {
        if (Unit is null || piece is null)
        {
            return null;
        }

        var at = Unit.Text.IndexOf(piece, System.StringComparison.Ordinal);
        return at < 0 ? null : Unit.Span(at, at + piece.Length);
    }
}

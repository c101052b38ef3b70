using System.Globalization;
using System.Xml.Linq;
using DefenseDialogues.Explorer;
using Xunit;

namespace DefenseDialogues.Tests.Explorer;

public class TimelineSvgTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    private static readonly TimelineEntry[] Entries =
    [
        new("Japan", 2024, 2, 27, false, "PolicyDialogue", "2024-02-27 #10"),
        new("Italy", 2023, 7, 4, false, "PolicyDialogue", "2023-07-04 #4"),
        new("Japan", 2024, 3, 1, false, "Talks", "2024-03-01"),
        new("Russia", 2024, 8, null, true, "Meeting", "~2024-08"),
        new("Côte <d'Ivoire> & Co", 2022, 1, 5, false, "Visit", "2022-01-05"),
    ];

    [Fact]
    public void Svg_is_well_formed_with_one_mark_per_dialogue_and_one_row_per_partner()
    {
        var svg = XDocument.Parse(TimelineSvg.Render(Entries, ["undated_1"], "Title <5>"));

        var marks = svg.Descendants(Svg + "circle").Where(c => (string?)c.Attribute("class") == "mark").ToArray();
        Assert.Equal(Entries.Length, marks.Length);
        Assert.Equal(4, svg.Descendants(Svg + "g").Count(g => (string?)g.Attribute("class") == "row"));
        Assert.Single(marks, m => (string?)m.Attribute("stroke-dasharray") is not null); // the approximate one is hollow

        var texts = svg.Descendants(Svg + "text").Select(t => t.Value).ToArray();
        Assert.Contains("Côte <d'Ivoire> & Co", texts);
        Assert.Contains("Title <5>", texts);
        Assert.Contains(texts, t => t.Contains("undated_1", StringComparison.Ordinal));
        Assert.Contains("2024-02-27 #10", texts);
    }

    [Fact]
    public void Marks_are_placed_in_date_order_along_the_axis()
    {
        var svg = XDocument.Parse(TimelineSvg.Render(Entries, [], "t"));
        var japan = svg.Descendants(Svg + "g").Single(g => g.Elements(Svg + "text").Any(t => t.Value == "Japan"));
        var xs = japan.Elements(Svg + "circle").Select(c => double.Parse((string)c.Attribute("cx")!, CultureInfo.InvariantCulture)).ToArray();
        Assert.Equal(2, xs.Length);
        Assert.True(xs[0] < xs[1]);
    }

    [Fact]
    public void Output_is_deterministic_and_culture_invariant()
    {
        var first = TimelineSvg.Render(Entries, [], "t");
        var previous = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo("fr-FR");
            Assert.Equal(first, TimelineSvg.Render(Entries.Reverse().ToArray(), [], "t"));
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }
}

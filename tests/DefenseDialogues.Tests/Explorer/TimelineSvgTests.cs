using System.Globalization;
using System.Xml.Linq;
using DefenseDialogues.Explorer;
using Xunit;

namespace DefenseDialogues.Tests.Explorer;

/// <summary>The explorer's timeline picture, rendered from plain entries (the sample's source is linked in).</summary>
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

    private static XElement[] Marks(XDocument svg)
        => svg.Descendants().Where(e => (string?)e.Attribute("class") == "mark").ToArray();

    private static XElement[] Rows(XDocument svg)
        => svg.Descendants(Svg + "g").Where(g => (string?)g.Attribute("class") == "row").ToArray();

    /// <summary>A row's partner name, which may be drawn on two lines.</summary>
    private static string PartnerOf(XElement row)
        => string.Join(" ", row.Elements(Svg + "text").Where(t => (string?)t.Attribute("class") == "partner").Select(t => t.Value));

    private static double Number(XElement e, string attribute)
        => double.Parse((string)e.Attribute(attribute)!, CultureInfo.InvariantCulture);

    [Fact]
    public void Svg_is_well_formed_with_one_mark_per_dialogue_and_one_row_per_partner()
    {
        var svg = XDocument.Parse(TimelineSvg.Render(Entries, ["European Union, Dec 5 (002_x)"], "Title <5>"));

        Assert.Equal(Svg + "svg", svg.Root!.Name);
        Assert.Equal(Entries.Length, Marks(svg).Length);
        Assert.Equal(Entries.Select(e => e.Partner).Distinct().Order(StringComparer.Ordinal), Rows(svg).Select(PartnerOf).Order(StringComparer.Ordinal));
        Assert.Equal("sans-serif", (string?)svg.Root.Attribute("font-family"));
    }

    [Fact]
    public void Approximate_dates_are_hollow_and_dashed_and_explained_in_the_legend()
    {
        var svg = XDocument.Parse(TimelineSvg.Render(Entries, [], "t"));
        var dashed = Assert.Single(Marks(svg), m => m.Attribute("stroke-dasharray") is not null);
        Assert.Equal("#ffffff", (string?)dashed.Attribute("fill"));
        Assert.Contains("Russia", dashed.Value, StringComparison.Ordinal);
        Assert.Contains(svg.Descendants(Svg + "text"), t => t.Value.Contains("publication month", StringComparison.Ordinal));
    }

    [Fact]
    public void Dialogues_without_a_year_are_listed_not_drawn()
    {
        var svg = XDocument.Parse(TimelineSvg.Render(Entries, ["European Union, Dec 5 (002_x)", "Canada, Jul 23 (104_y)"], "t"));
        Assert.Equal(Entries.Length, Marks(svg).Length);
        var text = string.Join(" ", svg.Descendants(Svg + "text").Select(t => t.Value));
        Assert.Contains("no year known", text, StringComparison.Ordinal);
        Assert.Contains("Dec 5 (002_x)", text, StringComparison.Ordinal);
        Assert.Contains("Jul 23 (104_y)", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_is_escaped_and_survives_the_round_trip()
    {
        var raw = TimelineSvg.Render(Entries, ["A&B <x> (id)"], "Title <5> & \"more\"");
        Assert.DoesNotContain("<d'Ivoire>", raw, StringComparison.Ordinal);
        Assert.Contains("&lt;d'Ivoire&gt; &amp; Co", raw, StringComparison.Ordinal);

        var svg = XDocument.Parse(raw);
        Assert.Contains("Côte <d'Ivoire> & Co", Rows(svg).Select(PartnerOf));
        var texts = svg.Descendants(Svg + "text").Select(t => t.Value).ToArray();
        Assert.Contains("Title <5> & \"more\"", texts);
        Assert.Contains(texts, t => t.Contains("A&B <x> (id)", StringComparison.Ordinal));
    }

    [Fact]
    public void Marks_are_placed_in_date_order_along_the_axis()
    {
        var svg = XDocument.Parse(TimelineSvg.Render(Entries, [], "t"));
        var rows = Rows(svg).ToDictionary(PartnerOf, r => r.Elements(Svg + "path").Select(X).ToArray());
        Assert.Equal(2, rows["Japan"].Length);
        Assert.True(rows["Japan"][0] < rows["Japan"][1]);
        Assert.True(rows["Côte <d'Ivoire> & Co"][0] < rows["Italy"][0]);
        Assert.True(rows["Italy"][0] < rows["Japan"][0]);
    }

    [Fact]
    public void Labels_of_close_marks_are_staggered_so_they_do_not_overlap()
    {
        // Five policy dialogues a few days apart: their labels, centred on the marks, would collide.
        var dense = Enumerable.Range(1, 5).Select(d => new TimelineEntry("Laos", 2020, 3, d * 3, false, "PolicyDialogue", $"2020-03-{d * 3:00} #{d}")).ToArray();
        var svg = XDocument.Parse(TimelineSvg.Render(dense, [], "t"));
        var labels = Assert.Single(Rows(svg)).Elements(Svg + "text").Where(t => (string?)t.Attribute("class") == "label").ToArray();
        Assert.Equal(5, labels.Length);
        foreach (var a in labels)
        {
            foreach (var b in labels.Where(b => b != a && Number(b, "y") == Number(a, "y")))
            {
                // Same line: centres must be at least a label's estimated width apart.
                Assert.True(Math.Abs(Number(a, "x") - Number(b, "x")) >= a.Value.Length * Number(a, "font-size") * 0.56, $"'{a.Value}' overlaps '{b.Value}'");
            }
        }

        Assert.True(labels.Select(l => Number(l, "y")).Distinct().Count() >= 3);
    }

    [Fact]
    public void Kinds_differ_in_shape_as_well_as_colour()
    {
        var kinds = new[] { "PolicyDialogue", "Talks", "Reception", "Visit", "Meeting", "Other" };
        var entries = kinds.Select((k, i) => new TimelineEntry("P" + i, 2020, i + 1, 1, false, k, k)).ToArray();
        var marks = Marks(XDocument.Parse(TimelineSvg.Render(entries, [], "t")));
        Assert.Equal(kinds.Length, marks.Select(m => (string?)m.Attribute("fill")).Distinct().Count());
        Assert.Equal(kinds.Length, marks.Select(ShapeOf).Distinct().Count());
    }

    [Fact]
    public void Output_is_deterministic_culture_invariant_and_independent_of_input_order()
    {
        var first = TimelineSvg.Render(Entries, ["b (2)", "a (1)"], "t");
        Assert.Equal(first, TimelineSvg.Render(Entries, ["b (2)", "a (1)"], "t"));
        var previous = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo("fr-FR");
            Assert.Equal(first, TimelineSvg.Render(Entries.Reverse().ToArray(), ["a (1)", "b (2)"], "t"));
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    [Fact]
    public void Long_partner_names_take_two_lines_and_then_an_ellipsis_never_the_plot()
    {
        var svg = XDocument.Parse(TimelineSvg.Render(
            [new("Democratic Republic of the Congo", 2020, 1, 1, false, "Visit", "a"), new("Association of Southeast Asian Nations Defence Ministers", 2021, 1, 1, false, "Visit", "b")],
            [],
            "t"));
        var names = Rows(svg).ToDictionary(PartnerOf, r => r.Elements(Svg + "text").Count(t => (string?)t.Attribute("class") == "partner"));
        Assert.Equal(2, names["Democratic Republic of the Congo"]);
        Assert.Contains(names.Keys, n => n.StartsWith("Association", StringComparison.Ordinal) && n.Contains('\u2026', StringComparison.Ordinal));
    }

    [Fact]
    public void An_empty_corpus_still_draws_a_valid_picture()
    {
        var svg = XDocument.Parse(TimelineSvg.Render([], ["X, Jan 1 (x)"], "nothing"));
        Assert.Empty(Marks(svg));
        Assert.Empty(Rows(svg));
    }

    /// <summary>A mark's centre on the axis, from its <c>translate(x,y)</c>.</summary>
    private static double X(XElement mark)
    {
        var transform = (string)mark.Attribute("transform")!;
        return double.Parse(transform["translate(".Length..transform.IndexOf(',', StringComparison.Ordinal)], CultureInfo.InvariantCulture);
    }

    /// <summary>A mark's outline: drawn around the origin and moved by the transform, so it is the shape alone.</summary>
    private static string ShapeOf(XElement mark) => (string)mark.Attribute("d")!;
}

using System.IO;
using System.Linq;
using DefenseDialogues.Generator.Extraction.Text;
using Xunit;

namespace DefenseDialogues.Tests.Gazetteers;

/// <summary>The closed word classes are data: the embedded table loads, holds every declared class, and bad rows are refused.</summary>
public class WordClassesTests
{
    private static string Table(params string[] rows)
    {
        var declared = WordClasses.Declared.Keys.Select(k => k + "\t" + string.Join("|", WordClasses.Default.List(k)));
        return string.Join("\n", declared.Concat(rows));
    }

    [Fact]
    public void The_embedded_table_holds_every_declared_class_in_its_declared_form()
    {
        foreach (var (name, form) in WordClasses.Declared)
        {
            var words = WordClasses.Default.List(name);
            Assert.NotEmpty(words);
            Assert.Equal(words.Count, words.Distinct().Count());
            if (form != WordClasses.Form.Text)
            {
                Assert.All(words, w => Assert.Equal(TextFolding.Fold(w), w));
            }
        }

        Assert.Equal(12, WordClasses.Default.List("month").Count);
        Assert.Equal("mercredi", FrenchDates.NameOf(System.DayOfWeek.Wednesday));
        Assert.Equal(8, FrenchDates.MonthOf("Août"));
    }

    [Theory]
    [InlineData("verbes\tdit|fait", "unknown word class 'verbes'")]
    [InlineData("article\tle|la", "given twice")]
    public void A_bad_row_is_refused_with_its_line(string row, string message)
    {
        var error = Assert.Throws<InvalidDataException>(() => WordClasses.Parse(Table(row)));
        Assert.Contains("word-classes.tsv:", error.Message);
        Assert.Contains(message, error.Message);
    }

    [Fact]
    public void A_key_not_in_folded_form_and_a_missing_class_are_refused()
    {
        var declared = WordClasses.Declared.Keys.Where(k => k != "travel-cue").Select(k => k + "\t" + string.Join("|", WordClasses.Default.List(k)));
        var missing = Assert.Throws<InvalidDataException>(() => WordClasses.Parse(string.Join("\n", declared)));
        Assert.Contains("missing word class 'travel-cue'", missing.Message);

        var unfolded = Assert.Throws<InvalidDataException>(() => WordClasses.Parse(string.Join("\n", declared) + "\ntravel-cue\tVisite|séjour"));
        Assert.Contains("is not folded", unfolded.Message);
    }
}

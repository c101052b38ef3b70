using System.Text.Json;
using Xunit;

namespace DefenseDialogues.PackageTests;

/// <summary>
/// Meetings through a real build of an app using the packed package (issue 18): two articles about one
/// meeting that disagree on the day become one meeting with both dates and who stated each; a near-miss
/// (the same partner the next day, other people) stays apart; the disputed date is an info diagnostic in
/// the build's SARIF log, located in both .txt files; the series shows its missing editions.
/// </summary>
public sealed partial class PackageTests
{
    private static string FranceOthers(int day) => $" date 2023-12 Entretiens Vietnam-France\n\nParis, {day} décembre (VNA) - Le général Trần Quang Phương, vice-ministre vietnamien de la Défense, a eu des entretiens le {day} décembre à Paris avec Claire Dubois, directrice au ministère français des Armées.\n";

    [Fact]
    public void Articles_about_one_meeting_build_into_one_meeting_with_both_dates_and_their_sources()
    {
        const string program = """
            using System;
            using System.Linq;
            using DefenseDialogues;

            var m = Dialogues.Article_110_france_13.Meeting!;
            Console.WriteLine("meetings=" + Meetings.Count + " dialogues=" + Dialogues.Count);
            Console.WriteLine("france=" + Meetings.With(Partners.France).Count + " of " + Dialogues.With(Partners.France).Count);
            Console.WriteLine("merged=" + string.Join(",", m.Articles.Select(a => a.Id)) + " disputed=" + m.IsDateDisputed);
            foreach (var d in m.Dates)
            {
                Console.WriteLine("date=" + d.Value + " by " + string.Join(",", d.StatedBy.Select(a => a.Id)) + " at " + d.Evidence[0].Span);
            }

            Console.WriteLine("people=" + string.Join(",", m.People.Select(p => p.Value.Name + ":" + p.StatedBy.Count)));
            Console.WriteLine("same=" + ReferenceEquals(m, Meetings.Meeting_110_france_13) + "," + ReferenceEquals(m, Dialogues.Article_111_france_14.Meeting));
            foreach (var s in Meetings.Series)
            {
                Console.WriteLine("series=" + s);
            }
            """;
        var app = Package.CreateConsoleApp("meetings", program, items: """<DialogueArticle Include="articles/*.txt" />""");
        PackageFixture.WriteFile(app, "articles/110_france-13.txt", France(13));
        PackageFixture.WriteFile(app, "articles/111_france-14.txt", France(14));
        PackageFixture.WriteFile(app, "articles/112_france-autres.txt", FranceOthers(14));
        PackageFixture.WriteFile(app, "articles/120_inde.txt", India);

        var sarif = Path.Combine(app, "build.sarif");
        Package.Run(Output, app, "build", "-c", "Release", "-p:ErrorLog=" + sarif + "%2Cversion=2.1");
        var stdout = Package.Run(Output, app, "run", "-c", "Release", "--no-build");

        Assert.Contains("meetings=3 dialogues=4", stdout);
        Assert.Contains("france=2 of 3", stdout);
        Assert.Contains("merged=110_france-13,111_france-14 disputed=True", stdout);
        Assert.Contains("date=2023-12-13 by 110_france-13 at 110_france-13.txt(", stdout);
        Assert.Contains("date=2023-12-14 by 111_france-14 at 111_france-14.txt(", stdout);
        Assert.Contains("same=True,True", stdout);
        Assert.Contains("series=India PolicyDialogue: edition 12 (missing 1\u201311), 1 meeting", stdout);
        Assert.Matches("people=[^\n]*Hai:2", stdout);

        // The dispute as the IDE lists it: one info diagnostic in each article, at its date.
        using var log = JsonDocument.Parse(File.ReadAllText(sarif));
        var disputes = log.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray()
            .Where(r => r.GetProperty("ruleId").GetString() == "DD0401")
            .Select(r => r.GetProperty("locations")[0].GetProperty("physicalLocation"))
            .Select(l => (File: Path.GetFileName(Uri.UnescapeDataString(l.GetProperty("artifactLocation").GetProperty("uri").GetString()!)), Line: l.GetProperty("region").GetProperty("startLine").GetInt32()))
            .OrderBy(l => l.File, StringComparer.Ordinal)
            .ToArray();
        Assert.Equal(["110_france-13.txt", "111_france-14.txt"], disputes.Select(d => d.File));
        Assert.All(disputes, d => Assert.Equal(3, d.Line));
    }

    [Fact]
    public void The_explorer_prints_each_meeting_once_and_the_series_edition_by_edition()
    {
        // The README's commands over the meetings test corpus: `meetings` and `series <partner>`, then `timeline`.
        var corpus = Path.Combine(PackageFixture.RepoRoot, "tests", "DefenseDialogues.Tests", "Meetings", "*.txt");
        string Explorer(params string[] args) => Package.Run(Output, PackageFixture.RepoRoot, ["run", "--project", "samples/DefenseDialogues.Explorer", "-c", "Release", "-p:DialogueSeeds=" + corpus, "--", .. args]);

        var meetings = Explorer("meetings");
        Assert.Contains("13 meetings from 18 articles (4 reported by several articles, 2 with disputed facts)", meetings);
        Assert.Contains("  2025-03-12 Japan PolicyDialogue #10 in Tokyo, 3 articles", meetings);
        Assert.Contains("! 2025-02-27 India Talks in Hanoi, 2 articles (disputed: date)", meetings);
        Assert.Contains("date disputed: 2025-02-28 per 306_inde-entretiens-28-fevrier (306_inde-entretiens-28-fevrier.txt(", meetings);
        Assert.Contains("! 2025-04-05 Laos Reception in Hanoi, 2 articles (disputed: place)", meetings);
        Assert.Contains("  2025-05-20 South Korea Reception in Hanoi, 1 article", meetings);
        Assert.Contains("  2025-05-20 South Korea Talks in Hanoi, 1 article", meetings);

        var series = Explorer("series", "Japan");
        Assert.Contains("Japan PolicyDialogue: editions 9, 10 (missing 1\u20138), 2 meetings", series);
        Assert.Contains("#10   2025-03-12  Tokyo, 301_japon-10e-tokyo, 302_japon-10e-sans-annee, 303_japon-dixieme-mercredi", series);
        Assert.DoesNotContain("Russia", series);

        var svg = Path.Combine(Path.GetTempPath(), "dd-meetings-" + Guid.NewGuid().ToString("N")[..8] + ".svg");
        try
        {
            Assert.Contains("13 marks", Explorer("timeline", "--out", svg));
            var text = File.ReadAllText(svg);
            Assert.Contains("13 meetings from 18 articles", text);
            Assert.Contains("#10 (3 articles)", text);
        }
        finally
        {
            File.Delete(svg);
        }
    }
}

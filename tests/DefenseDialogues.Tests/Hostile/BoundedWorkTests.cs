using System.Diagnostics;
using System.Text;
using DefenseDialogues.Generator.Extraction;
using DefenseDialogues.Tests.Infrastructure;
using Xunit;

namespace DefenseDialogues.Tests.Hostile;

/// <summary>Long inputs finish (work is linear in the article's size) and cancellation is honored inside the loops.</summary>
public class BoundedWorkTests
{
    /// <summary>~1 MB built to stress every grammar: names, ranks, dates, ordinals, anniversaries, links, captions.</summary>
    private static string Pathological()
    {
        var sb = new StringBuilder(" date 2024-05 Titre\n\nHanoï (VNA) - Le Vietnam et le Laos ont tenu des entretiens.\n");
        for (var i = 0; sb.Length < 1_000_000; i++)
        {
            sb.Append(">> Le Japon reçoit la Chine le ").Append(1 + (i % 28)).Append(" mars\n");
            sb.Append("Le général de corps d'armée Nguyen Van A").Append(i % 500).Append(", vice-ministre, et son homologue laotien le colonel Khamla ")
              .Append(i).Append(" ont coprésidé mardi ").Append(1 + (i % 28)).Append(" mars le ").Append(1 + (i % 99))
              .Append("e Dialogue sur la politique de défense, le ").Append(i % 90).Append("e anniversaire de l'établissement (1970 - 2024).")
              .Append("Les deux parties ont discuté de formation, de sauvetage du 1er au 4 juillet et les 27 et 28 mars. Photo : VNA\n");
        }

        return sb.ToString();
    }

    [Fact]
    public void A_pathological_megabyte_article_completes()
    {
        var text = Pathological();
        var result = ArticleExtractor.Extract("/p/patho.txt", text);
        Assert.NotNull(result.Dialogue);
        Assert.DoesNotContain(result.Diagnostics, d => d.Id == "DD0900");
        Assert.Equal("LA", result.Dialogue!.Partner?.Code);
    }

    [Fact]
    public void Cancellation_mid_run_propagates_instead_of_becoming_a_diagnostic()
    {
        var text = Pathological();
        using var cancellation = new CancellationTokenSource();
        var watch = Stopwatch.StartNew();
        cancellation.CancelAfter(TimeSpan.FromMilliseconds(20));
        Assert.ThrowsAny<OperationCanceledException>(void () =>
        {
            // Repeat until the token fires, so the cancellation lands inside a run, not between runs.
            while (true)
            {
                ArticleExtractor.Extract("/p/patho.txt", text, cancellation.Token);
            }
        });
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(60));
    }

    [Fact]
    public void An_already_cancelled_token_stops_the_generator_driver()
    {
        using var cancellation = new CancellationTokenSource();
        cancellation.Cancel();
        var compilation = GeneratorHarness.CreateCompilation(TargetKind.Net10);
        var driver = GeneratorHarness.CreateDriver(GeneratorHarness.Seeds());
        Assert.ThrowsAny<OperationCanceledException>(() => driver.RunGenerators(compilation, cancellation.Token));
    }
}

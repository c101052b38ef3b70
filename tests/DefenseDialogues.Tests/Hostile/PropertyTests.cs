using System.Globalization;
using CsCheck;
using DefenseDialogues.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace DefenseDialogues.Tests.Hostile;

/// <summary>
/// Random and mutated articles (seeds cut, spliced, shuffled, sprinkled with random Unicode,
/// NUL, surrogates, bidi controls): the generator never throws, never reports an internal error,
/// its output always compiles, and its bytes do not depend on file order, line endings or culture.
/// Fixed seeds and bounded counts keep CI deterministic and quick.
/// </summary>
public class PropertyTests
{
    private static readonly string[] Bases = Directory.GetFiles(GeneratorHarness.SeedsDirectory, "*.txt")
        .OrderBy(p => p, StringComparer.Ordinal).Select(File.ReadAllText).ToArray();

    private static readonly char[] Nasty = ['\0', '\uD800', '\uDC00', '\u202E', '\u2066', '"', '\\', '{', '}', '\n', '\r', '\u0085', '\u2028', '>', '<', '&', '\uFFFD', '\u1D49'];

    /// <summary>A mutated article: a base seed, a second one to splice, an operation, and noise to insert.</summary>
    private static readonly Gen<string> Articles =
        Gen.Select(Gen.Int[0, Bases.Length - 1], Gen.Int[0, Bases.Length - 1], Gen.Int[0, 5], Gen.Int[0, int.MaxValue], Gen.Char.Array[0, 12], Gen.Int[0, Nasty.Length - 1].Array[0, 6])
            .Select((a, b, op, n, noise, nasty) => Mutate(Bases[a], Bases[b], op, n, noise, nasty.Select(i => Nasty[i]).ToArray()));

    private static string Mutate(string text, string other, int op, int n, char[] noise, char[] nasty)
    {
        var lines = text.Split('\n').ToList();
        var random = new Random(n);
        switch (op)
        {
            case 0: // cut anywhere
                text = text.Substring(0, n % (text.Length + 1));
                break;
            case 1: // splice two articles
                var others = other.Split('\n');
                text = string.Join("\n", lines.Take(n % (lines.Count + 1)).Concat(others.Skip(n % (others.Length + 1))));
                break;
            case 2: // shuffle lines
                text = string.Join("\n", lines.OrderBy(_ => random.Next()));
                break;
            case 3: // duplicate and drop lines
                text = string.Join("\n", lines.SelectMany(l => random.Next(4) switch { 0 => [], 1 => [l, l], _ => new[] { l } }));
                break;
            default: // unchanged; noise below does the work
                break;
        }

        var insertAt = text.Length == 0 ? 0 : n % text.Length;
        return text.Insert(insertAt, new string(noise) + new string(nasty));
    }

    private static readonly string Seed = new PCG(7, 20261122).ToString();

    [Fact]
    public void Mutated_articles_never_break_the_build()
    {
        Articles.Sample(
            article =>
            {
                var (result, output) = GeneratorHarness.Run([new InMemoryAdditionalText("/m/mutant.txt", article), GeneratorHarness.Seeds()[0]]);
                Assert.DoesNotContain(result.Diagnostics, d => d.Id == "DD0900" || d.Severity == DiagnosticSeverity.Error);
                Assert.Empty(GeneratorHarness.Problems(output));
                Assert.Contains(GeneratorHarness.LoadAll(output), d => d.Id == "000_975e3b2795ba872e");
            },
            seed: Seed,
            iter: 120,
            threads: 1);
    }

    [Fact]
    public void Output_bytes_do_not_depend_on_file_order_line_endings_or_culture()
    {
        Articles.Array[2, 4].Sample(
            articles =>
            {
                var files = articles.Select((a, i) => (Path: $"/m/a{i}.txt", Text: a)).ToArray();
                var reference = Generate(files, "\n", CultureInfo.InvariantCulture, reverse: false);
                Assert.Equal(reference, Generate(files, "\r\n", new CultureInfo("tr-TR"), reverse: true));
                Assert.Equal(reference, Generate(files, "\n", new CultureInfo("fr-FR"), reverse: true));
            },
            seed: Seed,
            iter: 40,
            threads: 1);
    }

    private static string Generate((string Path, string Text)[] files, string newline, CultureInfo culture, bool reverse)
    {
        var previous = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = culture;
            var ordered = reverse ? files.Reverse() : files;
            var texts = ordered.Select(f => (AdditionalText)new InMemoryAdditionalText(f.Path, f.Text.Replace("\r\n", "\n").Replace("\n", newline)));
            var (result, _) = GeneratorHarness.Run(texts);
            return string.Join("\n//----\n", GeneratorHarness.GeneratedSources(result).OrderBy(s => s.HintName, StringComparer.Ordinal).Select(s => s.HintName + "\n" + s.Source));
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = previous;
        }
    }
}

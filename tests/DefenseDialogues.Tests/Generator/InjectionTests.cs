using DefenseDialogues.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace DefenseDialogues.Tests.Generator;

/// <summary>
/// Text from an article must stay data: whatever it holds comes back identical at run time,
/// and nothing in it can end a literal or a doc comment, add a directive, or hide code
/// (Trojan Source bidi controls). Checked by compiling and running the generated code.
/// </summary>
public class InjectionTests
{
    public static TheoryData<string> Payloads() => new()
    {
        "guillemet \" et barre \\ oblique",
        "triple \"\"\" raw string",
        "accolades { et } interpolation {0} $\"{x}\"",
        "fin de commentaire */ et // commentaire",
        "#line 1 \"evil.cs\"",
        "#error injected",
        "échappé \\u0022 littéral",
        "balise </summary> <![CDATA[ ]]> &amp;",
        "bidi \u202A\u202B\u202C\u202D\u202E et \u2066\u2067\u2068\u2069 fin",
    };

    [Theory]
    [MemberData(nameof(Payloads))]
    public void Hostile_text_is_the_same_data_at_run_time_and_inert_in_source(string hostile)
    {
        var sentence = "Les deux parties ont discuté de " + hostile + " lors de la rencontre.";
        var article = " date 2024-05 Titre " + hostile + "\n\nHanoï, 14 mai (VNA) - Le Vietnam et le Laos ont tenu des entretiens le 14 mai à Hanoï.\n\n" + sentence + "\n";
        var (result, output) = GeneratorHarness.Run([new InMemoryAdditionalText("/x/hostile.txt", article)]);

        Assert.Empty(GeneratorHarness.Problems(output));
        var source = GeneratorHarness.GeneratedSource(result);
        Assert.DoesNotContain(source, c => c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069');
        Assert.DoesNotContain("\n#", source.Replace("\n#nullable enable annotations", string.Empty).Replace("\n#nullable disable warnings", string.Empty));

        var dialogue = Assert.Single(GeneratorHarness.LoadAll(output));
        Assert.Contains(sentence, dialogue.Paragraphs);
    }

    [Fact]
    public void File_names_that_are_not_identifiers_give_valid_unique_member_names()
    {
        var body = "\n\nHanoï (VNA) - Le Vietnam et le Laos ont tenu des entretiens le 14 mai 2024 à Hanoï.\n";
        AdditionalText[] files =
        [
            new InMemoryAdditionalText("/x/with space.txt", body),
            new InMemoryAdditionalText("/x/été accentué.txt", body),
            new InMemoryAdditionalText("/x/123.txt", body),
            new InMemoryAdditionalText("/x/class.txt", body),
        ];
        var (result, output) = GeneratorHarness.Run(files);

        Assert.Empty(GeneratorHarness.Problems(output));
        var ids = GeneratorHarness.LoadAll(output).Select(d => d.Id).ToArray();
        Assert.Equal(["123", "class", "with space", "été accentué"], ids);
    }
}

using System.Collections.Generic;
using DefenseDialogues.Generator.Model;
using DefenseDialogues.Generator.Planning;

namespace DefenseDialogues.Generator.Emit;

/// <summary>
/// Formats the <c>Partners</c> class: one member per partner present in the corpus
/// (<c>Partners.Japan</c>), so <c>Dialogues.With(Partners.Japan)</c> is compile-checked.
/// </summary>
internal static class PartnersEmitter
{
    public const string HintName = "Partners.g.cs";

    private const string Partner = "global::DefenseDialogues.Partner";

    public static string Emit(CorpusIndexModel index, GeneratorOptions options, EmitTarget target)
    {
        var w = GeneratedFile.Open(options, target, $"The {GeneratedFile.Number(index.Partners.Count)} partners present in the corpus, by English name.", "Partners");
        var used = new HashSet<string>(System.StringComparer.Ordinal) { "All" };
        var names = new List<string>();
        foreach (var partner in index.Partners)
        {
            var name = MemberNames.Unique(used, MemberNames.Identifier(partner.EnglishName), partner.Code);
            names.Add(name);
            var count = Count(index, partner.Code);
            w.Line("/// <summary>" + CSharpLiteral.XmlDocText($"{partner.EnglishName} ({partner.FrenchName}), code {partner.Code}{(partner.IsOrganization ? ", an organization" : string.Empty)}: {count} dialogue{(count == 1 ? string.Empty : "s")}.") + "</summary>");
            w.Line($"public static {Partner} {name} {{ get; }} = new {Partner}({CSharpLiteral.String(partner.Code)}, {CSharpLiteral.String(partner.FrenchName)}, {CSharpLiteral.String(partner.EnglishName)}, {(partner.IsOrganization ? "true" : "false")});");
            w.Line();
        }

        w.Line("/// <summary>Every partner present in the corpus, ordered by code.</summary>");
        w.Line($"public static global::System.Collections.Generic.IReadOnlyList<{Partner}> All {{ get; }} = new global::System.Collections.ObjectModel.ReadOnlyCollection<{Partner}>(new {Partner}[] {{ {string.Join(", ", names)} }});");
        return GeneratedFile.Close(w);
    }

    private static int Count(CorpusIndexModel index, string code)
    {
        foreach (var entry in index.ByPartner)
        {
            if (entry.Key == code)
            {
                return entry.Dialogues.Count;
            }
        }

        return 0;
    }
}

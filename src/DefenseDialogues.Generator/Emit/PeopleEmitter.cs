using System.Collections.Generic;
using DefenseDialogues.Generator.Model;
using DefenseDialogues.Generator.Extraction.Text;
using DefenseDialogues.Generator.Planning;

namespace DefenseDialogues.Generator.Emit;

/// <summary>
/// Formats the <c>People</c> class: one member per person resolved across the corpus
/// (<c>People.HoangXuanChien</c>), each documented with their side, ranks, titles and dialogues.
/// </summary>
internal static class PeopleEmitter
{
    public const string HintName = "People.g.cs";

    private const string Person = "global::DefenseDialogues.Person";

    public static string Emit(PeopleModel model, GeneratorOptions options, EmitTarget target)
    {
        var people = model.People;
        var w = GeneratedFile.Open(options, target, $"The {GeneratedFile.Number(people.Count)} people named across the corpus, each resolved to one identity.", "People");
        w.Line("private static readonly global::DefenseDialogues.Storage.PersonList s_store = new global::DefenseDialogues.Storage.PersonList(PersonPayloads(), () => Dialogues.All);");
        w.Line();
        w.Line("/// <summary>Everyone, ordered by identity key.</summary>");
        w.Line($"public static global::System.Collections.Generic.IReadOnlyList<{Person}> All => s_store;");

        for (var i = 0; i < people.Count; i++)
        {
            w.Line();
            DocComment(w, people[i], model.DialogueLabels);
            w.Line($"public static {Person} {model.Names[i]} => s_store[{GeneratedFile.Number(i)}];");
        }

        w.Line();
        var payloads = new string[people.Count];
        for (var i = 0; i < payloads.Length; i++)
        {
            payloads[i] = RecordPayloads.Person(people[i]);
        }

        PayloadChunks.Emit(w, "Person", payloads, target);
        return GeneratedFile.Close(w);
    }

    private static void DocComment(SourceWriter w, PersonModel person, EquatableArray<string> labels)
    {
        var summary = person.Name + (person.Side is null ? string.Empty : " (" + person.Side + ")");
        if (!person.Ranks.IsEmpty)
        {
            summary += ", " + string.Join(" / ", person.Ranks);
        }

        w.Line("/// <summary>" + CSharpLiteral.XmlDocText(summary) + "</summary>");
        var lines = new List<string>();
        if (!person.Titles.IsEmpty)
        {
            lines.Add(CSharpLiteral.XmlDocText(string.Join("; ", person.Titles)));
        }

        var appearances = new List<string>();
        foreach (var d in person.Dialogues)
        {
            appearances.Add(labels[d]);
        }

        lines.Add(CSharpLiteral.XmlDocText(GeneratedFile.Number(appearances.Count) + (appearances.Count == 1 ? " dialogue: " : " dialogues: ") + string.Join("; ", appearances)) + ".");
        DialoguesEmitter.Remarks(w, lines);
    }
}

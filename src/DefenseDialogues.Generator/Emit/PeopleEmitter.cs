using System.Collections.Generic;
using DefenseDialogues.Generator.Model;
using DefenseDialogues.Generator.Extraction.Text;

namespace DefenseDialogues.Generator.Emit;

/// <summary>
/// Formats the <c>People</c> class: one member per person resolved across the corpus
/// (<c>People.HoangXuanChien</c>), each documented with their side, ranks, titles and dialogues.
/// </summary>
internal static class PeopleEmitter
{
    public const string HintName = "People.g.cs";

    private const string Person = "global::DefenseDialogues.Person";

    /// <summary>
    /// How a person's doc comment names each dialogue (<c>2024-02-27 Japan PolicyDialogue</c>), in corpus
    /// order: all People.g.cs needs of the records, so an edit that changes none of these leaves it cached.
    /// </summary>
    public static EquatableArray<string> DialogueLabels(CorpusModel corpus)
    {
        var labels = new string[corpus.Dialogues.Count];
        for (var i = 0; i < labels.Length; i++)
        {
            var dialogue = corpus.Dialogues[i];
            labels[i] = DialoguesEmitter.DateText(dialogue) + " " + (dialogue.Partner?.EnglishName ?? "?") + " " + dialogue.Kind;
        }

        return new EquatableArray<string>(labels);
    }

    public static string Emit(EquatableArray<string> labels, CorpusIndexModel index, GeneratorOptions options, EmitTarget target)
    {
        var people = index.People;
        var w = GeneratedFile.Open(options, target, $"The {GeneratedFile.Number(people.Count)} people named across the corpus, each resolved to one identity.", "People");
        w.Line("private static readonly global::DefenseDialogues.Storage.PersonList s_store = new global::DefenseDialogues.Storage.PersonList(PersonPayloads(), () => Dialogues.All);");
        w.Line();
        w.Line("/// <summary>Everyone, ordered by identity key.</summary>");
        w.Line($"public static global::System.Collections.Generic.IReadOnlyList<{Person}> All => s_store;");

        var used = new HashSet<string>(System.StringComparer.Ordinal) { "All", "PersonPayloads", "PersonChunk" };
        for (var i = 0; i < people.Count; i++)
        {
            var person = people[i];
            var name = GeneratedFile.Unique(used, MemberNames.Identifier(TextFolding.Fold(person.Name)), person.Side ?? "X");
            w.Line();
            DocComment(w, person, labels);
            w.Line($"public static {Person} {name} => s_store[{GeneratedFile.Number(i)}];");
        }

        w.Line();
        var payloads = new string[people.Count];
        for (var i = 0; i < payloads.Length; i++)
        {
            payloads[i] = PayloadWriter.Write(people[i]);
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
        w.Line("/// <remarks>");
        if (!person.Titles.IsEmpty)
        {
            w.Line("/// <para>" + CSharpLiteral.XmlDocText(string.Join("; ", person.Titles)) + "</para>");
        }

        var appearances = new List<string>();
        foreach (var d in person.Dialogues)
        {
            appearances.Add(labels[d]);
        }

        w.Line("/// <para>" + CSharpLiteral.XmlDocText(GeneratedFile.Number(appearances.Count) + (appearances.Count == 1 ? " dialogue: " : " dialogues: ") + string.Join("; ", appearances)) + ".</para>");
        w.Line("/// </remarks>");
    }
}

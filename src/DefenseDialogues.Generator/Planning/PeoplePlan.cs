using System.Collections.Generic;
using DefenseDialogues.Generator.Extraction;
using DefenseDialogues.Generator.Extraction.Text;
using DefenseDialogues.Generator.Model;

namespace DefenseDialogues.Generator.Planning;

/// <summary>What <c>People.g.cs</c> needs of the corpus and its index (<see cref="PeopleModel"/>).</summary>
internal static class PeoplePlan
{
    /// <summary>The members <c>People</c> declares besides one per person.</summary>
    private static readonly string[] Reserved = ["All", "PersonPayloads", "PersonChunk"];

    public static PeopleModel Build(CorpusModel corpus, CorpusIndexModel index)
    {
        var labels = new string[corpus.Dialogues.Count];
        for (var i = 0; i < labels.Length; i++)
        {
            var dialogue = corpus.Dialogues[i];
            labels[i] = dialogue.DateText() + " " + (dialogue.Partner?.EnglishName ?? "?") + " " + dialogue.Kind;
        }

        var used = new HashSet<string>(Reserved, System.StringComparer.Ordinal);
        var names = new string[index.People.Count];
        for (var i = 0; i < names.Length; i++)
        {
            var person = index.People[i];
            names[i] = MemberNames.Unique(used, MemberNames.Identifier(TextFolding.Fold(person.Name)), person.Side ?? "X");
        }

        return new PeopleModel(index.People, new EquatableArray<string>(names), new EquatableArray<string>(labels));
    }
}

using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace DefenseDialogues.Explorer
{
    /// <summary>The people table: who, for whom, with which ranks and titles, in which dialogues.</summary>
    internal static class PeopleView
    {
        private static readonly TextTable<Person>.Column[] Columns =
        [
            new("Name", 28, Wraps: false, p => [p.Name]),
            new("Side", 5, Wraps: false, p => p.Side is null ? [] : [p.Side]),
            new("Ranks", 26, Wraps: true, p => p.Ranks.ToArray()),
            new("Titles", 40, Wraps: true, p => p.Titles.ToArray()),
            new("Dialogues", 40, Wraps: true, p => p.Dialogues.Select(d => TableView.DateOf(d) + " " + (d.Partner?.EnglishName ?? "?")).ToArray()),
        ];

        /// <summary>Writes everyone, most dialogues first, then by name.</summary>
        public static void Write(TextWriter output, IReadOnlyList<Person> people)
            => TextTable<Person>.Write(
                output,
                people.OrderByDescending(p => p.Dialogues.Count).ThenBy(p => p.Name, System.StringComparer.Ordinal).ToArray(),
                Columns,
                "person",
                "people");
    }
}

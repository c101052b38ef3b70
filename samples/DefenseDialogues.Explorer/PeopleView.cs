using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;

namespace DefenseDialogues.Explorer
{
    /// <summary>The people table: who, for whom, with which ranks and titles, in which dialogues.</summary>
    internal static class PeopleView
    {
        private static readonly TextTable<Person>.Column[] Columns =
        [
            new("Name", 24, Wraps: true, p => [p.Name]),
            new("Side", 4, Wraps: false, p => p.Side is null ? [] : [p.Side]),
            new("Ranks", 26, Wraps: true, p => p.Ranks.ToArray()),
            new("Titles", 38, Wraps: true, p => p.Titles.ToArray()),
            new("#", 3, Wraps: false, p => [p.Dialogues.Count.ToString(CultureInfo.InvariantCulture)]),
            new("Dialogues (date partner)", 40, Wraps: true, p => p.Dialogues.Select(d => TableView.DateOf(d) + " " + (d.Partner?.EnglishName ?? "?")).ToArray()),
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

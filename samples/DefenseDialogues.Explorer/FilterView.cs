using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;

namespace DefenseDialogues.Explorer
{
    /// <summary>The dialogues matching every given option, answered from the build-time indexes.</summary>
    internal static class FilterView
    {
        /// <summary>Reads <c>--topic</c> (repeatable, all required), <c>--year</c> and <c>--partner</c>.</summary>
        /// <returns>False, with <paramref name="error"/> set, on an unknown option or value.</returns>
        public static bool Parse(string[] options, out Filter filter, out string error)
        {
            filter = new Filter(TopicSet.None, [], []);
            error = "";
            for (var i = 0; i < options.Length; i += 2)
            {
                var value = i + 1 < options.Length ? options[i + 1] : null;
                switch (options[i], value)
                {
                    // Names only: Enum.TryParse would also take "3" or "1,2", which no user means.
                    case ("--topic", { } t) when Enum.GetNames<Topic>().FirstOrDefault(n => string.Equals(n, t, StringComparison.OrdinalIgnoreCase)) is { } topic:
                        filter = filter with { Topics = filter.Topics | Enum.Parse<Topic>(topic).AsSet() };
                        break;
                    case ("--year", { } y) when int.TryParse(y, NumberStyles.None, CultureInfo.InvariantCulture, out var year):
                        filter = filter with { Years = [.. filter.Years, year] };
                        break;
                    case ("--partner", { } p) when PartnerView.Find(p) is { } partner:
                        filter = filter with { Partners = [.. filter.Partners, partner] };
                        break;
                    case ("--partner", { } p):
                        error = PartnerView.Unknown(p);
                        return false;
                    case ("--topic", { } t):
                        error = "Unknown topic '" + t + "'; topics: " + string.Join(", ", Enum.GetNames<Topic>()) + ".";
                        return false;
                    case ("--year", { } y):
                        error = "Bad year '" + y + "'; expected digits, e.g. 2024.";
                        return false;
                    case ("--topic" or "--year" or "--partner", null):
                        error = "Option '" + options[i] + "' needs a value.";
                        return false;
                    default:
                        error = "Unknown filter option '" + options[i] + "'.";
                        return false;
                }
            }

            return true;
        }

        /// <summary>Writes the matching dialogues, in date order, as the dialogue table.</summary>
        public static int Write(TextWriter output, Filter filter)
        {
            TableView.Write(output, filter.Apply());
            return 0;
        }

        /// <summary>What a <c>filter</c> command asks for; every part must hold.</summary>
        internal sealed record Filter(TopicSet Topics, int[] Years, Partner[] Partners)
        {
            /// <summary>
            /// Intersects the index lists, smallest first. Every index list is in timeline order and
            /// <c>Intersect</c> keeps the first list's order, so the result is in date order too.
            /// </summary>
            public IReadOnlyList<Dialogue> Apply()
            {
                var lists = Years.Select(Dialogues.InYear)
                    .Concat(Partners.Select(Dialogues.With))
                    .Concat(Topics == TopicSet.None ? [] : [Dialogues.AboutAll(Topics)])
                    .OrderBy(l => l.Count)
                    .ToArray();
                return lists.Length == 0 ? Dialogues.Timeline : lists.Skip(1).Aggregate((IEnumerable<Dialogue>)lists[0], Enumerable.Intersect).ToArray();
            }
        }
    }
}

using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace DefenseDialogues
{
    /// <summary>
    /// A dialogue series: the meetings of one mechanism with one counterpart (the defense policy dialogue
    /// with Japan, the strategic dialogue with Russia…), edition by edition, and the editions the corpus lacks.
    /// </summary>
    public sealed class DialogueSeries
    {
        private readonly ReadOnlyArray<Meeting> _meetings;
        private readonly ReadOnlyArray<int> _editions;
        private readonly ReadOnlyArray<int> _missing;

        /// <summary>Creates a series. For generated code; use the generated <c>Meetings.Series</c>.</summary>
        /// <param name="meetings">Its meetings in date order: one counterpart set and kind; not empty.</param>
        public DialogueSeries(IReadOnlyList<Meeting> meetings)
        {
            _meetings = ReadOnlyArray<Meeting>.From(meetings, nameof(meetings));
            if (_meetings.Count == 0)
            {
                throw new ArgumentException("A series has at least one meeting.", nameof(meetings));
            }

            var editions = new SortedSet<int>();
            foreach (var meeting in _meetings)
            {
                if (meeting.Edition is int edition)
                {
                    editions.Add(edition);
                }
            }

            _editions = ReadOnlyArray<int>.Own(new List<int>(editions).ToArray());
            var missing = new List<int>();
            if (_editions.Count > 0)
            {
                for (var n = 1; n < _editions[_editions.Count - 1]; n++)
                {
                    if (!editions.Contains(n))
                    {
                        missing.Add(n);
                    }
                }
            }

            _missing = ReadOnlyArray<int>.Own(missing.ToArray());
        }

        /// <summary>The counterparts.</summary>
        public IReadOnlyList<Partner> Partners => _meetings[0].Partners;

        /// <summary>The primary counterpart, or null.</summary>
        public Partner? Partner => _meetings[0].Partner;

        /// <summary>The mechanism: the meetings' kind.</summary>
        public DialogueKind Kind => _meetings[0].Kind;

        /// <summary>Every meeting of the series, in date order (numbered or not).</summary>
        public IReadOnlyList<Meeting> Meetings => _meetings;

        /// <summary>The edition numbers the corpus has, ascending.</summary>
        public IReadOnlyList<int> Editions => _editions;

        /// <summary>The editions below the highest known that the corpus lacks, ascending.</summary>
        public IReadOnlyList<int> MissingEditions => _missing;

        /// <summary>The meetings of edition <paramref name="number"/>: usually one; two when the articles contradict each other (DD0403).</summary>
        /// <param name="number">An edition number.</param>
        public IReadOnlyList<Meeting> Edition(int number)
        {
            var hits = new List<Meeting>();
            foreach (var meeting in _meetings)
            {
                if (meeting.Edition == number)
                {
                    hits.Add(meeting);
                }
            }

            return ReadOnlyArray<Meeting>.Own(hits.ToArray());
        }

        /// <summary>A one-line summary: <c>Japan PolicyDialogue: editions 9, 10 (missing 1–8), 2 meetings</c>.</summary>
        public override string ToString()
        {
            var partners = new List<string>();
            foreach (var p in Partners)
            {
                partners.Add(p.EnglishName);
            }

            var sb = new StringBuilder(string.Join(", ", partners)).Append(' ').Append(Kind).Append(": ");
            sb.Append(_editions.Count == 0 ? "no edition numbers" : (_editions.Count == 1 ? "edition " : "editions ") + Join(_editions));
            if (_missing.Count > 0)
            {
                sb.Append(" (missing ").Append(Ranges(_missing)).Append(')');
            }

            return sb.Append(", ").Append(_meetings.Count.ToString(CultureInfo.InvariantCulture)).Append(_meetings.Count == 1 ? " meeting" : " meetings").ToString();
        }

        private static string Join(IReadOnlyList<int> numbers)
        {
            var parts = new string[numbers.Count];
            for (var i = 0; i < parts.Length; i++)
            {
                parts[i] = numbers[i].ToString(CultureInfo.InvariantCulture);
            }

            return string.Join(", ", parts);
        }

        /// <summary>Consecutive numbers as ranges: <c>1–8, 11</c>.</summary>
        private static string Ranges(IReadOnlyList<int> numbers)
        {
            var parts = new List<string>();
            for (var i = 0; i < numbers.Count;)
            {
                var j = i;
                while (j + 1 < numbers.Count && numbers[j + 1] == numbers[j] + 1)
                {
                    j++;
                }

                parts.Add(i == j
                    ? numbers[i].ToString(CultureInfo.InvariantCulture)
                    : numbers[i].ToString(CultureInfo.InvariantCulture) + "\u2013" + numbers[j].ToString(CultureInfo.InvariantCulture));
                i = j + 1;
            }

            return string.Join(", ", parts);
        }
    }
}

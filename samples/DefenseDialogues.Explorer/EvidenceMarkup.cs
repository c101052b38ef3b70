using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace DefenseDialogues.Explorer
{
    /// <summary>Marks spans of a text with brackets and labels (<c>⟦mardi 27 février⟧heldOn</c>), optionally in ANSI colors.</summary>
    internal static class EvidenceMarkup
    {
        private const string Open = "\u27E6";
        private const string Close = "\u27E7";

        /// <summary>
        /// The text with each piece's words bracketed and labelled after the closing bracket. Pieces on
        /// the same words share one bracket; a piece inside another nests.
        /// </summary>
        internal static string Mark(string text, IEnumerable<(int Start, int End, string Label)> pieces, bool color)
        {
            var spans = pieces
                .Where(s => s.Start >= 0 && s.End <= text.Length && s.End > s.Start)
                .GroupBy(s => (s.Start, s.End))
                .Select(g => (g.Key.Start, g.Key.End, Label: string.Join(",", g.Select(s => s.Label))))
                .ToList();
            var sb = new StringBuilder(text.Length + (spans.Count * 24));
            for (var i = 0; i <= text.Length; i++)
            {
                // Close inner spans first (shorter ones started later), then open outer ones first.
                foreach (var s in spans.Where(s => s.End == i).OrderByDescending(s => s.Start))
                {
                    sb.Append(color ? "\u001b[0m" : string.Empty).Append(Close)
                      .Append(color ? "\u001b[36m" + s.Label + "\u001b[0m" : s.Label);
                }

                foreach (var s in spans.Where(s => s.Start == i).OrderByDescending(s => s.End))
                {
                    sb.Append(Open).Append(color ? "\u001b[1;33m" : string.Empty);
                }

                if (i < text.Length)
                {
                    sb.Append(text[i]);
                }
            }

            return sb.ToString();
        }
    }
}

using System;
using System.IO;
using System.Linq;

namespace DefenseDialogues.Explorer
{
    /// <summary>One partner's history: its dialogues in date order, as the dialogue table.</summary>
    internal static class PartnerView
    {
        /// <summary>The partner named by its code, English or French name, ignoring case.</summary>
        public static Partner? Find(string name)
            => Partners.All.FirstOrDefault(p =>
                string.Equals(p.Code, name, StringComparison.OrdinalIgnoreCase)
                || string.Equals(p.EnglishName, name, StringComparison.OrdinalIgnoreCase)
                || string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase));

        /// <summary>The message for a partner not in this corpus, naming those that are.</summary>
        public static string Unknown(string name)
            => "No partner '" + name + "' in this corpus; known: " + string.Join(", ", Partners.All.Select(p => p.Code + " " + p.EnglishName)) + ".";

        /// <summary>Writes a heading and the partner's dialogues.</summary>
        public static int Write(TextWriter output, Partner partner)
        {
            output.WriteLine($"{partner.EnglishName} ({partner.Name}, {partner.Code}): dialogues in date order");
            output.WriteLine();
            TableView.Write(output, Dialogues.With(partner));
            return 0;
        }
    }
}

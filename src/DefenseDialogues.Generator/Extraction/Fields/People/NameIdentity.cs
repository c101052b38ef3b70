using System;
using System.Collections.Generic;
using DefenseDialogues.Generator.Extraction.Text;

namespace DefenseDialogues.Generator.Extraction.Fields.People;

/// <summary>
/// What identifies a person's name across articles: its folded parts, sorted and distinct, so that
/// diacritics, case, apostrophes and name order do not matter (<c>Hoàng Xuân Chiên</c> =
/// <c>Chien Hoang Xuan</c>). Computed per article, at extraction, so linking people across the
/// corpus after an edit only compares them.
/// </summary>
internal static class NameIdentity
{
    private static readonly char[] Separators = { ' ', '-', '\'' };

    /// <summary>The folded name parts, sorted (ordinal) and distinct.</summary>
    public static string[] Tokens(string name)
    {
        var parts = TextFolding.Fold(name).Split(Separators, StringSplitOptions.RemoveEmptyEntries);
        var set = new SortedSet<string>(parts, StringComparer.Ordinal);
        var tokens = new string[set.Count];
        set.CopyTo(tokens);
        return tokens;
    }
}

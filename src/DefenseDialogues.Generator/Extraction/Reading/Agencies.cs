using System.Collections.Generic;
using DefenseDialogues.Generator.Extraction.Text;

namespace DefenseDialogues.Generator.Extraction.Reading;

/// <summary>The news agencies that credit a story (<c>VNA</c>, <c>VNA/CVN</c>, <c>QDND</c>): one table, word class <c>agency</c>.</summary>
internal static class Agencies
{
    private static readonly HashSet<string> Names = WordClasses.Default.Set("agency");

    /// <summary>Whether <paramref name="word"/> is an agency's name, as written (<c>VNA</c>).</summary>
    public static bool IsAgency(string word) => Names.Contains(word);

    /// <summary>Whether <paramref name="token"/> is a credit: an agency, then maybe <c>/</c> and a co-credit or initials (<c>VNA/CVN</c>, <c>VNA/VI</c>).</summary>
    public static bool IsCredit(string token)
    {
        var slash = token.IndexOf('/');
        return IsAgency(slash < 0 ? token : token.Substring(0, slash));
    }
}

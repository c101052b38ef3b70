using System;
using DefenseDialogues.Generator.Extraction.Text;

namespace DefenseDialogues.Generator.Extraction.Reading;

/// <summary>The agency credit that closes a story: <c>- VNA</c>, <c>-VNA/VI</c>, <c>VNA/CVN</c>.</summary>
internal static class Trailer
{
    /// <summary>Removes a trailing credit from <paramref name="text"/> and records it.</summary>
    public static string Strip(string text, ref string? credit, out int creditStart)
    {
        creditStart = -1;
        var end = text.Length;
        while (end > 0 && text[end - 1] == ' ')
        {
            end--;
        }

        var start = end;
        while (start > 0 && (text[start - 1] is >= 'A' and <= 'Z' || text[start - 1] == '/'))
        {
            start--;
        }

        if (start == end || !IsAgencyCredit(text.Substring(start, end - start)))
        {
            return text;
        }

        var dash = start;
        while (dash > 0 && text[dash - 1] == ' ')
        {
            dash--;
        }

        var hasDash = dash > 0 && CharClasses.IsSeparatorDash(text[dash - 1]);
        var alone = (hasDash ? dash - 1 : start) == 0 || text.Substring(0, hasDash ? dash - 1 : start).Trim().Length == 0;
        if (!hasDash && !alone)
        {
            return text; // "… avec la VNA" is a sentence, not a trailer
        }

        credit = text.Substring(start, end - start);
        creditStart = start;
        return text.Substring(0, hasDash ? dash - 1 : start).TrimEnd();
    }

    private static bool IsAgencyCredit(string token) => Agencies.IsCredit(token);
}

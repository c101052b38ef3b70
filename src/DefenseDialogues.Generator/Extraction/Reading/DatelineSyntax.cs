using System;
using DefenseDialogues.Generator.Extraction.Text;

namespace DefenseDialogues.Generator.Extraction.Reading;

/// <summary>Parses the dateline that opens a story: <c>Rome, 4 juillet (VNA) - </c>, <c>Hanoi (VNA) – </c>.</summary>
internal static class DatelineSyntax
{
    /// <summary>Whether <paramref name="text"/> opens with a dateline.</summary>
    public static bool StartsWith(string text) => TryParse(text, out _, out _, out _, out _, out _, out _);

    /// <summary>Where a dateline starts inside <paramref name="text"/> (after a credit's source), or -1.</summary>
    public static int Find(string text)
    {
        var open = text.IndexOf('(');
        while (open > 0)
        {
            // The place is the capitalized words just before "(VNA)", at most four, and not the credit itself.
            var start = open;
            var words = 0;
            var i = open - 1;
            while (i >= 0 && words < 6)
            {
                while (i >= 0 && text[i] == ' ')
                {
                    i--;
                }

                var end = i;
                while (i >= 0 && text[i] != ' ')
                {
                    i--;
                }

                var word = text.Substring(i + 1, end - i);
                if (word.Length == 0 || !(char.IsUpper(word[0]) || word.StartsWith("d'", StringComparison.Ordinal)) || IsCreditToken(word))
                {
                    break;
                }

                start = i + 1;
                words++;
            }

            if (start < open && TryParse(text.Substring(start), out _, out _, out _, out _, out _, out _))
            {
                return start;
            }

            open = text.IndexOf('(', open + 1);
        }

        return -1;
    }

    /// <summary>
    /// The dateline opening <paramref name="text"/>: its city, day, month and year where written, credit,
    /// and its length up to the story (after the dash).
    /// </summary>
    public static bool TryParse(string text, out string? city, out int? day, out int? month, out int? year, out string? credit, out int length)
    {
        city = null;
        day = null;
        month = null;
        year = null;
        credit = null;
        length = 0;
        var open = text.IndexOf('(');
        if (open <= 0 || open > 60)
        {
            return false;
        }

        var close = text.IndexOf(')', open);
        if (close < 0 || close - open > 12)
        {
            return false;
        }

        var agency = text.Substring(open + 1, close - open - 1).Trim();
        if (!IsAgency(agency))
        {
            return false;
        }

        var i = close + 1;
        while (i < text.Length && text[i] == ' ')
        {
            i++;
        }

        if (i >= text.Length || !CharClasses.IsSeparatorDash(text[i]))
        {
            return false;
        }

        i++;
        while (i < text.Length && text[i] == ' ')
        {
            i++;
        }

        var place = text.Substring(0, open).Trim();
        var comma = place.IndexOf(',');
        if (comma >= 0)
        {
            var date = place.Substring(comma + 1).Trim();
            year = YearAtEnd(ref date);
            if (!FrenchDates.TryParseDayMonth(date, out var d, out var m))
            {
                return false;
            }

            day = d;
            month = m;
            place = place.Substring(0, comma).Trim();
        }

        if (place.Length == 0 || !char.IsUpper(place[0]) || place.IndexOf('.') >= 0)
        {
            return false;
        }

        city = place;
        credit = agency;
        length = i;
        return true;
    }

    /// <summary>
    /// The year closing a dateline's date (<c>17 septembre 2025</c>), taken off <paramref name="date"/>; null
    /// when it has none.
    /// </summary>
    private static int? YearAtEnd(ref string date)
    {
        var space = date.LastIndexOf(' ');
        if (space < 0 || date.Length - space - 1 != 4)
        {
            return null;
        }

        var year = 0;
        for (var i = space + 1; i < date.Length; i++)
        {
            if (date[i] is < '0' or > '9')
            {
                return null;
            }

            year = year * 10 + (date[i] - '0');
        }

        if (year is < 1900 or > 2100)
        {
            return null;
        }

        date = date.Substring(0, space).TrimEnd();
        return year;
    }

    private static bool IsAgency(string agency)
    {
        if (agency.Length is < 2 or > 10)
        {
            return false;
        }

        foreach (var c in agency)
        {
            if (!(c is >= 'A' and <= 'Z' || c == '/'))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsCreditToken(string word) => Agencies.IsAgency(word) || word.IndexOf('/') >= 0 || word.IndexOf('.') >= 0;
}

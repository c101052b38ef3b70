using System;
using DefenseDialogues.Generator.Model;

namespace DefenseDialogues.Generator.Extraction.Reading;

/// <summary>The header line: <c> date YYYY-MM[-DD] text</c>.</summary>
internal static class Header
{
    public static bool TryParse(string line, out YearMonthModel? published, out int? day, out string text)
        => TryParse(line, out published, out day, out text, out _, out _);

    /// <summary>Parses the header; <paramref name="dateStart"/> and <paramref name="dateLength"/> locate its <c>YYYY-MM[-DD]</c>.</summary>
    public static bool TryParse(string line, out YearMonthModel? published, out int? day, out string text, out int dateStart, out int dateLength)
    {
        published = null;
        day = null;
        text = string.Empty;
        dateStart = 0;
        dateLength = 0;
        if (!line.StartsWith("date ", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var i = 5;
        while (i < line.Length && line[i] == ' ')
        {
            i++;
        }

        dateStart = i;
        if (!Digits(line, ref i, 4, out var year) || !Dash(line, ref i) || !Digits(line, ref i, 2, out var month) || month is < 1 or > 12)
        {
            return false;
        }

        var mark = i;
        if (Dash(line, ref i) && Digits(line, ref i, 2, out var d) && d is >= 1 and <= 31)
        {
            day = d;
        }
        else
        {
            i = mark;
        }

        if (i < line.Length && line[i] != ' ')
        {
            return false;
        }

        published = new YearMonthModel(year, month);
        dateLength = i - dateStart;
        text = line.Substring(i).Trim();
        return true;
    }

    private static bool Dash(string s, ref int i)
    {
        if (i < s.Length && s[i] == '-')
        {
            i++;
            return true;
        }

        return false;
    }

    private static bool Digits(string s, ref int i, int count, out int value)
    {
        value = 0;
        if (i + count > s.Length)
        {
            return false;
        }

        for (var k = 0; k < count; k++)
        {
            var c = s[i + k];
            if (c < '0' || c > '9')
            {
                return false;
            }

            value = (value * 10) + (c - '0');
        }

        i += count;
        return true;
    }
}

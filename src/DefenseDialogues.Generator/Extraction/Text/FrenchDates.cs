using System;
using System.Collections.Generic;

namespace DefenseDialogues.Generator.Extraction.Text;

/// <summary>French calendar words: months (with and without accents), weekdays, day ordinals (<c>1er</c>).</summary>
internal static class FrenchDates
{
    private static readonly List<string> Months = new(WordClasses.Default.List("month"));

    private static readonly List<string> Weekdays = new(WordClasses.Default.List("weekday"));

    /// <summary>The month (1–12) a word names, accents and case ignored (<c>février</c>, <c>fevrier</c>, <c>Août</c>).</summary>
    public static int MonthOf(string word)
    {
        var folded = TextFolding.Fold(word);
        return Months.IndexOf(folded) + 1;
    }

    /// <summary>The weekday a word names, or null.</summary>
    public static DayOfWeek? WeekdayOf(string word)
    {
        var index = Weekdays.IndexOf(TextFolding.Fold(word));
        return index < 0 ? null : (DayOfWeek)index;
    }

    /// <summary>The French name of a weekday.</summary>
    public static string NameOf(DayOfWeek day) => Weekdays[(int)day];

    /// <summary>A day of month: <c>4</c>, <c>1er</c>, <c>1ᵉʳ</c>; 0 when the word is not one.</summary>
    public static int DayOf(string word)
    {
        var i = 0;
        var value = 0;
        while (i < word.Length && char.IsDigit(word[i]) && i < 2)
        {
            value = (value * 10) + (word[i] - '0');
            i++;
        }

        if (i == 0 || value is < 1 or > 31)
        {
            return 0;
        }

        var suffix = word.Substring(i);
        return suffix.Length == 0 || (value == 1 && suffix is "er" or "\u1D49\u02B3") ? value : 0;
    }

    /// <summary>Parses exactly <c>day month</c> (<c>4 juillet</c>, <c>1er décembre</c>) or <c>day/month</c> (<c>12/3</c>, <c>05/11</c>).</summary>
    public static bool TryParseDayMonth(string text, out int day, out int month)
    {
        day = 0;
        month = 0;
        var parts = text.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 1)
        {
            var slash = parts[0].IndexOf('/');
            return slash > 0 && TryParseNumeric(parts[0].Substring(0, slash), parts[0].Substring(slash + 1), out day, out month);
        }

        if (parts.Length != 2)
        {
            return false;
        }

        day = DayOf(parts[0]);
        month = MonthOf(parts[1]);
        return day > 0 && month > 0;
    }

    /// <summary>
    /// A numeric day and month (<c>18</c> and <c>9</c> of <c>18/9</c>): one or two digits each, a month
    /// from 1 to 12 and a day that month can have (29 février allowed).
    /// </summary>
    public static bool TryParseNumeric(string dayDigits, string monthDigits, out int day, out int month)
    {
        day = Digits(dayDigits);
        month = Digits(monthDigits);
        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(2024, month))
        {
            day = month = 0;
            return false;
        }

        return true;
    }

    private static int Digits(string text)
    {
        if (text.Length is < 1 or > 2)
        {
            return 0;
        }

        var value = 0;
        foreach (var c in text)
        {
            if (c is < '0' or > '9')
            {
                return 0;
            }

            value = (value * 10) + (c - '0');
        }

        return value;
    }
}

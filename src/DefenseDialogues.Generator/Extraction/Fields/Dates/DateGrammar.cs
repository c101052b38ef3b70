using System;
using System.Collections.Generic;
using System.Globalization;
using DefenseDialogues.Generator.Extraction.Text;

namespace DefenseDialogues.Generator.Extraction.Fields.Dates;

// The grammar of French dates: what a date written in a story is, with no opinion on whose date it
// is (that is the policy in DateExtractor.cs).
internal static partial class DateExtractor
{
    /// <summary>
    /// <c>18/9</c> as a date: a day and a month joined by a slash, after a weekday or <c>le</c> (so that
    /// <c>1/3 des effectifs</c> or a score is never one).
    /// </summary>
    private static bool TryNumericDate(string text, List<Word> w, int i, int first, out int day, out int month)
    {
        day = month = 0;
        return i + 1 < w.Count
               && SlashBetween(text, w[i], w[i + 1])
               && (first < i || (i > 0 && w[i - 1].Folded == "le" && TextWords.Adjacent(text, w[i - 1], w[i])))
               && FrenchDates.TryParseNumeric(w[i].Folded, w[i + 1].Folded, out day, out month);
    }

    private static bool SlashBetween(string text, Word left, Word right) => right.Start == left.End + 1 && text[left.End] == '/';

    /// <summary>Parses a date starting at word <paramref name="i"/>; <paramref name="next"/> is the word after it.</summary>
    private static bool TryDate(string text, List<Word> w, int i, out Candidate candidate, out int next)
    {
        candidate = default;
        next = i;
        var first = i;
        DayOfWeek? weekday = FrenchDates.WeekdayOf(w[i].Folded);
        if (weekday is not null)
        {
            i++;
            if (i < w.Count && w[i].Folded == "le")
            {
                i++;
            }
        }

        if (i >= w.Count)
        {
            return false;
        }

        bool isRange;
        int day;
        int month;
        int? slashYear = null;
        if (w[i].Folded is "du" or "les" && i + 4 < w.Count)
        {
            // du 6 au 8 août · du 28 novembre au 1er décembre · les 27 et 28 mars · du mardi 3 au jeudi 5 décembre
            var first1 = SkipWeekday(w, i + 1);
            var d1 = first1 < w.Count ? FrenchDates.DayOf(w[first1].Folded) : 0;
            var m1 = first1 + 1 < w.Count ? FrenchDates.MonthOf(w[first1 + 1].Folded) : 0;
            var link = m1 > 0 ? first1 + 2 : first1 + 1;
            var expected = w[i].Folded == "du" ? "au" : "et";
            if (d1 == 0 || link + 1 >= w.Count || w[link].Folded != expected)
            {
                return false;
            }

            var first2 = SkipWeekday(w, link + 1);
            var d2 = first2 < w.Count ? FrenchDates.DayOf(w[first2].Folded) : 0;
            var m2 = first2 + 1 < w.Count ? FrenchDates.MonthOf(w[first2 + 1].Folded) : 0;
            if (d2 == 0 || (m1 == 0 && m2 == 0))
            {
                return false;
            }

            day = d1;
            month = m1 > 0 ? m1 : m2;
            isRange = true;
            i = m2 > 0 ? first2 + 2 : first2 + 1;
        }
        else if (TryNumericDate(text, w, i, first, out day, out month))
        {
            // le 18/9 · jeudi 18/9 · le 18/09/2025
            isRange = false;
            i += 2;
            if (i < w.Count && SlashBetween(text, w[i - 1], w[i]))
            {
                if (w[i].Folded.Length != 4 || !int.TryParse(w[i].Folded, NumberStyles.None, CultureInfo.InvariantCulture, out var y4) || y4 is < 1900 or > 2100)
                {
                    return false; // 18/9/25: a two-digit year is not guessed
                }

                slashYear = y4;
                i++;
            }
        }
        else
        {
            day = FrenchDates.DayOf(w[i].Folded);
            if (day == 0 || i + 1 >= w.Count || !TextWords.Adjacent(text, w[i], w[i + 1]))
            {
                return false;
            }

            month = FrenchDates.MonthOf(w[i + 1].Folded);
            if (month == 0)
            {
                return false;
            }

            isRange = false;
            i += 2;
        }

        if (day > DateTime.DaysInMonth(2024, month))
        {
            return false; // 31 février; 29 février is possible in a leap year
        }

        int? year = slashYear;
        if (year is null && i < w.Count && w[i].Folded.Length == 4 && int.TryParse(w[i].Folded, NumberStyles.None, CultureInfo.InvariantCulture, out var y) && y is >= 1900 and <= 2100
            && TextWords.Adjacent(text, w[i - 1], w[i]))
        {
            year = y;
            i++;
        }

        candidate = new Candidate
        {
            Day = day,
            Month = month,
            Year = year,
            Weekday = weekday,
            IsRange = isRange,
            FirstWord = first,
            Start = w[first].Start,
            Written = text.Substring(w[first].Start, w[i - 1].End - w[first].Start),
        };
        next = i;
        return true;
    }

    /// <summary>The word after a weekday at <paramref name="i"/> (<c>mardi 3</c>), else <paramref name="i"/>.</summary>
    private static int SkipWeekday(List<Word> w, int i)
        => i < w.Count && FrenchDates.WeekdayOf(w[i].Folded) is not null ? i + 1 : i;

    /// <summary>A date the grammar read, with what the policy learns of its place in the story.</summary>
    private struct Candidate
    {
        public int Day;
        public int Month;
        public int? Year;
        public DayOfWeek? Weekday;
        public bool IsRange;
        public bool IsVisitRange;
        public bool MeetingCue;
        public bool Excluded;
        public bool Distant;
        public int Order;
        public int FirstWord;
        public int Start;
        public string Written;
        public StoryUnit Unit;

        /// <summary>Whether a single date falls in this range's month from its first day on (ranges are days long).</summary>
        public readonly bool Contains(Candidate other)
            => other.Month == Month ? other.Day >= Day : other.Month == (Month % 12) + 1;
    }
}

using System;
using System.Globalization;
using System.Text;

namespace DefenseDialogues
{
    /// <summary>
    /// A calendar date of which any part may be unknown, as news articles give them
    /// (<c>le 5 décembre</c> has no year). Formats as ISO 8601: <c>2024-02-27</c>,
    /// <c>2024-02</c>, <c>2024</c>, <c>--12-05</c>, <c>--12</c>.
    /// </summary>
    public readonly struct PartialDate : IEquatable<PartialDate>, IComparable<PartialDate>
    {
        // Leap year used to check a day against a month when the year is unknown (29 February is allowed).
        private const int AnyLeapYear = 2000;

        /// <summary>Creates a date from its known parts.</summary>
        /// <param name="year">The year (1 to 9999), or null when unknown.</param>
        /// <param name="month">The month (1 to 12), or null when unknown.</param>
        /// <param name="day">The day of the month, or null when unknown; needs a month and must exist in it.</param>
        /// <exception cref="ArgumentOutOfRangeException">A part is out of range, or a day is given without a month.</exception>
        public PartialDate(int? year, int? month, int? day)
        {
            if (year is int y && (y < 1 || y > 9999))
            {
                throw new ArgumentOutOfRangeException(nameof(year), y, "The year must be between 1 and 9999.");
            }

            if (month is int m && (m < 1 || m > 12))
            {
                throw new ArgumentOutOfRangeException(nameof(month), m, "The month must be between 1 and 12.");
            }

            if (day is int d)
            {
                // A day without its month identifies nothing and has no ISO form next to a year.
                if (month is null)
                {
                    throw new ArgumentOutOfRangeException(nameof(day), d, "A day needs a month.");
                }

                var daysInMonth = DateTime.DaysInMonth(year ?? AnyLeapYear, month.Value);
                if (d < 1 || d > daysInMonth)
                {
                    throw new ArgumentOutOfRangeException(nameof(day), d, "The day must be between 1 and " + daysInMonth.ToString(CultureInfo.InvariantCulture) + " for this month.");
                }
            }

            Year = year;
            Month = month;
            Day = day;
        }

        /// <summary>The year, or null when unknown.</summary>
        public int? Year { get; }

        /// <summary>The month (1 to 12), or null when unknown.</summary>
        public int? Month { get; }

        /// <summary>The day of the month, or null when unknown.</summary>
        public int? Day { get; }

        /// <summary>Whether year, month and day are all known.</summary>
        public bool IsComplete => Year.HasValue && Month.HasValue && Day.HasValue;

        /// <summary>Whether two dates have the same parts.</summary>
        public static bool operator ==(PartialDate left, PartialDate right) => left.Equals(right);

        /// <summary>Whether two dates differ in a part.</summary>
        public static bool operator !=(PartialDate left, PartialDate right) => !left.Equals(right);

        /// <summary>Whether <paramref name="left"/> sorts before <paramref name="right"/>.</summary>
        public static bool operator <(PartialDate left, PartialDate right) => left.CompareTo(right) < 0;

        /// <summary>Whether <paramref name="left"/> sorts after <paramref name="right"/>.</summary>
        public static bool operator >(PartialDate left, PartialDate right) => left.CompareTo(right) > 0;

        /// <summary>Whether <paramref name="left"/> sorts before or equal to <paramref name="right"/>.</summary>
        public static bool operator <=(PartialDate left, PartialDate right) => left.CompareTo(right) <= 0;

        /// <summary>Whether <paramref name="left"/> sorts after or equal to <paramref name="right"/>.</summary>
        public static bool operator >=(PartialDate left, PartialDate right) => left.CompareTo(right) >= 0;

        /// <summary>The date as a <see cref="DateTime"/> (midnight, unspecified kind), or null unless <see cref="IsComplete"/>.</summary>
        public DateTime? ToDateTime()
            => IsComplete ? new DateTime(Year!.Value, Month!.Value, Day!.Value, 0, 0, 0, DateTimeKind.Unspecified) : null;

        /// <inheritdoc />
        public bool Equals(PartialDate other) => Year == other.Year && Month == other.Month && Day == other.Day;

        /// <inheritdoc />
        public override bool Equals(object? obj) => obj is PartialDate other && Equals(other);

        /// <inheritdoc />
        public override int GetHashCode()
            => ValueEquality.Combine(ValueEquality.Combine(Year ?? -1, Month ?? -1), Day ?? -1);

        /// <summary>Compares year, then month, then day; an unknown part sorts before any known one.</summary>
        public int CompareTo(PartialDate other)
        {
            var byYear = Compare(Year, other.Year);
            if (byYear != 0)
            {
                return byYear;
            }

            var byMonth = Compare(Month, other.Month);
            return byMonth != 0 ? byMonth : Compare(Day, other.Day);
        }

        /// <summary>
        /// The ISO 8601 form of the known parts: <c>2024-02-27</c>, <c>2024-02</c>, <c>2024</c>,
        /// <c>--12-05</c> (no year), <c>--12</c>; empty when nothing is known.
        /// </summary>
        public override string ToString()
        {
            var text = new StringBuilder(10);
            if (Year is int year)
            {
                text.Append(year.ToString("D4", CultureInfo.InvariantCulture));
            }
            else if (Month.HasValue)
            {
                text.Append('-');
            }

            if (Month is int month)
            {
                text.Append('-').Append(month.ToString("D2", CultureInfo.InvariantCulture));
            }

            if (Day is int day)
            {
                text.Append('-').Append(day.ToString("D2", CultureInfo.InvariantCulture));
            }

            return text.ToString();
        }

        private static int Compare(int? left, int? right)
            => left.HasValue ? (right.HasValue ? left.Value.CompareTo(right.Value) : 1) : (right.HasValue ? -1 : 0);
    }
}

using System;
using System.Globalization;

namespace DefenseDialogues
{
    /// <summary>A calendar month of a year, such as an article's publication month; formats as <c>YYYY-MM</c>.</summary>
    public readonly struct YearMonth : IEquatable<YearMonth>, IComparable<YearMonth>
    {
        /// <summary>Creates a year and month.</summary>
        /// <param name="year">The year, 1 to 9999.</param>
        /// <param name="month">The month, 1 to 12.</param>
        /// <exception cref="ArgumentOutOfRangeException">A part is out of range.</exception>
        public YearMonth(int year, int month)
        {
            if (year < 1 || year > 9999)
            {
                throw new ArgumentOutOfRangeException(nameof(year), year, "The year must be between 1 and 9999.");
            }

            if (month < 1 || month > 12)
            {
                throw new ArgumentOutOfRangeException(nameof(month), month, "The month must be between 1 and 12.");
            }

            Year = year;
            Month = month;
        }

        /// <summary>The year.</summary>
        public int Year { get; }

        /// <summary>The month, 1 to 12.</summary>
        public int Month { get; }

        /// <summary>Whether two values are the same month.</summary>
        public static bool operator ==(YearMonth left, YearMonth right) => left.Equals(right);

        /// <summary>Whether two values are different months.</summary>
        public static bool operator !=(YearMonth left, YearMonth right) => !left.Equals(right);

        /// <summary>Whether <paramref name="left"/> is earlier than <paramref name="right"/>.</summary>
        public static bool operator <(YearMonth left, YearMonth right) => left.CompareTo(right) < 0;

        /// <summary>Whether <paramref name="left"/> is later than <paramref name="right"/>.</summary>
        public static bool operator >(YearMonth left, YearMonth right) => left.CompareTo(right) > 0;

        /// <summary>Whether <paramref name="left"/> is earlier than or the same as <paramref name="right"/>.</summary>
        public static bool operator <=(YearMonth left, YearMonth right) => left.CompareTo(right) <= 0;

        /// <summary>Whether <paramref name="left"/> is later than or the same as <paramref name="right"/>.</summary>
        public static bool operator >=(YearMonth left, YearMonth right) => left.CompareTo(right) >= 0;

        /// <inheritdoc />
        public bool Equals(YearMonth other) => Year == other.Year && Month == other.Month;

        /// <inheritdoc />
        public override bool Equals(object? obj) => obj is YearMonth other && Equals(other);

        /// <inheritdoc />
        public override int GetHashCode() => ValueEquality.Combine(Year, Month);

        /// <summary>Compares chronologically.</summary>
        public int CompareTo(YearMonth other)
        {
            var byYear = Year.CompareTo(other.Year);
            return byYear != 0 ? byYear : Month.CompareTo(other.Month);
        }

        /// <summary>The ISO 8601 form, <c>YYYY-MM</c>.</summary>
        public override string ToString()
            => Year.ToString("D4", CultureInfo.InvariantCulture) + "-" + Month.ToString("D2", CultureInfo.InvariantCulture);
    }
}

using System;
using System.Globalization;

namespace DefenseDialogues
{
    /// <summary>An anniversary an article marks: <c>50e anniversaire de …</c>, <c>10 ans de …</c>.</summary>
    public sealed class Anniversary : IEquatable<Anniversary>
    {
        /// <summary>Creates an anniversary.</summary>
        /// <param name="years">How many years are celebrated.</param>
        /// <param name="subject">What is celebrated, as written (<c>établissement des relations diplomatiques</c>).</param>
        /// <param name="since">The starting year, or null when the article does not give it.</param>
        /// <exception cref="ArgumentNullException"><paramref name="subject"/> is null.</exception>
        public Anniversary(int years, string subject, int? since)
        {
            Years = years;
            Subject = Guard.NotNull(subject, nameof(subject));
            Since = since;
        }

        /// <summary>How many years are celebrated.</summary>
        public int Years { get; }

        /// <summary>What is celebrated, as written.</summary>
        public string Subject { get; }

        /// <summary>The starting year, or null when unknown.</summary>
        public int? Since { get; }

        /// <summary>Whether two anniversaries have equal fields.</summary>
        public static bool operator ==(Anniversary? left, Anniversary? right) => left is null ? right is null : left.Equals(right);

        /// <summary>Whether two anniversaries differ in a field.</summary>
        public static bool operator !=(Anniversary? left, Anniversary? right) => !(left == right);

        /// <inheritdoc />
        public bool Equals(Anniversary? other)
            => other is not null
            && (ReferenceEquals(this, other) || (Years == other.Years && Subject == other.Subject && Since == other.Since));

        /// <inheritdoc />
        public override bool Equals(object? obj) => Equals(obj as Anniversary);

        /// <inheritdoc />
        public override int GetHashCode()
            => ValueEquality.Combine(ValueEquality.Combine(Years, Subject.GetHashCode()), Since ?? -1);

        /// <summary>For example <c>50 years: établissement des relations diplomatiques (since 1973)</c>.</summary>
        public override string ToString()
        {
            var text = Years.ToString(CultureInfo.InvariantCulture) + " years: " + Subject;
            return Since is int since ? text + " (since " + since.ToString(CultureInfo.InvariantCulture) + ")" : text;
        }
    }
}

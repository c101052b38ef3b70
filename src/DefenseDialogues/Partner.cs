using System;

namespace DefenseDialogues
{
    /// <summary>A counterpart Vietnam meets: a country or an international organization.</summary>
    public sealed class Partner : IEquatable<Partner>
    {
        /// <summary>Creates a partner.</summary>
        /// <param name="code">ISO 3166-1 alpha-2 code of a country (<c>IT</c>), or <c>EU</c>, <c>ASEAN</c>, <c>NATO</c>, <c>UN</c>.</param>
        /// <param name="name">The French name (<c>Italie</c>).</param>
        /// <param name="englishName">The English name (<c>Italy</c>).</param>
        /// <param name="isOrganization">Whether the partner is an organization rather than a country.</param>
        /// <exception cref="ArgumentNullException">A name or the code is null.</exception>
        public Partner(string code, string name, string englishName, bool isOrganization)
        {
            Code = Guard.NotNull(code, nameof(code));
            Name = Guard.NotNull(name, nameof(name));
            EnglishName = Guard.NotNull(englishName, nameof(englishName));
            IsOrganization = isOrganization;
        }

        /// <summary>ISO 3166-1 alpha-2 code of a country, or <c>EU</c>, <c>ASEAN</c>, <c>NATO</c>, <c>UN</c>.</summary>
        public string Code { get; }

        /// <summary>The French name.</summary>
        public string Name { get; }

        /// <summary>The English name.</summary>
        public string EnglishName { get; }

        /// <summary>Whether the partner is an organization rather than a country.</summary>
        public bool IsOrganization { get; }

        /// <summary>Whether two partners have equal fields.</summary>
        public static bool operator ==(Partner? left, Partner? right) => left is null ? right is null : left.Equals(right);

        /// <summary>Whether two partners differ in a field.</summary>
        public static bool operator !=(Partner? left, Partner? right) => !(left == right);

        /// <inheritdoc />
        public bool Equals(Partner? other)
            => other is not null
            && (ReferenceEquals(this, other)
                || (Code == other.Code && Name == other.Name && EnglishName == other.EnglishName && IsOrganization == other.IsOrganization));

        /// <inheritdoc />
        public override bool Equals(object? obj) => Equals(obj as Partner);

        /// <inheritdoc />
        public override int GetHashCode()
            => ValueEquality.Combine(ValueEquality.Combine(ValueEquality.Combine(Code.GetHashCode(), Name.GetHashCode()), EnglishName.GetHashCode()), IsOrganization ? 1 : 0);

        /// <summary>The English name.</summary>
        public override string ToString() => EnglishName;
    }
}

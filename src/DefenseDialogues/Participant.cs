using System;
using System.Collections.Generic;
using System.Text;

namespace DefenseDialogues
{
    /// <summary>A person named in an article.</summary>
    public sealed class Participant : IEquatable<Participant>
    {
        private readonly ReadOnlyArray<string> _titles;
        private readonly Func<IReadOnlyList<Person>>? _people;
        private readonly int _personIndex;
        private Person? _person;

        /// <summary>Creates a participant.</summary>
        /// <param name="name">The name as written, in its most complete form.</param>
        /// <param name="side">Code of the country or organization the person represents (<c>VN</c> for Vietnam), or null when unknown.</param>
        /// <param name="rank">The military rank as written (<c>amiral</c>), or null.</param>
        /// <param name="titles">The person's functions (<c>vice-ministre de la Défense</c>); copied.</param>
        /// <exception cref="ArgumentNullException"><paramref name="name"/> or <paramref name="titles"/> is null.</exception>
        /// <exception cref="ArgumentException"><paramref name="titles"/> contains null.</exception>
        /// <param name="person">The corpus-wide identity this mention resolves to, or null when not linked.</param>
        public Participant(string name, string? side, string? rank, IReadOnlyList<string> titles, Person? person = null)
        {
            _person = person;
            Name = Guard.NotNull(name, nameof(name));
            Side = side;
            Rank = rank;
            _titles = ReadOnlyArray<string>.From(titles, nameof(titles));
        }

        /// <summary>
        /// A decoded participant whose person is looked up in the dataset's people on first access:
        /// decoding a record neither builds its participants' people nor starts the people list.
        /// </summary>
        internal Participant(string name, string? side, string? rank, ReadOnlyArray<string> titles, Func<IReadOnlyList<Person>> people, int personIndex)
        {
            Name = name;
            Side = side;
            Rank = rank;
            _titles = titles;
            _people = people;
            _personIndex = personIndex;
        }

        /// <summary>The name as written, in its most complete form.</summary>
        public string Name { get; }

        /// <summary>Code of the country or organization the person represents (<c>VN</c> for Vietnam), or null when unknown.</summary>
        public string? Side { get; }

        /// <summary>The military rank as written, or null.</summary>
        public string? Rank { get; }

        /// <summary>The person's functions, without the country adjective.</summary>
        public IReadOnlyList<string> Titles => _titles;

        /// <summary>
        /// The same person across the corpus (all their dialogues, every spelling), resolved at build
        /// time; null for a participant built outside a generated dataset. Not part of equality.
        /// </summary>
        public Person? Person => _person ?? (_people is null ? null : _person = Resolve(_people(), _personIndex));

        /// <summary>Whether two participants have equal fields.</summary>
        public static bool operator ==(Participant? left, Participant? right) => left is null ? right is null : left.Equals(right);

        /// <summary>Whether two participants differ in a field.</summary>
        public static bool operator !=(Participant? left, Participant? right) => !(left == right);

        /// <inheritdoc />
        public bool Equals(Participant? other)
            => other is not null
            && (ReferenceEquals(this, other)
                || (Name == other.Name && Side == other.Side && Rank == other.Rank && ValueEquality.SequenceEqual(_titles, other._titles)));

        /// <inheritdoc />
        public override bool Equals(object? obj) => Equals(obj as Participant);

        /// <inheritdoc />
        public override int GetHashCode()
        {
            var hash = ValueEquality.Combine(Name.GetHashCode(), ValueEquality.Hash(Side));
            hash = ValueEquality.Combine(hash, ValueEquality.Hash(Rank));
            return ValueEquality.Combine(hash, ValueEquality.SequenceHash(_titles));
        }

        private static Person Resolve(IReadOnlyList<Person> people, int index)
            => (uint)index < (uint)people.Count
                ? people[index]
                : throw new FormatException("Malformed dialogue payload: person " + index.ToString(System.Globalization.CultureInfo.InvariantCulture) + " is not in the dataset's people.");

        /// <summary>Rank, name, side and titles, e.g. <c>amiral Luciano Portolano (IT), secrétaire général de la Défense</c>.</summary>
        public override string ToString()
        {
            var text = new StringBuilder();
            if (Rank is not null)
            {
                text.Append(Rank).Append(' ');
            }

            text.Append(Name);
            if (Side is not null)
            {
                text.Append(" (").Append(Side).Append(')');
            }

            foreach (var title in _titles)
            {
                text.Append(", ").Append(title);
            }

            return text.ToString();
        }
    }
}

using System;
using System.Collections.Generic;

namespace DefenseDialogues
{
    /// <summary>
    /// One person across the corpus: every article's mention of them (with or without diacritics,
    /// in any name order) resolved at build time to one identity.
    /// </summary>
    public sealed class Person : IEquatable<Person>
    {
        private readonly ReadOnlyArray<string> _ranks;
        private readonly ReadOnlyArray<string> _titles;
        private readonly ReadOnlyArray<string> _spellings;

        /// <summary>Creates a person. For generated code; use the generated <c>People</c> class.</summary>
        /// <param name="key">The identity key: the folded name tokens, sorted.</param>
        /// <param name="name">The most complete spelling seen.</param>
        /// <param name="side">The country or organization the person represents (<c>VN</c>), or null when unknown.</param>
        /// <param name="ranks">Military ranks as seen, in order of first appearance.</param>
        /// <param name="titles">Functions as seen, in order of first appearance.</param>
        /// <param name="spellings">Every distinct spelling seen.</param>
        /// <param name="dialogues">The dialogues the person appears in, ordered by date.</param>
        public Person(string key, string name, string? side, IReadOnlyList<string> ranks, IReadOnlyList<string> titles, IReadOnlyList<string> spellings, IReadOnlyList<Dialogue> dialogues)
        {
            Key = Guard.NotNull(key, nameof(key));
            Name = Guard.NotNull(name, nameof(name));
            Side = side;
            _ranks = ReadOnlyArray<string>.From(ranks, nameof(ranks));
            _titles = ReadOnlyArray<string>.From(titles, nameof(titles));
            _spellings = ReadOnlyArray<string>.From(spellings, nameof(spellings));
            Dialogues = Guard.NotNull(dialogues, nameof(dialogues));
        }

        /// <summary>The identity key: folded name tokens, sorted (<c>chien hoang xuan</c>).</summary>
        public string Key { get; }

        /// <summary>The most complete spelling seen (<c>Hoàng Xuân Chiên</c> over <c>Hoang Xuan Chien</c>).</summary>
        public string Name { get; }

        /// <summary>The country or organization code the person represents (<c>VN</c> for Vietnam), or null.</summary>
        public string? Side { get; }

        /// <summary>Military ranks as seen across articles.</summary>
        public IReadOnlyList<string> Ranks => _ranks;

        /// <summary>Functions as seen across articles.</summary>
        public IReadOnlyList<string> Titles => _titles;

        /// <summary>Every distinct spelling of the name seen.</summary>
        public IReadOnlyList<string> Spellings => _spellings;

        /// <summary>The dialogues the person appears in, ordered by date (unknown dates last).</summary>
        public IReadOnlyList<Dialogue> Dialogues { get; }

        /// <summary>Whether two people are the same identity.</summary>
        public static bool operator ==(Person? left, Person? right) => left is null ? right is null : left.Equals(right);

        /// <summary>Whether two people are different identities.</summary>
        public static bool operator !=(Person? left, Person? right) => !(left == right);

        /// <inheritdoc />
        public bool Equals(Person? other) => other is not null && Key == other.Key && Side == other.Side;

        /// <inheritdoc />
        public override bool Equals(object? obj) => Equals(obj as Person);

        /// <inheritdoc />
        public override int GetHashCode() => ValueEquality.Combine(Key.GetHashCode(), ValueEquality.Hash(Side));

        /// <summary>The name and side, e.g. <c>Hoàng Xuân Chiên (VN)</c>.</summary>
        public override string ToString() => Side is null ? Name : Name + " (" + Side + ")";
    }
}

using System;
using System.Collections.Generic;

namespace DefenseDialogues
{
    /// <summary>
    /// One value of a meeting's fact (a date, a place, a person, a topic…) and the articles that state it,
    /// with where each of them states it.
    /// </summary>
    /// <typeparam name="T">The value's type.</typeparam>
    public sealed class MeetingFact<T>
    {
        private readonly Func<Dialogue, T, Evidence?>? _evidenceOf;
        private IReadOnlyList<Evidence>? _evidence;

        /// <summary>Creates a fact. For generated code and <see cref="Meeting"/>.</summary>
        /// <param name="value">The value.</param>
        /// <param name="statedBy">The articles that state it, in id order; not empty.</param>
        /// <param name="evidenceOf">Where an article states the value, or null when that is not known.</param>
        public MeetingFact(T value, IReadOnlyList<Dialogue> statedBy, Func<Dialogue, T, Evidence?>? evidenceOf = null)
        {
            Value = value;
            StatedBy = Guard.NotNull(statedBy, nameof(statedBy));
            if (statedBy.Count == 0)
            {
                throw new ArgumentException("A fact is stated by at least one article.", nameof(statedBy));
            }

            _evidenceOf = evidenceOf;
        }

        /// <summary>The value.</summary>
        public T Value { get; }

        /// <summary>The articles that state the value, in id order.</summary>
        public IReadOnlyList<Dialogue> StatedBy { get; }

        /// <summary>Where each article of <see cref="StatedBy"/> states the value (its span in the .txt), in the same order; decoded on first access.</summary>
        public IReadOnlyList<Evidence> Evidence => Storage.LazySlots.Get(ref _evidence, this, static fact => fact.ReadEvidence());

        /// <summary>The value and how many articles state it: <c>Tokyo (3 articles)</c>.</summary>
        public override string ToString()
            => Value + " (" + StatedBy.Count.ToString(System.Globalization.CultureInfo.InvariantCulture) + (StatedBy.Count == 1 ? " article)" : " articles)");

        private IReadOnlyList<Evidence> ReadEvidence()
        {
            var all = new List<Evidence>(StatedBy.Count);
            foreach (var article in StatedBy)
            {
                all.Add((_evidenceOf is null ? null : _evidenceOf(article, Value)) ?? DefenseDialogues.Evidence.Unknown(EvidenceField.HeldOn, "not recorded"));
            }

            return ReadOnlyArray<Evidence>.Own(all.ToArray());
        }
    }
}

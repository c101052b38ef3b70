using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace DefenseDialogues
{
    /// <summary>
    /// One meeting, however many articles report it: the articles grouped at build time (the same
    /// counterparts, compatible dates, the same kind and edition, shared participants) and the facts they
    /// state, each with the articles that state it. Where articles disagree on the date or the place, the
    /// meeting keeps every value and says it is disputed.
    /// </summary>
    public sealed class Meeting
    {
        private readonly ReadOnlyArray<MeetingFact<PartialDate>> _dates;
        private readonly ReadOnlyArray<MeetingFact<string>> _locations;
        private IReadOnlyList<MeetingFact<Person>>? _people;
        private IReadOnlyList<MeetingFact<Topic>>? _topics;
        private IReadOnlyList<MeetingFact<LegalReference>>? _legalReferences;

        /// <summary>Creates a meeting. For generated code; use the generated <c>Meetings</c> class.</summary>
        /// <param name="articles">The articles that report it, in id order; not empty.</param>
        /// <param name="kind">The kind the articles agree on.</param>
        /// <param name="edition">The edition the articles give, or null.</param>
        /// <param name="dates">The dates stated, the meeting's (most stated) first.</param>
        /// <param name="locations">The places stated, the meeting's (most stated) first.</param>
        public Meeting(IReadOnlyList<Dialogue> articles, DialogueKind kind, int? edition, IReadOnlyList<MeetingFact<PartialDate>> dates, IReadOnlyList<MeetingFact<string>> locations)
        {
            Articles = Guard.NotNull(articles, nameof(articles));
            if (articles.Count == 0)
            {
                throw new ArgumentException("A meeting is reported by at least one article.", nameof(articles));
            }

            Kind = Guard.Defined(kind, nameof(kind));
            Edition = edition;
            _dates = ReadOnlyArray<MeetingFact<PartialDate>>.From(dates, nameof(dates));
            _locations = ReadOnlyArray<MeetingFact<string>>.From(locations, nameof(locations));
        }

        /// <summary>The id of its first article (in id order): a stable name for the meeting.</summary>
        public string Id => Articles[0].Id;

        /// <summary>The articles that report the meeting, in id order.</summary>
        public IReadOnlyList<Dialogue> Articles { get; }

        /// <summary>The counterparts (every article names the same ones).</summary>
        public IReadOnlyList<Partner> Partners => Articles[0].Partners;

        /// <summary>The primary counterpart, or null.</summary>
        public Partner? Partner => Articles[0].Partner;

        /// <summary>The kind of meeting the articles agree on.</summary>
        public DialogueKind Kind { get; }

        /// <summary>The edition of a numbered series (<c>10e Dialogue…</c>), or null.</summary>
        public int? Edition { get; }

        /// <summary>The meeting's date: the most stated (then the most precise) of <see cref="Dates"/>, or null.</summary>
        public PartialDate? HeldOn => _dates.Count == 0 ? null : _dates[0].Value;

        /// <summary>The meeting's place: the most stated of <see cref="Locations"/>, or null.</summary>
        public string? Location => _locations.Count == 0 ? null : _locations[0].Value;

        /// <summary>Every date the articles state, with who states it; a partial date counts for the full one it agrees with.</summary>
        public IReadOnlyList<MeetingFact<PartialDate>> Dates => _dates;

        /// <summary>Every place the articles state, with who states it.</summary>
        public IReadOnlyList<MeetingFact<string>> Locations => _locations;

        /// <summary>Whether the articles give dates that disagree (27 vs 28 février).</summary>
        public bool IsDateDisputed => _dates.Count > 1;

        /// <summary>Whether the articles give places that disagree (Hanoi vs Ho Chi Minh City).</summary>
        public bool IsLocationDisputed => _locations.Count > 1;

        /// <summary>Whether any fact is disputed.</summary>
        public bool IsDisputed => IsDateDisputed || IsLocationDisputed;

        /// <summary>Everyone who took part, each person once (through <c>People</c>), in order of first mention, with the articles that name them.</summary>
        public IReadOnlyList<MeetingFact<Person>> People => Storage.LazySlots.Get(ref _people, this, static m => m.Collect(static d => PeopleOf(d), PersonEvidence));

        /// <summary>Every topic any article mentions, in order of first mention, with the articles that mention it.</summary>
        public IReadOnlyList<MeetingFact<Topic>> Topics => Storage.LazySlots.Get(ref _topics, this, static m => m.Collect(static d => d.Topics, static (d, t) => At(d.Evidence.Topics, IndexOf(d.Topics, t))));

        /// <summary>Every legal reference any article cites, with the articles that cite it.</summary>
        public IReadOnlyList<MeetingFact<LegalReference>> LegalReferences
            => Storage.LazySlots.Get(ref _legalReferences, this, static m => m.Collect(static d => d.LegalReferences, static (d, r) => At(d.Evidence.LegalReferences, IndexOf(d.LegalReferences, r))));

        /// <summary>A one-line summary: <c>2025-03-12 Japan PolicyDialogue #10 in Tokyo, 3 articles (disputed: date)</c>.</summary>
        public override string ToString()
        {
            var sb = new StringBuilder();
            sb.Append(HeldOn is { } date ? date.ToString() : "undated").Append(' ');
            var partners = new List<string>();
            foreach (var p in Partners)
            {
                partners.Add(p.EnglishName);
            }

            sb.Append(partners.Count == 0 ? "unknown partner" : string.Join(", ", partners)).Append(' ').Append(Kind);
            if (Edition is int edition)
            {
                sb.Append(" #").Append(edition.ToString(CultureInfo.InvariantCulture));
            }

            if (Location is { } place)
            {
                sb.Append(" in ").Append(place);
            }

            sb.Append(", ").Append(Articles.Count.ToString(CultureInfo.InvariantCulture)).Append(Articles.Count == 1 ? " article" : " articles");
            if (IsDisputed)
            {
                sb.Append(" (disputed: ").Append(IsDateDisputed && IsLocationDisputed ? "date, place" : IsDateDisputed ? "date" : "place").Append(')');
            }

            return sb.ToString();
        }

        /// <summary>Where an article states a date: its date's evidence.</summary>
        internal static Evidence? DateEvidence(Dialogue article, PartialDate date) => article.Evidence.HeldOn;

        /// <summary>Where an article states a place: its location's evidence.</summary>
        internal static Evidence? LocationEvidence(Dialogue article, string place) => article.Evidence.Location;

        private static Evidence? PersonEvidence(Dialogue article, Person person)
        {
            for (var i = 0; i < article.Participants.Count; i++)
            {
                if (article.Participants[i].Person == person)
                {
                    return article.Evidence.Participants[i].Name;
                }
            }

            return null;
        }

        /// <summary>The people an article's participants resolve to (a participant without one is left out).</summary>
        private static IEnumerable<Person> PeopleOf(Dialogue article)
        {
            foreach (var participant in article.Participants)
            {
                if (participant.Person is { } person)
                {
                    yield return person;
                }
            }
        }

        /// <summary>Each distinct value the articles state, in order of first mention, with the articles stating it.</summary>
        private IReadOnlyList<MeetingFact<T>> Collect<T>(Func<Dialogue, IEnumerable<T>> values, Func<Dialogue, T, Evidence?> evidenceOf)
            where T : notnull
        {
            var order = new List<T>();
            var statedBy = new Dictionary<T, List<Dialogue>>();
            foreach (var article in Articles)
            {
                foreach (var value in values(article))
                {
                    if (!statedBy.TryGetValue(value, out var list))
                    {
                        statedBy[value] = list = new List<Dialogue>();
                        order.Add(value);
                    }

                    if (list.Count == 0 || !ReferenceEquals(list[list.Count - 1], article))
                    {
                        list.Add(article);
                    }
                }
            }

            var facts = new MeetingFact<T>[order.Count];
            for (var i = 0; i < facts.Length; i++)
            {
                facts[i] = new MeetingFact<T>(order[i], ReadOnlyArray<Dialogue>.Own(statedBy[order[i]].ToArray()), evidenceOf);
            }

            return ReadOnlyArray<MeetingFact<T>>.Own(facts);
        }

        private static int IndexOf<T>(IReadOnlyList<T> list, T value)
            where T : struct, Enum
        {
            for (var i = 0; i < list.Count; i++)
            {
                if (EqualityComparer<T>.Default.Equals(list[i], value))
                {
                    return i;
                }
            }

            return -1;
        }

        private static Evidence? At(IReadOnlyList<Evidence> list, int index) => index >= 0 && index < list.Count ? list[index] : null;
    }
}

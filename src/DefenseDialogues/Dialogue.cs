using System;
using System.Collections.Generic;
using System.Text;

namespace DefenseDialogues
{
    /// <summary>
    /// One bilateral defense meeting of Vietnam, as extracted from one news article.
    /// Immutable, with value equality over every field (lists compared element by element).
    /// </summary>
    public sealed class Dialogue : IEquatable<Dialogue>
    {
        private readonly ReadOnlyArray<string> _captions;
        private readonly ReadOnlyArray<Partner> _partners;
        private readonly ReadOnlyArray<Participant> _participants;
        private readonly ReadOnlyArray<Topic> _topics;
        private readonly ReadOnlyArray<LegalReference> _legalReferences;
        private readonly ReadOnlyArray<Anniversary> _anniversaries;
        private readonly IReadOnlyList<string> _paragraphs;
        private readonly Func<Dialogue, DialogueEvidence>? _loadEvidence;
        private DialogueEvidence? _evidence;

        /// <summary>Creates a record. The lists are copied, so later changes to the arguments do not affect it.</summary>
        /// <param name="id">The article's file name without extension.</param>
        /// <param name="sourceFile">The article's file name with extension.</param>
        /// <param name="published">The publication month from the article's header, or null.</param>
        /// <param name="heldOn">The date of the meeting, or null.</param>
        /// <param name="headline">The title, or null.</param>
        /// <param name="captions">Photo captions, without the photo credit.</param>
        /// <param name="location">The city of the meeting in English, or null.</param>
        /// <param name="partners">Every counterpart met, the primary one first.</param>
        /// <param name="kind">What kind of meeting it was.</param>
        /// <param name="edition">The ordinal of the dialogue series, or null.</param>
        /// <param name="participants">The people named in the story.</param>
        /// <param name="topics">Cooperation fields and security topics mentioned, in <see cref="Topic"/> order.</param>
        /// <param name="legalReferences">Legal instruments referred to.</param>
        /// <param name="anniversaries">Anniversaries marked.</param>
        /// <param name="partnership">The relationship level stated for the pair, or null.</param>
        /// <param name="source">The agency credit (<c>VNA</c>, <c>VNA/CVN</c>), or null.</param>
        /// <param name="paragraphs">The story's clean paragraphs.</param>
        /// <exception cref="ArgumentNullException">A required string or a list is null.</exception>
        /// <exception cref="ArgumentException">A list contains null.</exception>
        /// <exception cref="ArgumentOutOfRangeException">An enum argument is not a declared value.</exception>
        public Dialogue(
            string id,
            string sourceFile,
            YearMonth? published,
            PartialDate? heldOn,
            string? headline,
            IReadOnlyList<string> captions,
            string? location,
            IReadOnlyList<Partner> partners,
            DialogueKind kind,
            int? edition,
            IReadOnlyList<Participant> participants,
            IReadOnlyList<Topic> topics,
            IReadOnlyList<LegalReference> legalReferences,
            IReadOnlyList<Anniversary> anniversaries,
            PartnershipLevel? partnership,
            string? source,
            IReadOnlyList<string> paragraphs)
            : this(
                Guard.NotNull(id, nameof(id)),
                Guard.NotNull(sourceFile, nameof(sourceFile)),
                published,
                heldOn,
                headline,
                ReadOnlyArray<string>.From(captions, nameof(captions)),
                location,
                ReadOnlyArray<Partner>.From(partners, nameof(partners)),
                Guard.Defined(kind, nameof(kind)),
                edition,
                ReadOnlyArray<Participant>.From(participants, nameof(participants)),
                ReadOnlyArray<Topic>.From(Guard.AllDefined(Guard.NotNull(topics, nameof(topics)), nameof(topics)), nameof(topics)),
                ReadOnlyArray<LegalReference>.From(Guard.AllDefined(Guard.NotNull(legalReferences, nameof(legalReferences)), nameof(legalReferences)), nameof(legalReferences)),
                ReadOnlyArray<Anniversary>.From(anniversaries, nameof(anniversaries)),
                partnership is PartnershipLevel level ? Guard.Defined(level, nameof(partnership)) : null,
                source,
                ReadOnlyArray<string>.From(paragraphs, nameof(paragraphs)),
                loadEvidence: null)
        {
        }

        /// <summary>
        /// Creates a record from values already checked, as the payload decoder reads them: the lists are
        /// frozen, the enums declared, <paramref name="paragraphs"/> may still be undecoded UTF-8, and
        /// <paramref name="loadEvidence"/> reads the record's evidence when it is first asked for.
        /// </summary>
        internal Dialogue(
            string id,
            string sourceFile,
            YearMonth? published,
            PartialDate? heldOn,
            string? headline,
            ReadOnlyArray<string> captions,
            string? location,
            ReadOnlyArray<Partner> partners,
            DialogueKind kind,
            int? edition,
            ReadOnlyArray<Participant> participants,
            ReadOnlyArray<Topic> topics,
            ReadOnlyArray<LegalReference> legalReferences,
            ReadOnlyArray<Anniversary> anniversaries,
            PartnershipLevel? partnership,
            string? source,
            IReadOnlyList<string> paragraphs,
            Func<Dialogue, DialogueEvidence>? loadEvidence)
        {
            Id = id;
            SourceFile = sourceFile;
            Published = published;
            HeldOn = heldOn;
            Headline = headline;
            _captions = captions;
            Location = location;
            _partners = partners;
            Kind = kind;
            Edition = edition;
            _participants = participants;
            _topics = topics;
            for (var i = 0; i < _topics.Count; i++)
            {
                TopicSet |= _topics[i].AsSet();
            }

            _legalReferences = legalReferences;
            _anniversaries = anniversaries;
            Partnership = partnership;
            Source = source;
            _paragraphs = paragraphs;
            _loadEvidence = loadEvidence;
        }

        /// <summary>
        /// The meeting this article reports, with the other articles that report it and their merged facts;
        /// a meeting reported once is a meeting too. Null for a record built by hand.
        /// </summary>
        public Meeting? Meeting => _meetingAt is null ? null : _meetingAt(Position);

        /// <summary>The position in the generated list that decoded this record, or -1.</summary>
        internal int Position { get; private set; } = -1;

        /// <summary>The generated list that decoded this record, or null.</summary>
        internal IReadOnlyList<Dialogue>? Owner { get; private set; }

        private Func<int, Meeting>? _meetingAt;

        /// <summary>Links a decoded record to its list and to its meeting.</summary>
        internal void Attach(IReadOnlyList<Dialogue> owner, int position, Func<int, Meeting>? meetingAt)
        {
            Owner = owner;
            Position = position;
            _meetingAt = meetingAt;
        }

        /// <summary>
        /// Where each value was read in the article: line and column spans, the words and the supporting
        /// sentence, or how a value was inferred. Decoded on first access (records that never ask cost
        /// nothing); not part of equality. A record built by hand has evidence that says every value is unknown.
        /// </summary>
        public DialogueEvidence Evidence => Storage.LazySlots.Get(ref _evidence, this, static d => d.LoadEvidence());

        private DialogueEvidence LoadEvidence() => _loadEvidence?.Invoke(this) ?? new DialogueEvidence(this, Array.Empty<Evidence>());

        /// <summary>The article's file name without extension; unique in a dataset.</summary>
        public string Id { get; }

        /// <summary><see cref="Topics"/> as flags, for cheap filtering.</summary>
        public TopicSet TopicSet { get; }

        /// <summary>The article's file name with extension.</summary>
        public string SourceFile { get; }

        /// <summary>The publication month from the article's header, or null.</summary>
        public YearMonth? Published { get; }

        /// <summary>The date of the meeting (any part may be unknown), or null.</summary>
        public PartialDate? HeldOn { get; }

        /// <summary>The title without photo credit, or null.</summary>
        public string? Headline { get; }

        /// <summary>Photo captions, without the photo credit.</summary>
        public IReadOnlyList<string> Captions => _captions;

        /// <summary>The city where the meeting took place, in English without diacritics, or null.</summary>
        public string? Location { get; }

        /// <summary>Every counterpart met, the primary one first.</summary>
        public IReadOnlyList<Partner> Partners => _partners;

        /// <summary>The primary counterpart (the first of <see cref="Partners"/>), or null.</summary>
        public Partner? Partner => _partners.Count == 0 ? null : _partners[0];

        /// <summary>What kind of meeting it was.</summary>
        public DialogueKind Kind { get; }

        /// <summary>The ordinal of the dialogue series (<c>quatrième</c> → 4), or null.</summary>
        public int? Edition { get; }

        /// <summary>The people named in the story, each once.</summary>
        public IReadOnlyList<Participant> Participants => _participants;

        /// <summary>Cooperation fields and security topics mentioned.</summary>
        public IReadOnlyList<Topic> Topics => _topics;

        /// <summary>Legal instruments referred to.</summary>
        public IReadOnlyList<LegalReference> LegalReferences => _legalReferences;

        /// <summary>Anniversaries marked.</summary>
        public IReadOnlyList<Anniversary> Anniversaries => _anniversaries;

        /// <summary>The relationship level stated for Vietnam and the partner, or null.</summary>
        public PartnershipLevel? Partnership { get; }

        /// <summary>The agency credit (<c>VNA</c>, <c>VNA/CVN</c>), or null.</summary>
        public string? Source { get; }

        /// <summary>The story's clean paragraphs: no header, captions, related links or trailers.</summary>
        public IReadOnlyList<string> Paragraphs => _paragraphs;

        /// <summary>Whether two records have equal fields.</summary>
        public static bool operator ==(Dialogue? left, Dialogue? right) => left is null ? right is null : left.Equals(right);

        /// <summary>Whether two records differ in a field.</summary>
        public static bool operator !=(Dialogue? left, Dialogue? right) => !(left == right);

        /// <inheritdoc />
        public bool Equals(Dialogue? other)
        {
            if (other is null)
            {
                return false;
            }

            return ReferenceEquals(this, other)
                || (Id == other.Id
                    && SourceFile == other.SourceFile
                    && Published == other.Published
                    && HeldOn == other.HeldOn
                    && Headline == other.Headline
                    && Location == other.Location
                    && Kind == other.Kind
                    && Edition == other.Edition
                    && Partnership == other.Partnership
                    && Source == other.Source
                    && ValueEquality.SequenceEqual(_captions, other._captions)
                    && ValueEquality.SequenceEqual(_partners, other._partners)
                    && ValueEquality.SequenceEqual(_participants, other._participants)
                    && ValueEquality.SequenceEqual(_topics, other._topics)
                    && ValueEquality.SequenceEqual(_legalReferences, other._legalReferences)
                    && ValueEquality.SequenceEqual(_anniversaries, other._anniversaries)
                    && ValueEquality.SequenceEqual(_paragraphs, other._paragraphs));
        }

        /// <inheritdoc />
        public override bool Equals(object? obj) => Equals(obj as Dialogue);

        /// <inheritdoc />
        public override int GetHashCode()
        {
            var hash = Id.GetHashCode();
            hash = ValueEquality.Combine(hash, SourceFile.GetHashCode());
            hash = ValueEquality.Combine(hash, ValueEquality.Hash(Published));
            hash = ValueEquality.Combine(hash, ValueEquality.Hash(HeldOn));
            hash = ValueEquality.Combine(hash, ValueEquality.Hash(Headline));
            hash = ValueEquality.Combine(hash, ValueEquality.Hash(Location));
            hash = ValueEquality.Combine(hash, (int)Kind);
            hash = ValueEquality.Combine(hash, ValueEquality.Hash(Edition));
            hash = ValueEquality.Combine(hash, ValueEquality.Hash(Partnership));
            hash = ValueEquality.Combine(hash, ValueEquality.Hash(Source));
            hash = ValueEquality.Combine(hash, ValueEquality.SequenceHash(_captions));
            hash = ValueEquality.Combine(hash, ValueEquality.SequenceHash(_partners));
            hash = ValueEquality.Combine(hash, ValueEquality.SequenceHash(_participants));
            hash = ValueEquality.Combine(hash, ValueEquality.SequenceHash(_topics));
            hash = ValueEquality.Combine(hash, ValueEquality.SequenceHash(_legalReferences));
            hash = ValueEquality.Combine(hash, ValueEquality.SequenceHash(_anniversaries));
            return ValueEquality.Combine(hash, ValueEquality.SequenceHash(_paragraphs));
        }

        /// <summary>
        /// A one-line summary: pair, kind, date (the meeting's, else the publication month) and
        /// place, e.g. <c>Vietnam–Italy PolicyDialogue 2023-07-04 Rome</c>.
        /// </summary>
        public override string ToString()
        {
            var text = new StringBuilder("Vietnam");
            for (var i = 0; i < _partners.Count; i++)
            {
                text.Append(i == 0 ? '\u2013' : '/').Append(_partners[i].EnglishName);
            }

            text.Append(' ').Append(Kind.ToString());
            var date = HeldOn is PartialDate heldOn && heldOn != default(PartialDate) ? heldOn.ToString() : Published?.ToString();
            if (!string.IsNullOrEmpty(date))
            {
                text.Append(' ').Append(date);
            }

            if (Location is not null)
            {
                text.Append(' ').Append(Location);
            }

            return text.ToString();
        }
    }
}

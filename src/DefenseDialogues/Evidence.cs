using System;
using System.Collections.Generic;
using System.Globalization;

namespace DefenseDialogues
{
    /// <summary>
    /// A stretch of an article file, as an editor shows it: one-based lines and columns (columns
    /// count UTF-16 code units, as VS Code and Visual Studio do; a byte order mark is not a column).
    /// The end is exclusive.
    /// </summary>
    public readonly struct SourceSpan : IEquatable<SourceSpan>
    {
        /// <summary>Creates a span.</summary>
        /// <param name="file">The article's file name.</param>
        /// <param name="startLine">One-based line of the first character.</param>
        /// <param name="startColumn">One-based column of the first character.</param>
        /// <param name="endLine">One-based line of the end.</param>
        /// <param name="endColumn">One-based column just after the last character.</param>
        public SourceSpan(string file, int startLine, int startColumn, int endLine, int endColumn)
        {
            File = Guard.NotNull(file, nameof(file));
            StartLine = startLine;
            StartColumn = startColumn;
            EndLine = endLine;
            EndColumn = endColumn;
        }

        /// <summary>The article's file name (<c>Dialogue.SourceFile</c>).</summary>
        public string File { get; }

        /// <summary>One-based line of the first character.</summary>
        public int StartLine { get; }

        /// <summary>One-based column of the first character.</summary>
        public int StartColumn { get; }

        /// <summary>One-based line of the end.</summary>
        public int EndLine { get; }

        /// <summary>One-based column just after the last character (exclusive).</summary>
        public int EndColumn { get; }

        /// <summary>Equality operator.</summary>
        /// <param name="left">A span.</param>
        /// <param name="right">Another span.</param>
        /// <returns>Whether they are equal.</returns>
        public static bool operator ==(SourceSpan left, SourceSpan right) => left.Equals(right);

        /// <summary>Inequality operator.</summary>
        /// <param name="left">A span.</param>
        /// <param name="right">Another span.</param>
        /// <returns>Whether they differ.</returns>
        public static bool operator !=(SourceSpan left, SourceSpan right) => !left.Equals(right);

        /// <inheritdoc />
        public bool Equals(SourceSpan other)
            => string.Equals(File, other.File, StringComparison.Ordinal) && StartLine == other.StartLine && StartColumn == other.StartColumn
               && EndLine == other.EndLine && EndColumn == other.EndColumn;

        /// <inheritdoc />
        public override bool Equals(object? obj) => obj is SourceSpan other && Equals(other);

        /// <inheritdoc />
        public override int GetHashCode()
            => ValueEquality.Combine(ValueEquality.Combine(ValueEquality.Combine(File?.GetHashCode() ?? 0, StartLine), StartColumn), ValueEquality.Combine(EndLine, EndColumn));

        /// <summary>The span as compilers print locations: <c>file.txt(3,12-3,20)</c>.</summary>
        /// <returns>The span's text.</returns>
        public override string ToString()
            => File + "(" + Number(StartLine) + "," + Number(StartColumn) + "-" + Number(EndLine) + "," + Number(EndColumn) + ")";

        private static string Number(int n) => n.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// Why one value of a <see cref="Dialogue"/> is what it is: where the article says it (its
    /// <see cref="Span"/> in the file, the words <see cref="Quote"/>d and the supporting
    /// <see cref="Sentence"/>, cleaned as <see cref="Dialogue.Paragraphs"/> are), or, for a value
    /// inferred rather than read, how (<see cref="Note"/>). A value the article does not give has no span.
    /// </summary>
    public sealed class Evidence
    {
        /// <summary>Creates evidence.</summary>
        /// <param name="field">Which value.</param>
        /// <param name="index">Its index in its list (partners, participants, topics…), else 0.</param>
        /// <param name="item">The title's index for <see cref="EvidenceField.ParticipantTitle"/>, else 0.</param>
        /// <param name="value">The value as text, or null when unknown.</param>
        /// <param name="note">How the value was inferred or why it is unknown; null when read as written.</param>
        /// <param name="part">The part of the article the value was read from, or null.</param>
        /// <param name="partIndex">The paragraph's or caption's index, else 0.</param>
        /// <param name="span">Where in the file, or null.</param>
        /// <param name="partText">The part's clean text (the paragraph, caption, headline, dateline…), or null.</param>
        /// <param name="quoteStart">Where the words read start in <paramref name="partText"/>.</param>
        /// <param name="quoteLength">Their length.</param>
        /// <param name="sentenceStart">Where the supporting sentence starts in <paramref name="partText"/>.</param>
        /// <param name="sentenceLength">Its length.</param>
        /// <exception cref="ArgumentOutOfRangeException">The quote or sentence lies outside the part's text.</exception>
        public Evidence(
            EvidenceField field, int index, int item, string? value, string? note,
            ArticlePart? part, int partIndex, SourceSpan? span, string? partText, int quoteStart, int quoteLength, int sentenceStart, int sentenceLength)
        {
            Field = Guard.Defined(field, nameof(field));
            Index = index;
            Item = item;
            Value = value;
            Note = note;
            Part = part;
            PartIndex = partIndex;
            Span = span;
            PartText = partText;
            if (partText is not null)
            {
                if (quoteStart < 0 || quoteLength < 0 || quoteStart + quoteLength > partText.Length)
                {
                    throw new ArgumentOutOfRangeException(nameof(quoteStart), "The quote lies outside the part's text.");
                }

                if (sentenceStart < 0 || sentenceLength < 0 || sentenceStart + sentenceLength > partText.Length)
                {
                    throw new ArgumentOutOfRangeException(nameof(sentenceStart), "The sentence lies outside the part's text.");
                }

                QuoteStart = quoteStart;
                Quote = partText.Substring(quoteStart, quoteLength);
                Sentence = partText.Substring(sentenceStart, sentenceLength);
            }
            else
            {
                QuoteStart = -1;
            }
        }

        /// <summary>Which value this supports.</summary>
        public EvidenceField Field { get; }

        /// <summary>The value's index in its list (which partner, participant, topic…), else 0.</summary>
        public int Index { get; }

        /// <summary>Which of the participant's titles, for <see cref="EvidenceField.ParticipantTitle"/>; else 0.</summary>
        public int Item { get; }

        /// <summary>The value as text (<c>2024-06-04</c>, <c>Oslo</c>, <c>NO</c>, <c>Training</c>), or null when unknown.</summary>
        public string? Value { get; }

        /// <summary>How the value was inferred (<c>year 2024 from the header</c>) or why it is unknown; null when read as written.</summary>
        public string? Note { get; }

        /// <summary>The part of the article the value was read from, or null when the article does not give it.</summary>
        public ArticlePart? Part { get; }

        /// <summary>The paragraph's or caption's index (in <see cref="Dialogue.Paragraphs"/> or <see cref="Dialogue.Captions"/>), else 0.</summary>
        public int PartIndex { get; }

        /// <summary>Where in the article file the value was read, or null.</summary>
        public SourceSpan? Span { get; }

        /// <summary>The clean text of the part the value was read from (the paragraph, caption, headline, dateline…), or null.</summary>
        public string? PartText { get; }

        /// <summary>Where <see cref="Quote"/> starts in <see cref="PartText"/>, or -1.</summary>
        public int QuoteStart { get; }

        /// <summary>The words the value was read from, cleaned as the paragraphs are, or null.</summary>
        public string? Quote { get; }

        /// <summary>The sentence that supports the value, cleaned as the paragraphs are, or null.</summary>
        public string? Sentence { get; }

        /// <summary>Whether the article gives this value somewhere (it has a span).</summary>
        public bool IsLocated => Span is not null;

        /// <summary>Whether the value was inferred rather than read as written (a year taken from the header, a side from a family name).</summary>
        public bool IsInferred => Note is not null && Value is not null;

        /// <summary>The value's path in the export (<c>heldOn</c>, <c>partners[1]</c>, <c>participants[0].titles[1]</c>).</summary>
        public string Path => EvidencePaths.Of(Field, Index, Item);

        /// <summary>Evidence that says a value is unknown.</summary>
        /// <param name="field">Which value.</param>
        /// <param name="note">Why.</param>
        /// <returns>The evidence.</returns>
        public static Evidence Unknown(EvidenceField field, string note) => new(field, 0, 0, null, note, null, 0, null, null, 0, 0, 0, 0);

        /// <summary>One line: <c>heldOn = 2024-06-04 at a.txt(3,40-3,51): "mardi 4 juin 2024"</c>.</summary>
        /// <returns>The text.</returns>
        public override string ToString()
        {
            var text = Path + " = " + (Value ?? "(unknown)");
            if (Span is { } span)
            {
                text += " at " + span.ToString() + ": \u201C" + Quote + "\u201D";
            }

            return Note is null ? text : text + " (" + Note + ")";
        }
    }

    /// <summary>Where a participant's name, rank and titles were read.</summary>
    public sealed class ParticipantEvidence
    {
        internal ParticipantEvidence(Evidence name, Evidence rank, IReadOnlyList<Evidence> titles)
        {
            Name = name;
            Rank = rank;
            Titles = titles;
        }

        /// <summary>The name (its note says how the side was decided).</summary>
        public Evidence Name { get; }

        /// <summary>The rank (unknown evidence when the participant has none).</summary>
        public Evidence Rank { get; }

        /// <summary>Each title, aligned with <see cref="Participant.Titles"/>.</summary>
        public IReadOnlyList<Evidence> Titles { get; }
    }

    /// <summary>
    /// The evidence of every value of one <see cref="Dialogue"/>, typed by field and aligned with its
    /// lists (<c>Partners[1]</c> supports <c>dialogue.Partners[1]</c>); enumerating it gives every
    /// piece in field order. Decoded from its own compact payload on first access.
    /// </summary>
    public sealed class DialogueEvidence : IReadOnlyList<Evidence>
    {
        private readonly ReadOnlyArray<Evidence> _all;
        private readonly Dictionary<long, Evidence> _byKey = new Dictionary<long, Evidence>();

        /// <summary>Arranges pieces of evidence by field.</summary>
        /// <param name="dialogue">The record they support (its lists size the aligned lists).</param>
        /// <param name="all">The pieces, any order.</param>
        public DialogueEvidence(Dialogue dialogue, IReadOnlyList<Evidence> all)
        {
            Guard.NotNull(dialogue, nameof(dialogue));
            _all = ReadOnlyArray<Evidence>.From(all, nameof(all));
            foreach (var e in _all)
            {
                var key = Key(e.Field, e.Index, e.Item);
                if (!_byKey.ContainsKey(key))
                {
                    _byKey.Add(key, e);
                }
            }

            Published = Single(EvidenceField.Published, "no header");
            HeldOn = Single(EvidenceField.HeldOn, "no date of the meeting in the story");
            Location = Single(EvidenceField.Location, "no city named for the meeting");
            Kind = Single(EvidenceField.Kind, "no wording of a kind of meeting");
            Edition = Single(EvidenceField.Edition, "no ordinal of the dialogue");
            Partnership = Single(EvidenceField.Partnership, "no relationship level stated");
            Source = Single(EvidenceField.Source, "no agency credit");
            Partners = Aligned(EvidenceField.Partner, dialogue.Partners.Count);
            Topics = Aligned(EvidenceField.Topic, dialogue.Topics.Count);
            LegalReferences = Aligned(EvidenceField.LegalReference, dialogue.LegalReferences.Count);
            Anniversaries = Aligned(EvidenceField.Anniversary, dialogue.Anniversaries.Count);
            var names = Aligned(EvidenceField.Participant, dialogue.Participants.Count);
            var ranks = Aligned(EvidenceField.ParticipantRank, dialogue.Participants.Count);
            var participants = new ParticipantEvidence[dialogue.Participants.Count];
            for (var k = 0; k < participants.Length; k++)
            {
                var titles = new Evidence[dialogue.Participants[k].Titles.Count];
                for (var t = 0; t < titles.Length; t++)
                {
                    titles[t] = Find(EvidenceField.ParticipantTitle, k, t) ?? Evidence.Unknown(EvidenceField.ParticipantTitle, "no evidence stored");
                }

                participants[k] = new ParticipantEvidence(names[k], ranks[k], ReadOnlyArray<Evidence>.Own(titles));
            }

            Participants = ReadOnlyArray<ParticipantEvidence>.Own(participants);
        }

        /// <summary>Where the publication month was read (the header).</summary>
        public Evidence Published { get; }

        /// <summary>Where the meeting's date was read, and how its year was inferred when the text gives none.</summary>
        public Evidence HeldOn { get; }

        /// <summary>Where the city was read (a clause of the lead, a caption or the dateline), or why there is none.</summary>
        public Evidence Location { get; }

        /// <summary>The primary partner's evidence (unknown when there is no partner).</summary>
        public Evidence Partner => Partners.Count > 0 ? Partners[0] : Evidence.Unknown(EvidenceField.Partner, "no partner");

        /// <summary>Each partner's evidence, aligned with <see cref="Dialogue.Partners"/>.</summary>
        public IReadOnlyList<Evidence> Partners { get; }

        /// <summary>The wording that decided the kind.</summary>
        public Evidence Kind { get; }

        /// <summary>The ordinal read as the edition.</summary>
        public Evidence Edition { get; }

        /// <summary>Each participant's evidence, aligned with <see cref="Dialogue.Participants"/>.</summary>
        public IReadOnlyList<ParticipantEvidence> Participants { get; }

        /// <summary>The first wording of each topic, aligned with <see cref="Dialogue.Topics"/>.</summary>
        public IReadOnlyList<Evidence> Topics { get; }

        /// <summary>The first wording of each legal reference, aligned with <see cref="Dialogue.LegalReferences"/>.</summary>
        public IReadOnlyList<Evidence> LegalReferences { get; }

        /// <summary>Each anniversary's words, aligned with <see cref="Dialogue.Anniversaries"/>.</summary>
        public IReadOnlyList<Evidence> Anniversaries { get; }

        /// <summary>The wording of the relationship level.</summary>
        public Evidence Partnership { get; }

        /// <summary>The agency credit (dateline or trailer).</summary>
        public Evidence Source { get; }

        /// <inheritdoc />
        public int Count => _all.Count;

        /// <inheritdoc />
        public Evidence this[int index] => _all[index];

        /// <inheritdoc />
        public IEnumerator<Evidence> GetEnumerator() => ((IEnumerable<Evidence>)_all).GetEnumerator();

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();

        private Evidence Single(EvidenceField field, string unknown) => Find(field, 0, 0) ?? Evidence.Unknown(field, unknown);

        private IReadOnlyList<Evidence> Aligned(EvidenceField field, int count)
        {
            var items = new Evidence[count];
            for (var k = 0; k < count; k++)
            {
                items[k] = Find(field, k, 0) ?? Evidence.Unknown(field, field == EvidenceField.ParticipantRank ? "no rank" : "no evidence stored");
            }

            return ReadOnlyArray<Evidence>.Own(items);
        }

        private static long Key(EvidenceField field, int index, int item) => ((long)field << 48) | ((long)(index & 0xFFFFFF) << 24) | (long)(item & 0xFFFFFF);

        private Evidence? Find(EvidenceField field, int index, int item) => _byKey.TryGetValue(Key(field, index, item), out var e) ? e : null;
    }
}

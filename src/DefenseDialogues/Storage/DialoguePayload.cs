using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Globalization;

namespace DefenseDialogues.Storage
{
    /// <summary>
    /// The compact UTF-8 form in which generated code stores each <see cref="Dialogue"/>.
    /// For generated code: not meant to be called by hand.
    /// </summary>
    /// <remarks>
    /// A payload is the marker <c>D2</c> followed by the record's values in constructor order.
    /// A value is <c>~</c> (null), <c>i&lt;digits&gt;;</c> (integer, optional leading <c>-</c>),
    /// <c>s&lt;length&gt;:&lt;bytes&gt;</c> (string; length in UTF-8 bytes, so a reader slices
    /// without decoding) or <c>l&lt;count&gt;:</c> followed by that many values (list). Dates,
    /// partners, participants (with the index of their corpus-wide person, or null) and
    /// anniversaries are lists of their fields; enums are their integer values.
    /// </remarks>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static class DialoguePayload
    {
        /// <summary>The version marker every payload starts with.</summary>
        internal const string VersionMarker = "D2";

        /// <summary>Decodes a payload given as text (its UTF-8 bytes are the payload).</summary>
        /// <param name="payload">The payload text.</param>
        /// <returns>The record.</returns>
        /// <exception cref="ArgumentNullException"><paramref name="payload"/> is null.</exception>
        /// <exception cref="FormatException">The payload is malformed or describes an invalid record; the message gives the position.</exception>
        public static Dialogue Decode(string payload) => Decode(Utf8.Encode(Guard.NotNull(payload, nameof(payload))));

        /// <summary>Decodes a UTF-8 payload.</summary>
        /// <param name="utf8Payload">The payload's UTF-8 bytes.</param>
        /// <returns>The record.</returns>
        /// <exception cref="FormatException">The bytes are not valid UTF-8, or the payload is malformed.</exception>
        public static Dialogue Decode(ReadOnlySpan<byte> utf8Payload) => Decode(utf8Payload, null, null, 0);

        /// <summary>Decodes a UTF-8 payload, links its participants to their people and attaches where its evidence is stored.</summary>
        /// <param name="utf8Payload">The payload's UTF-8 bytes.</param>
        /// <param name="people">The dataset's people (a generated <c>People.All</c>), or null to leave participants unlinked.</param>
        /// <param name="evidence">The dataset's evidence store, or null.</param>
        /// <param name="index">The record's index in the store.</param>
        /// <returns>The record.</returns>
        /// <exception cref="FormatException">The bytes are not valid UTF-8 or the payload is malformed (a person index past <paramref name="people"/> is reported when that participant's person is read).</exception>
        public static Dialogue Decode(ReadOnlySpan<byte> utf8Payload, IReadOnlyList<Person>? people, EvidenceStore? evidence, int index)
            => Read(utf8Payload, null, index, people is null ? null : () => people, evidence);

        /// <summary>Decodes the record at <paramref name="index"/> of a generated table; its paragraphs stay UTF-8 until read.</summary>
        internal static Dialogue Decode(PayloadTable table, int index, Func<IReadOnlyList<Person>>? people, EvidenceStore? evidence)
            => Read(table[index], table, index, people, evidence);

        /// <summary>The id (the first value) of a payload, without decoding the rest.</summary>
        internal static string ReadId(ReadOnlySpan<byte> utf8Payload)
            => new PayloadReader(utf8Payload, VersionMarker, "dialogue").ReadString();

        private static Dialogue Read(ReadOnlySpan<byte> payload, PayloadTable? table, int index, Func<IReadOnlyList<Person>>? people, EvidenceStore? evidence)
        {
            var reader = new PayloadReader(payload, VersionMarker, "dialogue");
            try
            {
                var dialogue = ReadDialogue(ref reader, table, index, people);
                reader.ReadEnd();
                return dialogue.WithEvidence(evidence, index);
            }
            catch (ArgumentException invalid)
            {
                // A well-formed value the record's constructors reject, e.g. month 13 or an unknown enum value.
                throw reader.Error(invalid.Message, invalid);
            }
        }

        /// <summary>Encodes a record; the exact inverse of <see cref="Decode(string)"/> (participants' people are not stored).</summary>
        /// <param name="dialogue">The record.</param>
        /// <returns>The payload text (string lengths count its UTF-8 bytes).</returns>
        /// <exception cref="ArgumentNullException"><paramref name="dialogue"/> is null.</exception>
        public static string Encode(Dialogue dialogue)
        {
            Guard.NotNull(dialogue, nameof(dialogue));
            var writer = new PayloadWriter();
            writer.WriteString(dialogue.Id);
            writer.WriteString(dialogue.SourceFile);
            if (dialogue.Published is YearMonth published)
            {
                writer.WriteListHeader(2);
                writer.WriteInt(published.Year);
                writer.WriteInt(published.Month);
            }
            else
            {
                writer.WriteNull();
            }

            if (dialogue.HeldOn is PartialDate heldOn)
            {
                writer.WriteListHeader(3);
                writer.WriteNullableInt(heldOn.Year);
                writer.WriteNullableInt(heldOn.Month);
                writer.WriteNullableInt(heldOn.Day);
            }
            else
            {
                writer.WriteNull();
            }

            writer.WriteString(dialogue.Headline);
            writer.WriteStrings(dialogue.Captions);
            writer.WriteString(dialogue.Location);
            writer.WriteListHeader(dialogue.Partners.Count);
            foreach (var partner in dialogue.Partners)
            {
                writer.WriteListHeader(4);
                writer.WriteString(partner.Code);
                writer.WriteString(partner.Name);
                writer.WriteString(partner.EnglishName);
                writer.WriteInt(partner.IsOrganization ? 1 : 0);
            }

            writer.WriteInt((int)dialogue.Kind);
            writer.WriteNullableInt(dialogue.Edition);
            writer.WriteListHeader(dialogue.Participants.Count);
            foreach (var participant in dialogue.Participants)
            {
                writer.WriteListHeader(5);
                writer.WriteString(participant.Name);
                writer.WriteString(participant.Side);
                writer.WriteString(participant.Rank);
                writer.WriteStrings(participant.Titles);
                writer.WriteNull();
            }

            writer.WriteListHeader(dialogue.Topics.Count);
            foreach (var topic in dialogue.Topics)
            {
                writer.WriteInt((int)topic);
            }

            writer.WriteListHeader(dialogue.LegalReferences.Count);
            foreach (var reference in dialogue.LegalReferences)
            {
                writer.WriteInt((int)reference);
            }

            writer.WriteListHeader(dialogue.Anniversaries.Count);
            foreach (var anniversary in dialogue.Anniversaries)
            {
                writer.WriteListHeader(3);
                writer.WriteInt(anniversary.Years);
                writer.WriteString(anniversary.Subject);
                writer.WriteNullableInt(anniversary.Since);
            }

            writer.WriteNullableInt((int?)dialogue.Partnership);
            writer.WriteString(dialogue.Source);
            writer.WriteStrings(dialogue.Paragraphs);
            return writer.ToString();
        }

        // Argument evaluation is left to right in C#, so values are read in payload order.
        // Lists are read by plain loops, not generic helpers: each helper would be one more method to JIT on first access.
        private static Dialogue ReadDialogue(ref PayloadReader reader, PayloadTable? table, int index, Func<IReadOnlyList<Person>>? people)
            => new Dialogue(
                id: reader.ReadString(),
                sourceFile: reader.ReadString(),
                published: ReadYearMonth(ref reader),
                heldOn: ReadPartialDate(ref reader),
                headline: reader.ReadNullableString(),
                captions: reader.ReadStrings(),
                location: reader.ReadNullableString(),
                partners: ReadPartners(ref reader),
                kind: (DialogueKind)reader.ReadInt(),
                edition: reader.ReadNullableInt(),
                participants: ReadParticipants(ref reader, people),
                topics: ReadTopics(ref reader),
                legalReferences: ReadLegalReferences(ref reader),
                anniversaries: ReadAnniversaries(ref reader),
                partnership: (PartnershipLevel?)reader.ReadNullableInt(),
                source: reader.ReadNullableString(),
                paragraphs: table is null ? reader.ReadStrings() : SkipParagraphs(ref reader, table, index));

        private static YearMonth? ReadYearMonth(ref PayloadReader reader)
        {
            if (reader.TryReadNull())
            {
                return null;
            }

            reader.ReadTupleHeader(2);
            return new YearMonth(reader.ReadInt(), reader.ReadInt());
        }

        private static PartialDate? ReadPartialDate(ref PayloadReader reader)
        {
            if (reader.TryReadNull())
            {
                return null;
            }

            reader.ReadTupleHeader(3);
            return new PartialDate(reader.ReadNullableInt(), reader.ReadNullableInt(), reader.ReadNullableInt());
        }

        private static ReadOnlyArray<Partner> ReadPartners(ref PayloadReader reader)
        {
            var partners = new Partner[reader.ReadListHeader()];
            for (var i = 0; i < partners.Length; i++)
            {
                reader.ReadTupleHeader(4);
                partners[i] = new Partner(reader.ReadString(), reader.ReadString(), reader.ReadString(), ReadBoolean(ref reader));
            }

            return ReadOnlyArray<Partner>.Own(partners);
        }

        private static bool ReadBoolean(ref PayloadReader reader)
        {
            switch (reader.ReadInt())
            {
                case 0: return false;
                case 1: return true;
                default: throw reader.Error("expected 0 or 1");
            }
        }

        private static ReadOnlyArray<Participant> ReadParticipants(ref PayloadReader reader, Func<IReadOnlyList<Person>>? people)
        {
            var participants = new Participant[reader.ReadListHeader()];
            for (var i = 0; i < participants.Length; i++)
            {
                reader.ReadTupleHeader(5);
                var name = reader.ReadString();
                var side = reader.ReadNullableString();
                var rank = reader.ReadNullableString();
                var titles = reader.ReadStrings();
                var person = reader.ReadNullableInt();
                if (person < 0)
                {
                    throw reader.Error("a person index is never negative");
                }

                participants[i] = person is int linked && people is not null
                    ? new Participant(name, side, rank, titles, people, linked)
                    : new Participant(name, side, rank, titles);
            }

            return ReadOnlyArray<Participant>.Own(participants);
        }

        // Enum lists are checked here, as read (an ArgumentException becomes the payload's FormatException): the constructor trusts a frozen list.
        private static ReadOnlyArray<Topic> ReadTopics(ref PayloadReader reader)
        {
            var topics = new Topic[reader.ReadListHeader()];
            for (var i = 0; i < topics.Length; i++)
            {
                topics[i] = Guard.Defined((Topic)reader.ReadInt(), "topics");
            }

            return ReadOnlyArray<Topic>.Own(topics);
        }

        private static ReadOnlyArray<LegalReference> ReadLegalReferences(ref PayloadReader reader)
        {
            var references = new LegalReference[reader.ReadListHeader()];
            for (var i = 0; i < references.Length; i++)
            {
                references[i] = Guard.Defined((LegalReference)reader.ReadInt(), "legalReferences");
            }

            return ReadOnlyArray<LegalReference>.Own(references);
        }

        private static ReadOnlyArray<Anniversary> ReadAnniversaries(ref PayloadReader reader)
        {
            var anniversaries = new Anniversary[reader.ReadListHeader()];
            for (var i = 0; i < anniversaries.Length; i++)
            {
                reader.ReadTupleHeader(3);
                anniversaries[i] = new Anniversary(reader.ReadInt(), reader.ReadString(), reader.ReadNullableInt());
            }

            return ReadOnlyArray<Anniversary>.Own(anniversaries);
        }

        // The paragraphs hold nearly all of a record's bytes: note where each is, decode on first read.
        private static PayloadStrings SkipParagraphs(ref PayloadReader reader, PayloadTable table, int index)
        {
            var spans = new int[2 * reader.ReadListHeader()];
            for (var i = 0; i < spans.Length; i += 2)
            {
                spans[i] = reader.SkipString(out spans[i + 1]);
            }

            return new PayloadStrings(table, index, spans);
        }
    }
}

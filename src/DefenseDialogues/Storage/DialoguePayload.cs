using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Globalization;

namespace DefenseDialogues.Storage
{
    /// <summary>The compact UTF-8 form in which generated code stores each <see cref="Dialogue"/>, read by <see cref="DialogueList"/>.</summary>
    /// <remarks>
    /// <see cref="PayloadFormat.DialogueMarker"/>, then the record's values in constructor order (<see cref="PayloadFormat"/>).
    /// Dates, partners, participants (with the index of their corpus-wide person, or null) and
    /// anniversaries are tuples of their fields; enums are their integer values.
    /// </remarks>
    internal static class DialoguePayload
    {
        /// <summary>Decodes a payload given as text (its UTF-8 bytes are the payload).</summary>
        /// <param name="payload">The payload text.</param>
        /// <returns>The record.</returns>
        /// <exception cref="ArgumentNullException"><paramref name="payload"/> is null.</exception>
        /// <exception cref="FormatException">The payload is malformed or describes an invalid record; the message gives the position.</exception>
        internal static Dialogue Decode(string payload) => Decode(Utf8.Encode(Guard.NotNull(payload, nameof(payload))));

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
            => Read(utf8Payload, null, null, index, people is null ? null : () => people, evidence);

        /// <summary>Decodes the record at <paramref name="index"/> of a generated table; its paragraphs stay UTF-8 until read.</summary>
        internal static Dialogue Decode(PayloadTable table, PayloadTable? text, int index, Func<IReadOnlyList<Person>>? people, EvidenceStore? evidence)
            => Read(table[index], table, text, index, people, evidence);

        /// <summary>The id (the first value) of a payload, without decoding the rest.</summary>
        internal static string ReadId(ReadOnlySpan<byte> utf8Payload)
            => new PayloadReader(utf8Payload, PayloadFormat.DialogueMarker, "dialogue").ReadString();

        private static Dialogue Read(ReadOnlySpan<byte> payload, PayloadTable? table, PayloadTable? text, int index, Func<IReadOnlyList<Person>>? people, EvidenceStore? evidence)
        {
            var reader = new PayloadReader(payload, PayloadFormat.DialogueMarker, "dialogue");
            try
            {
                var dialogue = ReadDialogue(ref reader, table, text, index, people, evidence);
                reader.ReadEnd();
                return dialogue;
            }
            catch (ArgumentException invalid)
            {
                // A well-formed value the record's constructors reject, e.g. month 13 or an unknown enum value.
                throw reader.Error(invalid.Message, invalid);
            }
        }

        // Argument evaluation is left to right in C#, so values are read in payload order.
        // Lists are read by plain loops, not generic helpers: each helper would be one more method to JIT on first access.
        // The records are built here, through the constructor that trusts checked values (the reads check them).
        private static Dialogue ReadDialogue(ref PayloadReader reader, PayloadTable? table, PayloadTable? text, int index, Func<IReadOnlyList<Person>>? people, EvidenceStore? evidence)
            => new Dialogue(
                id: reader.ReadString(),
                sourceFile: reader.ReadString(),
                published: ReadYearMonth(ref reader),
                heldOn: ReadPartialDate(ref reader),
                headline: reader.ReadNullableString(),
                captions: reader.ReadStrings(),
                location: reader.ReadNullableString(),
                partners: ReadPartners(ref reader),
                kind: Guard.Defined((DialogueKind)reader.ReadInt(), "kind"),
                edition: reader.ReadNullableInt(),
                participants: ReadParticipants(ref reader, people),
                topics: ReadTopics(ref reader),
                legalReferences: ReadLegalReferences(ref reader),
                anniversaries: ReadAnniversaries(ref reader),
                partnership: ReadPartnership(ref reader),
                source: reader.ReadNullableString(),
                paragraphs: reader.NextIs(PayloadFormat.IntRunTag) ? TextApart(ref reader, text, index) : table is null ? reader.ReadStrings() : SkipParagraphs(ref reader, table, index),
                loadEvidence: evidence is null ? null : dialogue => evidence.Load(index, dialogue));

        private static PartnershipLevel? ReadPartnership(ref PayloadReader reader)
            => reader.ReadNullableInt() is int level ? Guard.Defined((PartnershipLevel)level, "partnership") : null;

        private static YearMonth? ReadYearMonth(ref PayloadReader reader)
        {
            if (reader.TryReadNull())
            {
                return null;
            }

            reader.ReadTupleHeader(PayloadFormat.YearMonthArity);
            return new YearMonth(reader.ReadInt(), reader.ReadInt());
        }

        private static PartialDate? ReadPartialDate(ref PayloadReader reader)
        {
            if (reader.TryReadNull())
            {
                return null;
            }

            reader.ReadTupleHeader(PayloadFormat.PartialDateArity);
            return new PartialDate(reader.ReadNullableInt(), reader.ReadNullableInt(), reader.ReadNullableInt());
        }

        private static ReadOnlyArray<Partner> ReadPartners(ref PayloadReader reader)
        {
            var partners = new Partner[reader.ReadListHeader()];
            for (var i = 0; i < partners.Length; i++)
            {
                reader.ReadTupleHeader(PayloadFormat.PartnerArity);
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
                reader.ReadTupleHeader(PayloadFormat.ParticipantArity);
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
                reader.ReadTupleHeader(PayloadFormat.AnniversaryArity);
                anniversaries[i] = new Anniversary(reader.ReadInt(), reader.ReadString(), reader.ReadNullableInt());
            }

            return ReadOnlyArray<Anniversary>.Own(anniversaries);
        }

        // Paragraphs stored apart: their lengths here, their bytes the record's entry of the text table,
        // which is inflated and decoded on first read.
        private static PayloadStrings TextApart(ref PayloadReader reader, PayloadTable? text, int index)
        {
            if (text is null)
            {
                throw reader.Error("paragraphs stored apart, but no text table");
            }

            var spans = new int[2 * reader.ReadIntRunHeader()];
            var start = 0;
            for (var i = 0; i < spans.Length; i += 2)
            {
                var length = reader.ReadRunInt();
                if (length < 0)
                {
                    throw reader.Error("a paragraph of negative length");
                }

                spans[i] = start;
                spans[i + 1] = length;
                start += length;
            }

            return new PayloadStrings(text, index, spans);
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

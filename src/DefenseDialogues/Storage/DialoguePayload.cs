using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Globalization;
using System.Text;

namespace DefenseDialogues.Storage
{
    /// <summary>
    /// The compact text form in which generated code stores each <see cref="Dialogue"/>.
    /// For generated code: not meant to be called by hand.
    /// </summary>
    /// <remarks>
    /// A payload is the marker <c>D1</c> followed by the record's values in constructor order.
    /// A value is <c>~</c> (null), <c>i&lt;digits&gt;;</c> (integer, optional leading <c>-</c>),
    /// <c>s&lt;length&gt;:&lt;chars&gt;</c> (string; length in UTF-16 code units) or
    /// <c>l&lt;count&gt;:</c> followed by that many values (list). Dates, partners, participants
    /// and anniversaries are lists of their fields; enums are their integer values.
    /// </remarks>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static class DialoguePayload
    {
        /// <summary>The version marker every payload starts with.</summary>
        internal const string VersionMarker = "D1";

        /// <summary>Decodes a payload written by the generator (or by <see cref="Encode"/>).</summary>
        /// <param name="payload">The payload text.</param>
        /// <returns>The record.</returns>
        /// <exception cref="ArgumentNullException"><paramref name="payload"/> is null.</exception>
        /// <exception cref="FormatException">The payload is malformed or describes an invalid record; the message gives the position.</exception>
        public static Dialogue Decode(string payload) => Decode(payload, null, null);

        /// <summary>Decodes a payload and links its participants to their corpus-wide <see cref="Person"/>.</summary>
        /// <param name="payload">The payload text.</param>
        /// <param name="people">The dataset's people (a generated <c>People.All</c>).</param>
        /// <param name="participantPeople">For each participant in payload order, its index in <paramref name="people"/>, or -1.</param>
        /// <returns>The record.</returns>
        /// <exception cref="FormatException">The payload is malformed or the links do not match its participants.</exception>
        public static Dialogue Decode(string payload, IReadOnlyList<Person>? people, int[]? participantPeople)
            => Decode(payload, people, participantPeople, null, 0);

        /// <summary>Decodes a payload, links its participants, and attaches where its evidence is stored.</summary>
        /// <param name="payload">The payload text.</param>
        /// <param name="people">The dataset's people (a generated <c>People.All</c>).</param>
        /// <param name="participantPeople">For each participant in payload order, its index in <paramref name="people"/>, or -1.</param>
        /// <param name="evidence">The dataset's evidence store, or null.</param>
        /// <param name="index">The record's index in the store.</param>
        /// <returns>The record.</returns>
        /// <exception cref="FormatException">The payload is malformed or the links do not match its participants.</exception>
        public static Dialogue Decode(string payload, IReadOnlyList<Person>? people, int[]? participantPeople, EvidenceStore? evidence, int index)
        {
            var reader = new PayloadReader(Guard.NotNull(payload, nameof(payload)));
            try
            {
                var dialogue = ReadDialogue(ref reader, people, participantPeople);
                reader.ReadEnd();
                return dialogue.WithEvidence(evidence, index);
            }
            catch (ArgumentException invalid)
            {
                // A well-formed value the record's constructors reject, e.g. month 13 or an unknown enum value.
                throw reader.Error(invalid.Message, invalid);
            }
        }

#if NET
        // Strict: a payload is produced by the generator, so invalid UTF-8 means corruption, not text to repair.
        private static readonly Encoding StrictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

        /// <summary>The text of a UTF-8 payload; invalid bytes are a <see cref="FormatException"/> naming <paramref name="kind"/>.</summary>
        internal static string GetString(ReadOnlySpan<byte> utf8Payload, string kind)
        {
            try
            {
                return StrictUtf8.GetString(utf8Payload);
            }
            catch (DecoderFallbackException invalid)
            {
                throw new FormatException("Malformed " + kind + " payload: invalid UTF-8.", invalid);
            }
        }

        /// <summary>Decodes a payload stored as UTF-8 (a <c>"…"u8</c> literal in generated code).</summary>
        /// <param name="utf8Payload">The payload's UTF-8 bytes.</param>
        /// <returns>The record.</returns>
        /// <exception cref="FormatException">The bytes are not valid UTF-8, or the payload is malformed.</exception>
        public static Dialogue Decode(ReadOnlySpan<byte> utf8Payload) => Decode(utf8Payload, null, null);

        /// <summary>Decodes a UTF-8 payload and links its participants to their corpus-wide <see cref="Person"/>.</summary>
        /// <param name="utf8Payload">The payload's UTF-8 bytes.</param>
        /// <param name="people">The dataset's people (a generated <c>People.All</c>).</param>
        /// <param name="participantPeople">For each participant in payload order, its index in <paramref name="people"/>, or -1.</param>
        /// <returns>The record.</returns>
        /// <exception cref="FormatException">The bytes are not valid UTF-8, or the payload is malformed.</exception>
        public static Dialogue Decode(ReadOnlySpan<byte> utf8Payload, IReadOnlyList<Person>? people, int[]? participantPeople)
            => Decode(utf8Payload, people, participantPeople, null, 0);

        /// <summary>Decodes a UTF-8 payload, links its participants, and attaches where its evidence is stored.</summary>
        /// <param name="utf8Payload">The payload's UTF-8 bytes.</param>
        /// <param name="people">The dataset's people (a generated <c>People.All</c>).</param>
        /// <param name="participantPeople">For each participant in payload order, its index in <paramref name="people"/>, or -1.</param>
        /// <param name="evidence">The dataset's evidence store, or null.</param>
        /// <param name="index">The record's index in the store.</param>
        /// <returns>The record.</returns>
        /// <exception cref="FormatException">The bytes are not valid UTF-8, or the payload is malformed.</exception>
        public static Dialogue Decode(ReadOnlySpan<byte> utf8Payload, IReadOnlyList<Person>? people, int[]? participantPeople, EvidenceStore? evidence, int index)
            => Decode(GetString(utf8Payload, "dialogue"), people, participantPeople, evidence, index);
#endif

        /// <summary>Encodes a record; the exact inverse of <see cref="Decode(string)"/>.</summary>
        /// <param name="dialogue">The record.</param>
        /// <returns>The payload text.</returns>
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
                writer.WriteListHeader(4);
                writer.WriteString(participant.Name);
                writer.WriteString(participant.Side);
                writer.WriteString(participant.Rank);
                writer.WriteStrings(participant.Titles);
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
        private static Dialogue ReadDialogue(ref PayloadReader reader, IReadOnlyList<Person>? people, int[]? links)
            => new Dialogue(
                id: reader.ReadString(),
                sourceFile: reader.ReadString(),
                published: ReadYearMonth(ref reader),
                heldOn: ReadPartialDate(ref reader),
                headline: reader.ReadNullableString(),
                captions: reader.ReadList(ReadString),
                location: reader.ReadNullableString(),
                partners: reader.ReadList(ReadPartner),
                kind: (DialogueKind)reader.ReadInt(),
                edition: reader.ReadNullableInt(),
                participants: Link(reader.ReadList(ReadParticipant), people, links),
                topics: reader.ReadList(static (ref PayloadReader r) => (Topic)r.ReadInt()),
                legalReferences: reader.ReadList(static (ref PayloadReader r) => (LegalReference)r.ReadInt()),
                anniversaries: reader.ReadList(ReadAnniversary),
                partnership: (PartnershipLevel?)reader.ReadNullableInt(),
                source: reader.ReadNullableString(),
                paragraphs: reader.ReadList(ReadString));

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

        private static string ReadString(ref PayloadReader reader) => reader.ReadString();

        private static Partner ReadPartner(ref PayloadReader reader)
        {
            reader.ReadTupleHeader(4);
            return new Partner(reader.ReadString(), reader.ReadString(), reader.ReadString(), ReadBoolean(ref reader));
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

        private static Participant ReadParticipant(ref PayloadReader reader)
        {
            reader.ReadTupleHeader(4);
            return new Participant(reader.ReadString(), reader.ReadNullableString(), reader.ReadNullableString(), reader.ReadList(ReadString));
        }

        private static IReadOnlyList<Participant> Link(IReadOnlyList<Participant> participants, IReadOnlyList<Person>? people, int[]? links)
        {
            if (people is null || links is null)
            {
                return participants;
            }

            if (links.Length != participants.Count)
            {
                throw new ArgumentException("The record has " + participants.Count.ToString(CultureInfo.InvariantCulture) + " participants but " + links.Length.ToString(CultureInfo.InvariantCulture) + " person links.");
            }

            var linked = new Participant[participants.Count];
            for (var i = 0; i < linked.Length; i++)
            {
                var p = participants[i];
                linked[i] = new Participant(p.Name, p.Side, p.Rank, p.Titles, links[i] >= 0 ? people[links[i]] : null);
            }

            return ReadOnlyArray<Participant>.Own(linked);
        }

        private static Anniversary ReadAnniversary(ref PayloadReader reader)
        {
            reader.ReadTupleHeader(3);
            return new Anniversary(reader.ReadInt(), reader.ReadString(), reader.ReadNullableInt());
        }
    }
}

using System;
using System.Collections.Generic;
using System.ComponentModel;

namespace DefenseDialogues.Storage
{
    /// <summary>
    /// The compact form in which generated code stores a dialogue's <see cref="DialogueEvidence"/>, apart
    /// from the record so that users who never ask for evidence never decode it.
    /// </summary>
    /// <remarks>
    /// <see cref="PayloadFormat.EvidenceMarker"/>, then a list of items (<see cref="PayloadFormat.EvidenceItemArity"/>,
    /// <see cref="PayloadFormat.EvidenceSpanArity"/> say what each holds). Quotes and sentences are not stored twice: they are cut from the
    /// record's headline, paragraphs or captions; only the header, dateline and trailer carry their text.
    /// </remarks>
    internal static class EvidencePayload
    {
        /// <summary>Decodes the evidence of <paramref name="dialogue"/> from a payload given as text (its UTF-8 bytes are the payload).</summary>
        /// <param name="payload">The payload text.</param>
        /// <param name="dialogue">The record it supports.</param>
        /// <returns>The evidence.</returns>
        /// <exception cref="FormatException">The payload is malformed or does not fit the record.</exception>
        internal static DialogueEvidence Decode(string payload, Dialogue dialogue)
            => Decode(Utf8.Encode(Guard.NotNull(payload, nameof(payload))), dialogue);

        /// <summary>Decodes the evidence of <paramref name="dialogue"/> from its UTF-8 payload.</summary>
        /// <param name="utf8Payload">The payload's UTF-8 bytes.</param>
        /// <param name="dialogue">The record it supports.</param>
        /// <returns>The evidence.</returns>
        /// <exception cref="FormatException">The bytes are not valid UTF-8, or the payload is malformed or does not fit the record.</exception>
        public static DialogueEvidence Decode(ReadOnlySpan<byte> utf8Payload, Dialogue dialogue)
        {
            Guard.NotNull(dialogue, nameof(dialogue));
            var reader = new PayloadReader(utf8Payload, PayloadFormat.EvidenceMarker, "evidence");
            try
            {
                var count = reader.ReadListHeader();
                var items = new Evidence[count];
                for (var i = 0; i < count; i++)
                {
                    items[i] = ReadItem(ref reader, dialogue);
                }

                reader.ReadEnd();
                return new DialogueEvidence(dialogue, items);
            }
            catch (ArgumentException invalid)
            {
                throw reader.Error(invalid.Message, invalid);
            }
        }

        private static Evidence ReadItem(ref PayloadReader reader, Dialogue dialogue)
        {
            reader.ReadTupleHeader(PayloadFormat.EvidenceItemArity);
            var field = (EvidenceField)reader.ReadInt();
            var index = reader.ReadInt();
            var item = reader.ReadInt();
            var value = reader.ReadNullableString();
            var note = reader.ReadNullableString();
            if (reader.TryReadNull())
            {
                return new Evidence(field, index, item, value, note, null, 0, null, null, 0, 0, 0, 0);
            }

            reader.ReadTupleHeader(PayloadFormat.EvidenceSpanArity);
            var part = Guard.Defined((ArticlePart)reader.ReadInt(), "part");
            var partIndex = reader.ReadInt();
            var quoteStart = reader.ReadInt();
            var quoteLength = reader.ReadInt();
            var sentenceStart = reader.ReadInt();
            var sentenceLength = reader.ReadInt();
            var partText = reader.ReadNullableString() ?? TextOf(dialogue, part, partIndex);
            var span = new SourceSpan(dialogue.SourceFile, reader.ReadInt() + 1, reader.ReadInt() + 1, reader.ReadInt() + 1, reader.ReadInt() + 1);
            return new Evidence(field, index, item, value, note, part, partIndex, span, partText, quoteStart, quoteLength, sentenceStart, sentenceLength);
        }

        private static string TextOf(Dialogue dialogue, ArticlePart part, int index)
        {
            switch (part)
            {
                case ArticlePart.Headline:
                    return dialogue.Headline ?? throw new ArgumentException("evidence in a headline the record does not have");
                case ArticlePart.Paragraph:
                    return (uint)index < (uint)dialogue.Paragraphs.Count ? dialogue.Paragraphs[index] : throw new ArgumentException("evidence in a paragraph the record does not have");
                case ArticlePart.Caption:
                    return (uint)index < (uint)dialogue.Captions.Count ? dialogue.Captions[index] : throw new ArgumentException("evidence in a caption the record does not have");
                default:
                    throw new ArgumentException("evidence in the " + part.ToString() + " without its text");
            }
        }
    }

    /// <summary>
    /// Loads a dialogue's evidence on demand: generated code creates one per dataset and hands it to
    /// each record as it is decoded. For generated code.
    /// </summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public sealed class EvidenceStore
    {
        private readonly Func<int, Dialogue, DialogueEvidence>? _load;
        private readonly PayloadTable? _payloads;

        /// <summary>Creates the store over a loader for the evidence of the record at an index.</summary>
        /// <param name="load">Decodes the evidence of the record at an index.</param>
        internal EvidenceStore(Func<int, Dialogue, DialogueEvidence> load) => _load = Guard.NotNull(load, nameof(load));

        /// <summary>Creates the store over the generated table of evidence payloads, one per record.</summary>
        /// <param name="payloads">The evidence payloads, in record order.</param>
        public EvidenceStore(PayloadTable payloads) => _payloads = Guard.NotNull(payloads, nameof(payloads));

        internal DialogueEvidence Load(int index, Dialogue dialogue)
            => _payloads is not null ? EvidencePayload.Decode(_payloads[index], dialogue) : _load!(index, dialogue);
    }
}

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
    /// <see cref="PayloadFormat.EvidenceMarker"/>, then the record's evidence strings, then one run of integers
    /// (<see cref="EvidenceFlags"/> says what each item holds). Quotes and sentences are not stored twice: they are cut from the
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
                var strings = reader.ReadStrings();
                var run = new Run(reader.ReadIntRunHeader());
                var count = run.Next(ref reader);
                if (count < 0 || count > run.Left)
                {
                    throw new ArgumentException("an item count past the run");
                }

                var items = new Evidence[count];
                var state = new ItemState();
                for (var i = 0; i < count; i++)
                {
                    items[i] = ReadItem(ref reader, ref run, strings, dialogue, ref state);
                }

                if (run.Left != 0)
                {
                    throw new ArgumentException("integers left after the last item");
                }

                reader.ReadEnd();
                return new DialogueEvidence(dialogue, items);
            }
            catch (ArgumentException invalid)
            {
                throw reader.Error(invalid.Message, invalid);
            }
        }

        // Mirrors RecordPayloads.Evidence in the generator: what a flag leaves out is derived here from the same state.
        private static Evidence ReadItem(ref PayloadReader reader, ref Run run, ReadOnlyArray<string> strings, Dialogue dialogue, ref ItemState state)
        {
            var flags = (EvidenceFlags)run.Next(ref reader);
            var valueKinds = flags & (EvidenceFlags.ValueIsQuote | EvidenceFlags.ValueStored | EvidenceFlags.ValueIsName);
            if ((int)flags >> 9 != 0 || (valueKinds & (valueKinds - 1)) != 0)
            {
                throw new ArgumentException("invalid evidence flags");
            }

            var field = Guard.Defined((EvidenceField)run.Next(ref reader), "field");
            var index = run.Next(ref reader);
            var item = run.Next(ref reader);
            var value = Has(flags, EvidenceFlags.ValueStored) ? StringAt(strings, run.Next(ref reader))
                : Has(flags, EvidenceFlags.ValueIsName) ? EvidenceValueNames.Name(field, run.Next(ref reader)) ?? throw new ArgumentException("no such value of the field")
                : null;
            var note = Has(flags, EvidenceFlags.NoteStored) ? StringAt(strings, run.Next(ref reader)) : null;
            if (!Has(flags, EvidenceFlags.Span))
            {
                if ((flags & ~(EvidenceFlags.ValueStored | EvidenceFlags.ValueIsName | EvidenceFlags.NoteStored)) != 0)
                {
                    throw new ArgumentException("span flags on an item without a span");
                }

                return new Evidence(field, index, item, value, note, null, 0, null, null, 0, 0, 0, 0);
            }

            var part = Guard.Defined((ArticlePart)run.Next(ref reader), "part");
            var partIndex = run.Next(ref reader);
            var quoteStart = run.Next(ref reader);
            var quoteLength = run.Next(ref reader);
            if (Has(flags, EvidenceFlags.SameSentence))
            {
                if (!state.HasPrevious || state.PreviousPart != part || state.PreviousIndex != partIndex)
                {
                    throw new ArgumentException("the previous span's sentence is in another part");
                }
            }
            else
            {
                state.SentenceStart = run.Next(ref reader);
                state.SentenceLength = run.Next(ref reader);
            }

            var partText = Has(flags, EvidenceFlags.PartTextStored) ? StringAt(strings, run.Next(ref reader)) : TextOf(dialogue, part, partIndex);
            int line, column;
            if (Has(flags, EvidenceFlags.PositionFromPart))
            {
                if (!state.TryPosition(part, partIndex, out line, out var shift))
                {
                    throw new ArgumentException("no stored position for the part");
                }

                column = shift + quoteStart;
            }
            else
            {
                line = run.Next(ref reader);
                column = run.Next(ref reader);
                state.SetPosition(part, partIndex, line, column - quoteStart);
            }

            int endLine, endColumn;
            if (Has(flags, EvidenceFlags.EndOnStartLine))
            {
                endLine = line;
                endColumn = column + quoteLength;
            }
            else
            {
                endLine = run.Next(ref reader);
                endColumn = run.Next(ref reader);
            }

            state.HasPrevious = true;
            state.PreviousPart = part;
            state.PreviousIndex = partIndex;
            if (Has(flags, EvidenceFlags.ValueIsQuote))
            {
                value = quoteStart >= 0 && quoteLength >= 0 && quoteStart <= partText.Length - quoteLength
                    ? partText.Substring(quoteStart, quoteLength)
                    : throw new ArgumentException("The quote lies outside the part's text.");
            }

            return new Evidence(
                field, index, item, value, note, part, partIndex, new SourceSpan(dialogue.SourceFile, line + 1, column + 1, endLine + 1, endColumn + 1),
                partText, quoteStart, quoteLength, state.SentenceStart, state.SentenceLength);
        }

        private static bool Has(EvidenceFlags flags, EvidenceFlags flag) => (flags & flag) != 0;

        private static string StringAt(ReadOnlyArray<string> strings, int index)
            => (uint)index < (uint)strings.Count ? strings[index] : throw new ArgumentException("a string index past the evidence's strings");

        /// <summary>The integers of the run still to read.</summary>
        private struct Run
        {
            public Run(int count) => Left = count;

            public int Left { get; private set; }

            public int Next(ref PayloadReader reader)
            {
                if (Left == 0)
                {
                    throw new ArgumentException("an item runs past the run of integers");
                }

                Left--;
                return reader.ReadRunInt();
            }
        }

        /// <summary>What the items read so far leave for the next: the previous span's part and sentence, each part's last stored position.</summary>
        private struct ItemState
        {
            private List<(ArticlePart Part, int Index, int Line, int Shift)>? _positions;

            public bool HasPrevious;
            public ArticlePart PreviousPart;
            public int PreviousIndex;
            public int SentenceStart;
            public int SentenceLength;

            public bool TryPosition(ArticlePart part, int index, out int line, out int shift)
            {
                if (_positions is not null)
                {
                    foreach (var p in _positions)
                    {
                        if (p.Part == part && p.Index == index)
                        {
                            line = p.Line;
                            shift = p.Shift;
                            return true;
                        }
                    }
                }

                line = shift = 0;
                return false;
            }

            public void SetPosition(ArticlePart part, int index, int line, int shift)
            {
                _positions ??= new List<(ArticlePart, int, int, int)>();
                for (var i = 0; i < _positions.Count; i++)
                {
                    if (_positions[i].Part == part && _positions[i].Index == index)
                    {
                        _positions[i] = (part, index, line, shift);
                        return;
                    }
                }

                _positions.Add((part, index, line, shift));
            }
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

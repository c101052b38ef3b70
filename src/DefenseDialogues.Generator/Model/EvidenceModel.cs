namespace DefenseDialogues.Generator.Model;

/// <summary>
/// Why one value of a record is what it is: where in the article it was read, the sentence that
/// supports it, and how it was inferred when it was not read as written. Plain data (the span is
/// positions and a quote, never the article), so the per-file step stays cacheable.
/// </summary>
/// <param name="Field">Which value.</param>
/// <param name="Index">Its index in its list (partners, participants, topics…), else 0.</param>
/// <param name="Item">The title's index for <see cref="EvidenceField.ParticipantTitle"/>, else 0.</param>
/// <param name="Value">The value as shown (<c>2024-06-04</c>, <c>Oslo</c>, <c>NO</c>), or null when unknown.</param>
/// <param name="Note">How the value was inferred, or why it is unknown; null when read as written.</param>
/// <param name="Span">Where it was read, or null when nothing in the text says it.</param>
internal sealed record EvidenceModel(EvidenceField Field, int Index, int Item, string? Value, string? Note, EvidenceSpanModel? Span);

/// <summary>Where a value was read.</summary>
/// <param name="Part">The part of the article.</param>
/// <param name="PartIndex">The paragraph's or caption's index in the record, else 0.</param>
/// <param name="Quote">The words read, cleaned as the record's paragraphs are.</param>
/// <param name="QuoteStart">Where the quote starts in the part's clean text.</param>
/// <param name="SentenceStart">Where the supporting sentence starts in the part's clean text.</param>
/// <param name="SentenceLength">The sentence's length.</param>
/// <param name="PartText">The part's clean text when the record does not store it (header, dateline, trailer), else null.</param>
/// <param name="Location">The span in the file, as an editor shows it.</param>
internal sealed record EvidenceSpanModel(
    ArticlePart Part, int PartIndex, string Quote, int QuoteStart, int SentenceStart, int SentenceLength, string? PartText, TextLocation Location);


namespace DefenseDialogues.Generator.Model;

/// <summary>
/// A run of consecutive records emitted as one file (<c>Dialogues.Records.{Number}.g.cs</c>): their
/// named members and their payload and evidence literals. Compared by value, so after an edit only
/// the blocks whose records, person links or member names changed are formatted again; an unchanged
/// record is the same instance (its extraction was cached), so comparing it costs a reference check.
/// </summary>
/// <param name="Number">The block's number: its records are <c>Number * size</c> onwards.</param>
/// <param name="First">Index of the block's first record in the corpus.</param>
/// <param name="Dialogues">The records, in corpus order.</param>
/// <param name="PersonLinks">For each record, each participant's person index (-1: none).</param>
/// <param name="Names">For each record, its member name (assigned corpus-wide, so names never collide).</param>
internal sealed record RecordBlock(
    int Number,
    int First,
    EquatableArray<DialogueModel> Dialogues,
    EquatableArray<EquatableArray<int>> PersonLinks,
    EquatableArray<string> Names);

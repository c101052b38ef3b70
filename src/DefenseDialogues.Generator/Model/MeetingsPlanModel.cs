namespace DefenseDialogues.Generator.Model;

/// <summary>What <c>Meetings.g.cs</c> is formatted from, and nothing more, so an edit that changes none of it leaves the file cached.</summary>
/// <param name="Meetings">Each meeting's member, doc comment and payload, ordered by first article.</param>
/// <param name="MeetingOf">For each dialogue, its meeting's index.</param>
/// <param name="Timeline">Meeting indexes in date order.</param>
/// <param name="Series">Each series' meeting indexes, in date order.</param>
/// <param name="SeriesLabels">Each series as its doc comment names it (<c>Japan PolicyDialogue: editions 9, 10</c>).</param>
internal sealed record MeetingsPlanModel(
    EquatableArray<MeetingEntry> Meetings,
    EquatableArray<int> MeetingOf,
    EquatableArray<int> Timeline,
    EquatableArray<EquatableArray<int>> Series,
    EquatableArray<string> SeriesLabels);

/// <summary>One meeting as <c>Meetings.g.cs</c> shows it.</summary>
/// <param name="Name">Its member name (<c>Meeting_301_japon_10e_tokyo</c>, from its first article's file name).</param>
/// <param name="Summary">Its one-line summary, as <c>Meeting.ToString()</c> prints it.</param>
/// <param name="Articles">Each article's member name in <c>Dialogues</c>, for the doc comment's links.</param>
/// <param name="Sources">For each article, what it states of the date and place (<c>2025-03-12, Tokyo</c>).</param>
/// <param name="Payload">Its stored form (<c>MeetingPayload</c>).</param>
internal sealed record MeetingEntry(string Name, string Summary, EquatableArray<string> Articles, EquatableArray<string> Sources, string Payload);

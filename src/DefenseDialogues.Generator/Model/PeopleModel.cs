namespace DefenseDialogues.Generator.Model;

/// <summary>What <c>People.g.cs</c> is formatted from, and nothing more, so an edit that changes none of it leaves the file cached.</summary>
/// <param name="People">The people resolved across the corpus, ordered by identity key.</param>
/// <param name="Names">Each person's member name (<c>HoangXuanChien</c>, suffixed with the side when two fold alike).</param>
/// <param name="DialogueLabels">How a person's doc comment names each dialogue (<c>2024-02-27 Japan PolicyDialogue</c>), in corpus order.</param>
internal sealed record PeopleModel(EquatableArray<PersonModel> People, EquatableArray<string> Names, EquatableArray<string> DialogueLabels);

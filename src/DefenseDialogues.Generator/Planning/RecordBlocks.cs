using System.Collections.Immutable;
using DefenseDialogues.Generator.Model;

namespace DefenseDialogues.Generator.Planning;

/// <summary>Cuts the corpus into <see cref="RecordBlock"/>s, one generated file each, with their person links and member names.</summary>
internal static class RecordBlocks
{
    /// <summary>
    /// Records per block file (and per payload chunk). Fixed, so that editing a record's text never
    /// moves the other records between blocks; a chunk's frames are scanned once, on first access to
    /// one of its records.
    /// </summary>
    public const int BlockSize = 128;

    public static ImmutableArray<RecordBlock> Cut(CorpusModel corpus, CorpusIndexModel index)
    {
        var dialogues = corpus.Dialogues;
        var names = MemberNames.Assign(dialogues);
        var blocks = ImmutableArray.CreateBuilder<RecordBlock>((dialogues.Count + BlockSize - 1) / BlockSize);
        for (var first = 0; first < dialogues.Count; first += BlockSize)
        {
            var count = System.Math.Min(BlockSize, dialogues.Count - first);
            var records = new DialogueModel[count];
            var links = new EquatableArray<int>[count];
            var blockNames = new string[count];
            for (var i = 0; i < count; i++)
            {
                records[i] = dialogues[first + i];
                links[i] = index.ParticipantPeople[first + i];
                blockNames[i] = names[first + i];
            }

            blocks.Add(new RecordBlock(first / BlockSize, first, new EquatableArray<DialogueModel>(records), new EquatableArray<EquatableArray<int>>(links), new EquatableArray<string>(blockNames)));
        }

        return blocks.MoveToImmutable();
    }
}

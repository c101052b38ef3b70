using System;
using System.Collections.Generic;

namespace DefenseDialogues.Storage;

/// <summary>
/// The compact form in which generated code stores each <see cref="Person"/>: the marker
/// <see cref="PayloadFormat.PersonMarker"/>, then key, name, side (or null), ranks, titles and spellings
/// (lists of strings), and the indexes of the person's dialogues in the dataset.
/// </summary>
internal static class PersonPayload
{
    /// <summary>Decodes a person; its dialogues are indexes into <paramref name="dialogues"/>, read when first needed.</summary>
    /// <exception cref="FormatException">The payload is malformed or describes an invalid person.</exception>
    public static Person Decode(ReadOnlySpan<byte> utf8Payload, Func<IReadOnlyList<Dialogue>> dialogues)
    {
        var reader = new PayloadReader(utf8Payload, PayloadFormat.PersonMarker, "person");
        try
        {
            var key = reader.ReadString();
            var name = reader.ReadString();
            var side = reader.ReadNullableString();
            var ranks = reader.ReadStrings();
            var titles = reader.ReadStrings();
            var spellings = reader.ReadStrings();
            var indexes = new int[reader.ReadListHeader()];
            for (var i = 0; i < indexes.Length; i++)
            {
                indexes[i] = reader.ReadInt();
            }

            reader.ReadEnd();
            return new Person(key, name, side, ranks, titles, spellings, new DialogueView(dialogues(), indexes));
        }
        catch (ArgumentException invalid)
        {
            throw reader.Error(invalid.Message, invalid);
        }
    }
}

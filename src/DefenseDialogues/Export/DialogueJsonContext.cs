using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace DefenseDialogues.Export
{
    /// <summary>
    /// System.Text.Json metadata for the export records, made at compile time: serializing and
    /// deserializing them needs no reflection, so it works trimmed and native-AOT. Pass
    /// <c>DialogueJsonContext.Default.IReadOnlyListDialogueRecord</c> to <c>JsonSerializer</c>, or use
    /// <see cref="DialogueExport.WriteJson"/>, which also keeps accents as they are.
    /// </summary>
    [JsonSourceGenerationOptions(WriteIndented = true)]
    [JsonSerializable(typeof(IReadOnlyList<DialogueRecord>))]
    [JsonSerializable(typeof(DialogueRecord))]
    public sealed partial class DialogueJsonContext : JsonSerializerContext
    {
    }
}

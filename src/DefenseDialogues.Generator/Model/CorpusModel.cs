using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using DefenseDialogues.Generator.Diagnostics;

namespace DefenseDialogues.Generator.Model;

/// <summary>
/// Every record of the corpus, ordered by id (ordinal), and every diagnostic to report,
/// in a fixed order: the same value whatever order the files came in.
/// </summary>
internal sealed record CorpusModel(EquatableArray<DialogueModel> Dialogues, EquatableArray<DiagnosticInfo> Diagnostics)
{
    public static CorpusModel Build(ImmutableArray<(string Path, ExtractionResult Result)> files)
    {
        // Each file's id computed once, not in every comparison (a sort of 10,000 files compares ~130,000 times).
        var ordered = new List<(string Id, string Path, ExtractionResult Result)>(files.Length);
        foreach (var (path, result) in files)
        {
            ordered.Add((Path.GetFileNameWithoutExtension(path), path, result));
        }

        ordered.Sort(static (a, b) =>
        {
            var byId = string.CompareOrdinal(a.Id, b.Id);
            return byId != 0 ? byId : string.CompareOrdinal(a.Path, b.Path);
        });

        var dialogues = new List<DialogueModel>(ordered.Count);
        var diagnostics = new List<DiagnosticInfo>();
        var kept = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (_, path, result) in ordered)
        {
            diagnostics.AddRange(result.Diagnostics);
            if (result.Dialogue is not { } dialogue)
            {
                continue;
            }

            if (kept.TryGetValue(dialogue.Id, out var firstPath))
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticIds.DuplicateId, TextLocation.FileStart(path), path, dialogue.Id, firstPath));
                continue;
            }

            kept.Add(dialogue.Id, path);
            dialogues.Add(dialogue);
        }

        return new CorpusModel(new EquatableArray<DialogueModel>(dialogues.ToArray()), new EquatableArray<DiagnosticInfo>(diagnostics.ToArray()));
    }
}

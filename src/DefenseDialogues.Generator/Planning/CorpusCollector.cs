using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using DefenseDialogues.Generator.Diagnostics;
using DefenseDialogues.Generator.Model;

namespace DefenseDialogues.Generator.Planning;

/// <summary>Collects the per-file records into the corpus: ordered by id, duplicates dropped (DD0003).</summary>
internal static class CorpusCollector
{
    public static CorpusModel Collect(ImmutableArray<ExtractedArticle> files)
    {
        // Each file's id computed once, not in every comparison (a sort of 10,000 files compares ~130,000 times).
        var ordered = new List<(string Id, ExtractedArticle File)>(files.Length);
        foreach (var file in files)
        {
            ordered.Add((Path.GetFileNameWithoutExtension(file.Path), file));
        }

        ordered.Sort(static (a, b) =>
        {
            var byId = string.CompareOrdinal(a.Id, b.Id);
            return byId != 0 ? byId : string.CompareOrdinal(a.File.Path, b.File.Path);
        });

        var dialogues = new List<DialogueModel>(ordered.Count);
        var sizes = new List<int>(ordered.Count);
        var diagnostics = new List<DiagnosticInfo>();
        var kept = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (_, file) in ordered)
        {
            diagnostics.AddRange(file.Result.Diagnostics);
            if (file.Result.Dialogue is not { } dialogue)
            {
                continue;
            }

            if (kept.TryGetValue(dialogue.Id, out var firstPath))
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticIds.DuplicateId, TextLocation.FileStart(file.Path), file.Path, dialogue.Id, firstPath));
                continue;
            }

            kept.Add(dialogue.Id, file.Path);
            dialogues.Add(dialogue);
            sizes.Add(file.LiteralChars);
        }

        return new CorpusModel(new EquatableArray<DialogueModel>(dialogues.ToArray()), new EquatableArray<DiagnosticInfo>(diagnostics.ToArray()), new EquatableArray<int>(sizes.ToArray()));
    }
}

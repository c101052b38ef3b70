namespace DefenseDialogues.Generator.Model;

/// <summary>
/// An AdditionalFile chosen as a seed, with its text read: the input of the per-file
/// extraction step. <see cref="Text"/> is null when the file could not be read (then
/// <see cref="Error"/> says why); <see cref="Encoding"/> is the encoding the compiler decoded it from.
/// <see cref="Bundled"/> marks the package's own corpus, whose findings about content a user cannot act on.
/// </summary>
internal sealed record SeedFile(string Path, string? Text, string? Encoding, string? Error = null, bool Bundled = false);

/// <summary>What a file's extraction is computed from: the seed, and whether the target needs its payload size (below C# 11).</summary>
internal readonly record struct ExtractionInput(SeedFile Seed, bool MeasurePayload);

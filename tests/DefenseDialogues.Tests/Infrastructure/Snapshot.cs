using System.Runtime.CompilerServices;
using System.Text;
using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;
using Xunit.Sdk;

namespace DefenseDialogues.Tests.Infrastructure;

/// <summary>
/// Snapshot assertions with Verify's file conventions (Verify itself is not available here):
/// <c>{Class}.{Method}#{hintName}.verified.cs</c> beside the test file; on a mismatch the actual
/// text is written to <c>.received.cs</c> and the failure shows a line diff. Set
/// <c>DEFENSEDIALOGUES_ACCEPT=1</c> to accept received text as verified; never under <c>CI=true</c>.
/// </summary>
public static class Snapshot
{
    public const string AcceptVariable = "DEFENSEDIALOGUES_ACCEPT";

    public static void Verify(
        string actual,
        string hintName,
        string? parameter = null,
        [CallerFilePath] string testFile = "",
        [CallerMemberName] string testMethod = "")
    {
        var directory = Path.GetDirectoryName(testFile)!;
        var testClass = Path.GetFileNameWithoutExtension(testFile);
        var stem = Path.GetExtension(hintName) == ".cs" ? Path.GetFileNameWithoutExtension(hintName) : hintName;
        var name = $"{testClass}.{testMethod}{(parameter is null ? string.Empty : "_" + parameter)}#{stem}";
        var verifiedPath = Path.Combine(directory, name + ".verified.cs");
        var receivedPath = Path.Combine(directory, name + ".received.cs");

        actual = Normalize(actual);
        var expected = File.Exists(verifiedPath) ? Normalize(File.ReadAllText(verifiedPath)) : null;
        if (expected == actual)
        {
            File.Delete(receivedPath);
            return;
        }

        if (ShouldAccept())
        {
            File.WriteAllText(verifiedPath, actual, new UTF8Encoding(false));
            File.Delete(receivedPath);
            return;
        }

        File.WriteAllText(receivedPath, actual, new UTF8Encoding(false));
        var message = expected is null
            ? $"No verified snapshot {Path.GetFileName(verifiedPath)}; received written to {receivedPath}. Review it, then rename it or rerun with {AcceptVariable}=1."
            : $"Snapshot {Path.GetFileName(verifiedPath)} differs; received written to {receivedPath}.\n{Diff(expected, actual)}";
        throw new XunitException(message);
    }

    /// <summary>Accepting needs an explicit switch, and never happens on CI.</summary>
    private static bool ShouldAccept()
        => Environment.GetEnvironmentVariable(AcceptVariable) is "1" or "true"
           && !string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    private static string Normalize(string text) => text.Replace("\r\n", "\n");

    private static string Diff(string expected, string actual)
    {
        var diff = InlineDiffBuilder.Diff(expected, actual);
        var sb = new StringBuilder();
        var shown = 0;
        for (var i = 0; i < diff.Lines.Count && shown < 60; i++)
        {
            var line = diff.Lines[i];
            if (line.Type == ChangeType.Unchanged)
            {
                continue;
            }

            sb.Append(line.Type == ChangeType.Inserted ? "+ " : "- ").Append(line.Position?.ToString() ?? "?").Append(": ").AppendLine(line.Text);
            shown++;
        }

        return sb.ToString();
    }
}

using System;
using System.Collections.Generic;
using System.IO;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace DefenseDialogues.Build;

/// <summary>
/// Looks at every article file before the compiler reads it: a binary file (NUL bytes) is left out
/// with a DD0002 warning at its first NUL instead of failing the whole build with CS2015; a legacy
/// single-byte text (Latin-1, Windows-1252) is converted to a UTF-8 copy under obj/ that the generator
/// reads in its place, its diagnostics still pointing into the original file (DD0005 says so).
/// </summary>
public sealed class CheckDialogueArticles : Task
{
    /// <summary>The article files (AdditionalFiles with <c>DialogueSeed=true</c>).</summary>
    [Required]
    public ITaskItem[] Articles { get; set; } = Array.Empty<ITaskItem>();

    /// <summary>Where converted copies are written (the project's intermediate folder).</summary>
    [Required]
    public string IntermediateDirectory { get; set; } = string.Empty;

    /// <summary>The page the help links open (<c>DialoguesHelpLinkBase</c>).</summary>
    public string HelpLinkBase { get; set; } = string.Empty;

    /// <summary>The articles the compiler may read: the readable ones as given, the legacy ones as their UTF-8 copies.</summary>
    [Output]
    public ITaskItem[] Checked { get; private set; } = Array.Empty<ITaskItem>();

    /// <inheritdoc />
    public override bool Execute()
    {
        var kept = new List<ITaskItem>(Articles.Length);
        foreach (var article in Articles)
        {
            var path = article.GetMetadata("FullPath");
            byte[] bytes;
            try
            {
                bytes = File.ReadAllBytes(path);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                Warn(path, 1, 1, ArticleBytes.Unreadable(path, ex.GetType().Name + ": " + ex.Message));
                continue;
            }

            var verdict = ArticleBytes.Classify(bytes);
            switch (verdict.Encoding)
            {
                case ArticleEncoding.Binary:
                    Warn(path, verdict.Line, verdict.Column, ArticleBytes.Unreadable(path, ArticleBytes.NulBytes));
                    break;
                case ArticleEncoding.Legacy:
                    kept.Add(Converted(article, path, verdict.Text!));
                    break;
                default:
                    kept.Add(article);
                    break;
            }
        }

        Checked = kept.ToArray();
        return !Log.HasLoggedErrors;
    }

    private void Warn(string path, int line, int column, string message)
    {
        // The link is also written into the message, as the compiler does for the generator's diagnostics.
        var link = HelpLinkBase.Length == 0 ? null : HelpLinkBase.TrimEnd('#') + "#dd0002";
        Log.LogWarning(null, "DD0002", null, link, path, line, column, line, column, link is null ? message : message + " (" + link + ")");
    }

    /// <summary>
    /// A UTF-8 copy in obj/, written only when its text changed. Its name is a hash of the original's path
    /// (nothing an .editorconfig section header could misread); the original's path, which gives the record
    /// its id and the diagnostics their file, travels in metadata.
    /// </summary>
    private ITaskItem Converted(ITaskItem article, string path, string text)
    {
        var folder = Path.Combine(IntermediateDirectory, "dialogue-articles");
        var copy = Path.Combine(folder, Hash(path) + ".txt");
        var bytes = new UTF8Encoding(false).GetBytes(text);
        if (!File.Exists(copy) || !Same(File.ReadAllBytes(copy), bytes))
        {
            Directory.CreateDirectory(folder);
            File.WriteAllBytes(copy, bytes);
        }

        var item = new TaskItem(Escape(copy)); // an item spec is read escaped: 'percent%41.txt' would become 'percentA.txt'
        article.CopyMetadataTo(item);
        // Percent-encoded, since the compiler's .editorconfig reads '#' and ';' in a value as the start of a
        // comment; MSBuild-escaped on top, since SetMetadata takes an escaped value.
        item.SetMetadata("DialogueOriginalPath", Escape(Uri.EscapeDataString(path)));
        item.SetMetadata("DialogueEncoding", "windows-1252");
        item.SetMetadata("Visible", "false");
        Log.LogMessage(MessageImportance.Low, "{0} is not UTF-8: read as Windows-1252 from {1}", path, copy);
        return item;
    }

    /// <summary>MSBuild's escaping of an item spec: % $ @ ' ; ? * as %XX.</summary>
    internal static string Escape(string path)
    {
        var sb = new StringBuilder(path.Length);
        foreach (var c in path)
        {
            if (c is '%' or '$' or '@' or '\'' or ';' or '?' or '*')
            {
                sb.Append('%').Append(((int)c).ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }
            else
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }

    private static string Hash(string path)
    {
        using var sha = SHA256.Create();
        var digest = sha.ComputeHash(Encoding.UTF8.GetBytes(path));
        var sb = new StringBuilder(16);
        for (var i = 0; i < 8; i++)
        {
            sb.Append(digest[i].ToString("x2", System.Globalization.CultureInfo.InvariantCulture));
        }

        return sb.ToString();
    }

    private static bool Same(byte[] a, byte[] b)
    {
        if (a.Length != b.Length)
        {
            return false;
        }

        for (var i = 0; i < a.Length; i++)
        {
            if (a[i] != b[i])
            {
                return false;
            }
        }

        return true;
    }
}

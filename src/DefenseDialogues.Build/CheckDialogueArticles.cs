using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;
// A file's verdict and the size and time it was given for (the legacy text is not kept).
using CacheEntry = (string Stamp, DefenseDialogues.Build.ArticleBytesVerdict Verdict);

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
        // A build that changed no article must cost next to nothing (issue 17): a file whose size and time
        // match the last build's verdict is not read again.
        var cachePath = Path.Combine(IntermediateDirectory, "dialogue-articles", "check.cache");
        var cache = ReadCache(cachePath);
        var next = new List<string>(Articles.Length);
        var kept = new List<ITaskItem>(Articles.Length);
        foreach (var article in Articles)
        {
            var path = article.GetMetadata("FullPath");
            FileInfo info;
            try
            {
                info = new FileInfo(path);
                _ = info.Length; // a missing file throws here
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
            {
                Warn(path, 1, 1, ArticleBytes.Unreadable(path, ex.GetType().Name + ": " + ex.Message));
                continue;
            }

            var stamp = info.Length.ToString(CultureInfo.InvariantCulture) + "\t" + info.LastWriteTimeUtc.Ticks.ToString(CultureInfo.InvariantCulture);
            if (!cache.TryGetValue(path, out var entry) || entry.Stamp != stamp || (entry.Verdict.Encoding == ArticleEncoding.Legacy && !File.Exists(CopyPath(path))))
            {
                try
                {
                    entry = Check(article, path, stamp);
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                {
                    Warn(path, 1, 1, ArticleBytes.Unreadable(path, ex.GetType().Name + ": " + ex.Message));
                    continue;
                }
            }

            var v = entry.Verdict;
            next.Add(path + "\t" + entry.Stamp + "\t" + v.Encoding.ToString() + "\t" + v.Line.ToString(CultureInfo.InvariantCulture) + "\t" + v.Column.ToString(CultureInfo.InvariantCulture));
            switch (v.Encoding)
            {
                case ArticleEncoding.Binary:
                    Warn(path, v.Line, v.Column, ArticleBytes.Unreadable(path, ArticleBytes.NulBytes));
                    break;
                case ArticleEncoding.Legacy:
                    kept.Add(ConvertedItem(article, path));
                    break;
                default:
                    kept.Add(article);
                    break;
            }
        }

        WriteIfChanged(cachePath, string.Join("\n", next) + "\n");
        Checked = kept.ToArray();
        return !Log.HasLoggedErrors;
    }

    /// <summary>Reads the file and decides; a legacy one gets its UTF-8 copy written.</summary>
    private CacheEntry Check(ITaskItem article, string path, string stamp)
    {
        var verdict = ArticleBytes.Classify(File.ReadAllBytes(path));
        if (verdict.Encoding == ArticleEncoding.Legacy)
        {
            WriteIfChanged(CopyPath(path), verdict.Text!);
            Log.LogMessage(MessageImportance.Low, "{0} is not UTF-8: read as Windows-1252 from {1}", path, CopyPath(path));
        }

        return (stamp, new ArticleBytesVerdict(verdict.Encoding, verdict.Line, verdict.Column));
    }

    private static Dictionary<string, CacheEntry> ReadCache(string path)
    {
        var entries = new Dictionary<string, CacheEntry>(StringComparer.Ordinal);
        try
        {
            foreach (var line in File.Exists(path) ? File.ReadAllLines(path) : Array.Empty<string>())
            {
                var f = line.Split('\t');
                if (f.Length == 6 && Enum.TryParse<ArticleEncoding>(f[3], out var encoding)
                    && int.TryParse(f[4], NumberStyles.None, CultureInfo.InvariantCulture, out var l) && int.TryParse(f[5], NumberStyles.None, CultureInfo.InvariantCulture, out var c))
                {
                    entries[f[0]] = (f[1] + "\t" + f[2], new ArticleBytesVerdict(encoding, l, c));
                }
            }
        }
        catch (IOException)
        {
            entries.Clear(); // a cache that cannot be read is only slower
        }

        return entries;
    }

    private void Warn(string path, int line, int column, string message)
    {
        // The link is also written into the message, as the compiler does for the generator's diagnostics.
        var link = HelpLinkBase.Length == 0 ? null : HelpLinkBase.TrimEnd('#') + "#dd0002";
        Log.LogWarning(null, "DD0002", null, link, path, line, column, line, column, link is null ? message : message + " (" + link + ")");
    }

    /// <summary>
    /// Where the UTF-8 copy of a legacy-encoded article goes: obj/, named by a hash of the original's path
    /// (nothing an .editorconfig section header could misread).
    /// </summary>
    private string CopyPath(string path) => Path.Combine(IntermediateDirectory, "dialogue-articles", Hash(path) + ".txt");

    /// <summary>
    /// The copy as the article: the original's path, which gives the record its id and the diagnostics their
    /// file, travels in metadata.
    /// </summary>
    private ITaskItem ConvertedItem(ITaskItem article, string path)
    {
        var item = new TaskItem(Escape(CopyPath(path))); // an item spec is read escaped: 'percent%41.txt' would become 'percentA.txt'
        article.CopyMetadataTo(item);

        // The one key the compiler sees (see DefenseDialogues.props): `true <encoding> <original path>`, the path
        // percent-encoded, since the compiler's .editorconfig reads '#' and ';' in a value as the start of a
        // comment (and a space would split it); MSBuild-escaped on top, since SetMetadata takes an escaped value.
        item.SetMetadata("DialogueSeed", Escape("true windows-1252 " + Uri.EscapeDataString(path)));
        item.SetMetadata("Visible", "false");
        return item;
    }

    /// <summary>Writes <paramref name="text"/> (UTF-8) unless the file already holds it, so its time moves only when it changed.</summary>
    private static void WriteIfChanged(string path, string text)
    {
        var bytes = new UTF8Encoding(false).GetBytes(text);
        if (File.Exists(path) && Same(File.ReadAllBytes(path), bytes))
        {
            return;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
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

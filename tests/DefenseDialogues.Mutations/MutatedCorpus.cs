using System.Text;

namespace DefenseDialogues.Mutations;

/// <summary>
/// A folder of mutated articles made from the seed articles, the same for the same seed and count: cut,
/// spliced, shuffled, byte-flipped, with lone surrogates, noncharacters (U+FFFE), bidi controls, NULs,
/// zero-width spaces, impossible dates, long lines, other encodings and line endings, off-topic and empty
/// files, under awkward names (spaces, accents, MSBuild's special characters, bidi, the same name in two
/// folders). Each file is written as bytes, so what the compiler decodes is what a scraper would leave.
/// </summary>
public static class MutatedCorpus
{
    private static readonly string[] Names =
    [
        "{0}", "{0} with space", "é accent {0}", "semi;colon {0}", "percent%41 {0}", "dollar$(x) {0}", "at@{0}", "quote'{0}",
        "日本 {0}", "-{0}", "bidi\u202E{0}", "hash#{0}", "brace{{{0}}}", "{0}-a-b", "{0}_a_b", "{0}.dots.",
    ];

    private static readonly string[] Months = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"];

    /// <summary>What <see cref="Write"/> wrote: the files, by kind of mutation.</summary>
    public sealed record Summary(int Files, IReadOnlyDictionary<string, int> Kinds);

    /// <summary>Writes <paramref name="count"/> mutated articles from <paramref name="seeds"/> into <paramref name="folder"/>.</summary>
    public static Summary Write(string folder, IReadOnlyList<string> seeds, int count, int seed)
    {
        var random = new Random(seed);
        var kinds = new SortedDictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            var (kind, bytes) = Mutate(seeds, random);
            kinds[kind] = kinds.GetValueOrDefault(kind) + 1;
            var id = i.ToString("D5", System.Globalization.CultureInfo.InvariantCulture);
            var name = string.Format(System.Globalization.CultureInfo.InvariantCulture, Names[random.Next(Names.Length)], id) + ".txt";

            // Every 97th file shares its name with a file in another folder (DD0003 on the second).
            var sub = i % 97 == 0 ? Path.Combine("dup-a") : i % 97 == 1 ? Path.Combine("dup-b") : i % 7 == 0 ? Path.Combine("sub", "deeper") : string.Empty;
            if (i % 97 == 1)
            {
                name = (i - 1).ToString("D5", System.Globalization.CultureInfo.InvariantCulture) + ".txt";
            }
            else if (i % 97 == 0)
            {
                name = id + ".txt";
            }

            var path = Path.Combine(folder, sub, name);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllBytes(path, bytes);
        }

        return new Summary(count, kinds);
    }

    private static (string Kind, byte[] Bytes) Mutate(IReadOnlyList<string> seeds, Random random)
    {
        var text = seeds[random.Next(seeds.Count)];
        var other = seeds[random.Next(seeds.Count)];
        var utf8 = new UTF8Encoding(false);
        switch (random.Next(20))
        {
            case 0:
            case 1:
            case 2:
                return ("clean", utf8.GetBytes(text));
            case 3:
                return ("cut", utf8.GetBytes(text[..random.Next(text.Length + 1)]));
            case 4:
                var lines = text.Split('\n');
                var others = other.Split('\n');
                return ("spliced", utf8.GetBytes(string.Join('\n', lines.Take(random.Next(lines.Length + 1)).Concat(others.Skip(random.Next(others.Length + 1))))));
            case 5:
                return ("shuffled", utf8.GetBytes(string.Join('\n', text.Split('\n').OrderBy(_ => random.Next()))));
            case 6:
                var flipped = utf8.GetBytes(text);
                for (var k = random.Next(1, 6); k > 0 && flipped.Length > 0; k--)
                {
                    flipped[random.Next(flipped.Length)] ^= (byte)random.Next(1, 256);
                }

                return ("byte-flipped", flipped);
            case 7:
                // A lone surrogate has no UTF-8 form: it reaches the compiler only in UTF-16.
                var lone = Insert(text, random, random.Next(2) == 0 ? "\uD800" : "\uDC00\u0301");
                return ("lone-surrogate", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(lone)]);
            case 8:
                var month = Months.Select(m => text.IndexOf(m, StringComparison.Ordinal)).Where(at => at > 0).DefaultIfEmpty(-1).Min();
                var fffe = random.Next(3) switch
                {
                    0 when month > 0 => text.Insert(month + 2, "\uFFFE\u0301"),
                    1 => text.Replace("\n\n", "\uFFFE\n\n", StringComparison.Ordinal),
                    _ => Insert(text, random, "\uFFFE\u0327\u0301"),
                };
                return ("noncharacter", utf8.GetBytes(fffe));
            case 9:
                return ("bidi", utf8.GetBytes(Insert(Insert(text, random, "\u202E"), random, "\u2066\u2069\u200F")));
            case 10:
                var nul = Insert(text, random, "\0\0");
                return random.Next(2) == 0 ? ("nul", utf8.GetBytes(nul)) : ("nul-not-utf8", Encoding.Latin1.GetBytes(nul));
            case 11:
                // Long lines, not huge ones: 500 of them in 10,000 files stay a corpus a build can hold (a 5 MB line is the hostile-folder test's).
                var line = random.Next(2) == 0 ? new string('x', random.Next(20_000, 120_000)) : string.Concat(Enumerable.Repeat("Les deux parties ont discuté de la sécurité maritime. ", random.Next(400, 2_000)));
                return ("long-line", utf8.GetBytes(text + "\n" + line + "\n"));
            case 12:
                var paragraphs = text.Split('\n');
                var longest = Array.IndexOf(paragraphs, paragraphs.MaxBy(p => p.Length));
                paragraphs[longest] = paragraphs[longest].Replace(' ', '\u200B');
                return ("zero-width-spaces", utf8.GetBytes(string.Join('\n', paragraphs)));
            case 13:
                var date = System.Text.RegularExpressions.Regex.Replace(text, @"\b\d{1,2} (janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)( \d{4})?", random.Next(2) == 0 ? "29 février 2023" : "31 février", System.Text.RegularExpressions.RegexOptions.None, TimeSpan.FromSeconds(1));
                return ("impossible-date", utf8.GetBytes(date));
            case 14:
                return ("latin1", Encoding.Latin1.GetBytes(text));
            case 15:
                var lf = text.Replace("\r\n", "\n", StringComparison.Ordinal);
                return ("line-endings", utf8.GetBytes(random.Next(2) == 0 ? lf.Replace("\n", "\r\n", StringComparison.Ordinal) : lf.Replace('\n', '\r')));
            case 16:
                return ("utf16", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(text)]);
            case 17:
                return random.Next(2) == 0 ? ("empty", []) : ("links", utf8.GetBytes(string.Concat(Enumerable.Repeat(">> lien\n", random.Next(1, 2000)))));
            case 18:
                return ("off-topic", utf8.GetBytes(" date 2024-05\nRecette du jour\n\nLa soupe se prépare avec du bouillon, des nouilles de riz et des herbes fraîches.\n"));
            default:
                var noise = new StringBuilder();
                for (var k = random.Next(1, 12); k > 0; k--)
                {
                    noise.Append((char)random.Next(0x20, 0xD7FF));
                }

                return ("random-unicode", utf8.GetBytes(Insert(text, random, noise.ToString())));
        }
    }

    /// <summary>
    /// <paramref name="bytes"/> with CRLF line endings when they are UTF-8 text without NULs (a copy as a
    /// Windows checkout would leave it); other files, unchanged.
    /// </summary>
    public static byte[] WithCrlf(byte[] bytes)
    {
        if (Array.IndexOf(bytes, (byte)0) >= 0)
        {
            return bytes;
        }

        string text;
        try
        {
            text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return bytes;
        }

        var bom = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF;
        var crlf = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace("\n", "\r\n", StringComparison.Ordinal);
        return bom ? [.. new UTF8Encoding(true).GetPreamble(), .. new UTF8Encoding(false).GetBytes(crlf.TrimStart('\uFEFF'))] : new UTF8Encoding(false).GetBytes(crlf);
    }

    /// <summary>How a build over a corpus went: the files it skipped (each with a located warning) and what is wrong.</summary>
    public sealed record Verdict(int Skipped, IReadOnlyList<string> Problems);

    /// <summary>
    /// Judges a build over <paramref name="files"/> from its log and the record ids its dataset holds: no
    /// generator crash (CS8785, AD0001, DD0900), no compiler error on an article (CS2015, CS1570), one
    /// record per file not skipped with a located warning, unique ids.
    /// </summary>
    public static Verdict Judge(IReadOnlyCollection<string> files, string log, IReadOnlyList<string> ids)
    {
        var problems = new List<string>();
        foreach (var id in new[] { "CS8785", "AD0001", "DD0900", "CS2015", "CS1570" })
        {
            if (log.Contains(id, StringComparison.Ordinal))
            {
                problems.Add("the build log has " + id);
            }
        }

        if (System.Text.RegularExpressions.Regex.IsMatch(log, @": error [A-Z]+\d+"))
        {
            problems.Add("the build log has an error");
        }

        var skipping = new HashSet<string>(StringComparer.Ordinal) { "DD0001", "DD0002", "DD0003", "DD0004", "DD0006", "DD0106" };
        var skipped = System.Text.RegularExpressions.Regex.Matches(log, @"^\s*(?:\d+>)?(?<file>[^\r\n]+?\.txt)\(\d+,\d+(?:,\d+,\d+)?\): warning (?<id>DD\d{4})", System.Text.RegularExpressions.RegexOptions.Multiline)
            .Where(m => skipping.Contains(m.Groups["id"].Value))
            .Select(m => Path.GetFullPath(m.Groups["file"].Value)).ToHashSet(StringComparer.Ordinal);
        var readable = files.Count(f => !skipped.Contains(Path.GetFullPath(f)));
        if (ids.Count != readable)
        {
            problems.Add($"{ids.Count} records for {readable} readable files");
        }

        if (ids.Distinct(StringComparer.Ordinal).Count() != ids.Count)
        {
            problems.Add("duplicate ids");
        }

        return new Verdict(skipped.Count, problems);
    }

    /// <summary>A path as an MSBuild item spec reads it: % $ @ ' ; ? * as %XX, so every name is one item.</summary>
    public static string MsBuildEscape(string path)
        => System.Text.RegularExpressions.Regex.Replace(path, "[%$@';?*]", m => "%" + ((int)m.Value[0]).ToString("X2", System.Globalization.CultureInfo.InvariantCulture));

    private static string Insert(string text, Random random, string what) => text.Insert(random.Next(text.Length + 1), what);
}

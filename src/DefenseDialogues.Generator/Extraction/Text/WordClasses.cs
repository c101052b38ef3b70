using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Threading;

namespace DefenseDialogues.Generator.Extraction.Text;

/// <summary>
/// The closed word classes the grammars test tokens against (articles, meeting words, "earlier"
/// markers, agencies, footer stoppers…), read once from <c>Gazetteers/word-classes.tsv</c> and
/// validated: the data lives in the table, the grammar in the code. In the text layer (not in
/// <c>Gazetteers/</c>) because the tokenizer and the calendar read it too.
/// </summary>
internal sealed class WordClasses
{
    /// <summary>How a class's words are written and compared.</summary>
    internal enum Form
    {
        /// <summary>Single tokenizer keys, folded.</summary>
        Key,

        /// <summary>Runs of folded keys separated by spaces.</summary>
        Phrase,

        /// <summary>As written in the raw text.</summary>
        Text,
    }

    private const string ResourceName = "DefenseDialogues.Gazetteers.word-classes.tsv";

    /// <summary>Every class the code reads, with the form of its words.</summary>
    internal static readonly IReadOnlyDictionary<string, Form> Declared = new Dictionary<string, Form>(StringComparer.Ordinal)
    {
        ["article"] = Form.Key, ["preposition"] = Form.Key, ["sentence-start-word"] = Form.Key, ["elision"] = Form.Key,
        ["defense-word"] = Form.Key, ["month"] = Form.Key, ["weekday"] = Form.Key, ["ordinal-suffix"] = Form.Text,
        ["name-inner-stop"] = Form.Key, ["name-inner-article"] = Form.Key, ["name-particle"] = Form.Key, ["honorific"] = Form.Key, ["nobility-style"] = Form.Key, ["plural-function"] = Form.Key, ["vessel"] = Form.Key,
        ["photo-position"] = Form.Key, ["complement-stop"] = Form.Key, ["clause-verb"] = Form.Key, ["title-qualifier"] = Form.Key, ["ministry-domain"] = Form.Key,
        ["earlier-marker"] = Form.Key, ["date-bound"] = Form.Key, ["framing-opener"] = Form.Phrase, ["planned-marker"] = Form.Key, ["apposition-opener"] = Form.Key, ["meeting-word"] = Form.Key,
        ["policy-word"] = Form.Key, ["not-a-meeting-before"] = Form.Key, ["bare-dialogue-follower"] = Form.Key,
        ["online-cue"] = Form.Phrase, ["travel-cue"] = Form.Key,
        ["anniversary-connector"] = Form.Key, ["anniversary-joiner"] = Form.Key, ["duration-marker"] = Form.Key,
        ["agency"] = Form.Text, ["abbreviation"] = Form.Text, ["footer-stopper"] = Form.Text, ["caption-artefact"] = Form.Text,
    };

    // Classes the code indexes by position: their size is part of their meaning.
    private static readonly IReadOnlyDictionary<string, int> Sizes = new Dictionary<string, int>(StringComparer.Ordinal) { ["month"] = 12, ["weekday"] = 7 };

    private static readonly Lazy<WordClasses> LazyDefault = new(() => Parse(ReadResource()), LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly Dictionary<string, string[]> _lists;

    private WordClasses(Dictionary<string, string[]> lists) => _lists = lists;

    /// <summary>The table embedded in the generator.</summary>
    public static WordClasses Default => LazyDefault.Value;

    /// <summary>The words of <paramref name="className"/>, in table order.</summary>
    public IReadOnlyList<string> List(string className)
        => _lists.TryGetValue(className, out var words) ? words : throw new ArgumentException("no word class " + className, nameof(className));

    /// <summary>The phrases of a <c>phrase</c> class, each cut into its keys.</summary>
    public string[][] Phrases(string className)
    {
        var phrases = List(className);
        var result = new string[phrases.Count][];
        for (var k = 0; k < result.Length; k++)
        {
            result[k] = phrases[k].Split(' ');
        }

        return result;
    }

    /// <summary>The words of the given classes as one set (ordinal comparison).</summary>
    public HashSet<string> Set(params string[] classNames)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in classNames)
        {
            set.UnionWith(List(name));
        }

        return set;
    }

    /// <summary>
    /// Reads and validates the table text; throws <see cref="InvalidDataException"/> naming the line on
    /// an unknown, repeated, missing or empty class, a repeated word, or a key not in folded form.
    /// </summary>
    public static WordClasses Parse(string text)
    {
        var lists = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var (lineNumber, cells) in TsvRows.Read(text, "word-classes.tsv", 2))
        {
            if (cells.Length != 2)
            {
                throw Error(lineNumber, "expected two tab-separated columns: class, words");
            }

            var name = cells[0];
            if (!Declared.TryGetValue(name, out var form))
            {
                throw Error(lineNumber, "unknown word class '" + name + "'");
            }

            if (lists.ContainsKey(name))
            {
                throw Error(lineNumber, "word class '" + name + "' given twice");
            }

            var words = cells[1].Split('|');
            var seen = new HashSet<string>(StringComparer.Ordinal);
            for (var k = 0; k < words.Length; k++)
            {
                var word = words[k] = words[k].Trim();
                if (word.Length == 0 || !seen.Add(word))
                {
                    throw Error(lineNumber, "class '" + name + "': " + (word.Length == 0 ? "an empty word" : "'" + word + "' given twice"));
                }

                if (form != Form.Text && TextFolding.Fold(word) != word)
                {
                    throw Error(lineNumber, "class '" + name + "': '" + word + "' is not folded (write '" + TextFolding.Fold(word) + "')");
                }

                if (form == Form.Key && word.IndexOf(' ') >= 0)
                {
                    throw Error(lineNumber, "class '" + name + "': '" + word + "' is several words in a class of single keys");
                }
            }

            if (Sizes.TryGetValue(name, out var size) && words.Length != size)
            {
                throw Error(lineNumber, "class '" + name + "' must have " + size + " words, not " + words.Length);
            }

            lists.Add(name, words);
        }

        foreach (var name in Declared.Keys)
        {
            if (!lists.ContainsKey(name))
            {
                throw new InvalidDataException("word-classes.tsv: missing word class '" + name + "'");
            }
        }

        return new WordClasses(lists);
    }

    private static InvalidDataException Error(int line, string message) => new("word-classes.tsv:" + line + ": " + message);

    private static string ReadResource()
    {
        using var stream = typeof(WordClasses).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidDataException("missing embedded table word-classes.tsv");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}

using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using DefenseDialogues.Generator.Extraction.Text;
using DefenseDialogues.Generator.Model;

namespace DefenseDialogues.Generator.Planning;

/// <summary>
/// Names the generated property of each record from its file's name, never from extracted values:
/// <c>000_975e3b2795ba872e.txt</c> → <c>Article_000_975e3b2795ba872e</c>. A name then survives a corrected
/// date, a better extractor and every other article added or removed; the readable summary (partner,
/// kind, date, place) is in the member's doc comment. <c>Article_</c> + the file name's ASCII letters,
/// digits and underscores (accents dropped, any other character as <c>_</c>): always a valid identifier,
/// and no member the generator adds later can take it. Two file names that map alike ("a-b", "a_b") keep
/// the name for the first in ordinal order; the other gets its own name's hash appended.
/// </summary>
internal static class MemberNames
{
    /// <summary>The prefix of every record's member name.</summary>
    public const string RecordPrefix = "Article_";

    /// <summary>Each record's member name, in corpus order (the records are in ordinal id order).</summary>
    public static string[] Assign(EquatableArray<DialogueModel> dialogues)
    {
        var names = new string[dialogues.Count];
        var used = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < dialogues.Count; i++)
        {
            var name = RecordName(dialogues[i].Id);
            names[i] = used.Add(name) ? name : Claim(used, name + "_" + Hash(dialogues[i].Id));
        }

        return names;
    }

    /// <summary>The member name of the record read from a file named <paramref name="id"/> (without extension).</summary>
    public static string RecordName(string id)
    {
        var sb = new StringBuilder(RecordPrefix, RecordPrefix.Length + id.Length);
        foreach (var c in WellFormedText.Normalize(id, NormalizationForm.FormD))
        {
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_')
            {
                sb.Append(c);
            }
            else if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                sb.Append('_');
            }
        }

        return sb.ToString();
    }

    /// <summary>FNV-1a of the id's UTF-16 units, 8 hex digits: depends on that id alone.</summary>
    private static string Hash(string id)
    {
        var hash = 2166136261u;
        foreach (var c in id)
        {
            hash = unchecked((hash ^ c) * 16777619u);
        }

        return hash.ToString("x8", CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// A member name not in <paramref name="used"/>, claimed: <paramref name="name"/> when free, else
    /// <paramref name="name"/> with <paramref name="suffix"/> (then a number) appended.
    /// </summary>
    public static string Unique(HashSet<string> used, string name, string suffix)
        => used.Add(name) ? name : Claim(used, name + "_" + suffix);

    /// <summary><paramref name="name"/> when free, else the first free of <c>name_2</c>, <c>name_3</c>…; claimed.</summary>
    private static string Claim(HashSet<string> used, string name)
    {
        var unique = name;
        for (var k = 2; !used.Add(unique); k++)
        {
            unique = name + "_" + k.ToString(CultureInfo.InvariantCulture);
        }

        return unique;
    }

    /// <summary>PascalCase ASCII letters and digits of <paramref name="text"/>: "New Zealand" → "NewZealand".</summary>
    internal static string Identifier(string text)
    {
        var sb = new StringBuilder(text.Length);
        var upperNext = true;
        foreach (var c in WellFormedText.Normalize(text, NormalizationForm.FormD))
        {
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
            {
                sb.Append(upperNext ? char.ToUpperInvariant(c) : c);
                upperNext = false;
            }
            else if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                upperNext = true;
            }
        }

        return sb.Length == 0 ? "X" : sb.ToString();
    }
}

using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using DefenseDialogues.Generator.Model;

namespace DefenseDialogues.Generator.Planning;

/// <summary>
/// Names the generated property of each record: <c>Vietnam_Japan_2024_02_27</c> from the
/// partner's English name and the known parts of the date. Names are ASCII identifiers,
/// depend only on the records (not on file order), and never collide: records sharing a
/// name all get their id appended.
/// </summary>
internal static class MemberNames
{
    /// <summary>Each record's member name, in corpus order.</summary>
    public static string[] Assign(EquatableArray<DialogueModel> dialogues)
    {
        var baseNames = new string[dialogues.Count];
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < dialogues.Count; i++)
        {
            baseNames[i] = BaseName(dialogues[i]);
            counts[baseNames[i]] = counts.TryGetValue(baseNames[i], out var n) ? n + 1 : 1;
        }

        var names = new string[dialogues.Count];
        var used = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < dialogues.Count; i++)
        {
            var name = counts[baseNames[i]] == 1 ? baseNames[i] : baseNames[i] + "_" + Identifier(dialogues[i].Id);

            // Two ids can sanitize alike ("a-b", "a_b"); records are in id order, so the suffix is stable.
            names[i] = Claim(used, name);
        }

        return names;
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

    private static string BaseName(DialogueModel d)
    {
        var sb = new StringBuilder("Vietnam_");
        sb.Append(d.Partner is { } partner ? Identifier(partner.EnglishName) : "UnknownPartner");
        if (d.HeldOn is { } date)
        {
            AppendPart(sb, date.Year, 4);
            AppendPart(sb, date.Month, 2);
            AppendPart(sb, date.Day, 2);
        }
        else
        {
            sb.Append("_Undated");
        }

        return sb.ToString();
    }

    private static void AppendPart(StringBuilder sb, int? value, int digits)
    {
        if (value is { } v)
        {
            sb.Append('_').Append(v.ToString("D" + digits.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture));
        }
    }

    /// <summary>PascalCase ASCII letters and digits of <paramref name="text"/>: "New Zealand" → "NewZealand".</summary>
    internal static string Identifier(string text)
    {
        var sb = new StringBuilder(text.Length);
        var upperNext = true;
        foreach (var c in text.Normalize(NormalizationForm.FormD))
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

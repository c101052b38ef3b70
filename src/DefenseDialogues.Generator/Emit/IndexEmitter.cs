using System;
using System.Collections.Generic;
using DefenseDialogues.Generator.Model;

namespace DefenseDialogues.Generator.Emit;

/// <summary>
/// Formats the lookups of the <c>Dialogues</c> class (by partner, year, topic, person; the timeline).
/// The index lists were computed at build time; at run time a lookup is one dictionary probe
/// (a frozen dictionary on .NET 8+) and decodes only the records it returns. A topic's list is
/// filtered from the topic masks on first use.
/// </summary>
internal static class IndexEmitter
{
    public const string HintName = "Dialogues.Index.g.cs";

    private const string List = "global::System.Collections.Generic.IReadOnlyList<global::DefenseDialogues.Dialogue>";
    private const string View = "global::DefenseDialogues.Storage.DialogueView";

    public static string Emit(CorpusIndexModel index, GeneratorOptions options, EmitTarget target)
    {
        var w = GeneratedFile.Open(options, target, summary: null, "Dialogues");
        var nullable = target.SupportsNullable ? "?" : string.Empty;

        w.Line("/// <summary>Every dialogue in date order (a missing day or month borrows the publication month; undated last).</summary>");
        w.Line($"public static {List} Timeline => Index.Timeline;");
        w.Line();
        w.Line("/// <summary>The dialogues with <paramref name=\"partner\"/> (any of their partners), in date order.</summary>");
        w.Line("/// <param name=\"partner\">A partner, e.g. <c>Partners.Japan</c>.</param>");
        w.Line($"public static {List} With(global::DefenseDialogues.Partner{nullable} partner) => Find(Index.ByPartner, partner == null ? null : partner.Code);");
        w.Line();
        w.Line("/// <summary>The dialogues held in <paramref name=\"year\"/> (<c>HeldOn.Year</c>; an undated dialogue is in none), in date order.</summary>");
        w.Line("/// <param name=\"year\">A year, e.g. 2024.</param>");
        w.Line($"public static {List} InYear(int year) => Find(Index.ByYear, year);");
        w.Line();
        w.Line("/// <summary>The dialogues that mention <paramref name=\"topic\"/>, in date order.</summary>");
        w.Line("/// <param name=\"topic\">A topic.</param>");
        w.Line($"public static {List} About(global::DefenseDialogues.Topic topic) => (int)topic >= 0 && (int)topic < Index.ByTopic.Length ? (Index.ByTopic[(int)topic] ?? (Index.ByTopic[(int)topic] = Select(1 << (int)topic, false))) : Index.Empty;");
        w.Line();
        w.Line("/// <summary>The dialogues that mention every topic of <paramref name=\"topics\"/>, in date order.</summary>");
        w.Line("/// <param name=\"topics\">Topics as flags, e.g. <c>TopicSet.Cybersecurity | TopicSet.Training</c>.</param>");
        w.Line($"public static {List} AboutAll(global::DefenseDialogues.TopicSet topics) => Filter((int)topics, true);");
        w.Line();
        w.Line("/// <summary>The dialogues that mention at least one topic of <paramref name=\"topics\"/>, in date order.</summary>");
        w.Line("/// <param name=\"topics\">Topics as flags.</param>");
        w.Line($"public static {List} AboutAny(global::DefenseDialogues.TopicSet topics) => Filter((int)topics, false);");
        w.Line();
        w.Line("/// <summary>The dialogues <paramref name=\"person\"/> appears in, in date order.</summary>");
        w.Line("/// <param name=\"person\">A person, e.g. from <c>People</c>.</param>");
        w.Line($"public static {List} Involving(global::DefenseDialogues.Person{nullable} person) => person == null ? Index.Empty : person.Dialogues;");
        w.Line();
        // Two overloads, not one generic `TKey?`: an unconstrained nullable type parameter is C# 9 (CS8627 on C# 8).
        w.Line($"private static {List} Find(global::System.Collections.Generic.IReadOnlyDictionary<string, {View}> index, string{nullable} key)");
        w.Open();
        w.Line($"{View}{nullable} view;");
        w.Line("return key != null && index.TryGetValue(key, out view) ? view : Index.Empty;");
        w.Close();
        w.Line();
        w.Line($"private static {List} Find(global::System.Collections.Generic.IReadOnlyDictionary<int, {View}> index, int key)");
        w.Open();
        w.Line($"{View}{nullable} view;");
        w.Line("return index.TryGetValue(key, out view) ? view : Index.Empty;");
        w.Close();
        w.Line();
        w.Line($"private static {List} Filter(int mask, bool all) => Select(mask, all);");
        w.Line();
        // A topic's list is the timeline filtered by the masks, made on first use (a race makes two equal views):
        // stored lists would repeat what the masks say, one int per topic of every article.
        w.Line($"private static {View} Select(int mask, bool all)");
        w.Open();
        w.Line("var hits = new global::System.Collections.Generic.List<int>();");
        w.Line("foreach (var i in Index.TimelineOrder)");
        w.Open();
        w.Line("var shared = Index.TopicMasks[i] & mask;");
        w.Line("if (all ? shared == mask : shared != 0)");
        w.Open();
        w.Line("hits.Add(i);");
        w.Close();
        w.Close();
        w.Line();
        w.Line($"return new {View}(All, hits.ToArray());");
        w.Close();
        w.Line();

        w.Line("private static class Index");
        w.Open();
        w.Line($"internal static readonly {View} Empty = new {View}(All, new int[0]);");
        w.Line($"internal static readonly int[] TimelineOrder = {DialoguesEmitter.IntArray(index.Timeline)};");
        w.Line($"internal static readonly {View} Timeline = new {View}(All, TimelineOrder);");
        w.Line($"internal static readonly int[] TopicMasks = {DialoguesEmitter.IntArray(index.TopicMasks)};");
        w.Line($"internal static readonly {View}{nullable}[] ByTopic = new {View}{nullable}[{GeneratedFile.Number(Enum.GetValues(typeof(Topic)).Length)}];");
        Dictionary(w, "string", "ByPartner", index.ByPartner, CSharpLiteral.String);
        Dictionary(w, "int", "ByYear", index.ByYear, GeneratedFile.Number);
        w.Close();
        return GeneratedFile.Close(w);
    }

    /// <summary>A dictionary of views, frozen on .NET 8+ (the symbol comes from the consuming project's target).</summary>
    private static void Dictionary<TKey>(SourceWriter w, string keyType, string name, EquatableArray<KeyedIndex<TKey>> entries, Func<TKey, string> literal)
    {
        var type = $"global::System.Collections.Generic.Dictionary<{keyType}, {View}>";
        var comparer = keyType == "string" ? "global::System.StringComparer.Ordinal" : string.Empty;
        w.Line($"private static readonly {type} s_{name} = new {type}({comparer})");
        w.Open();
        foreach (var entry in entries)
        {
            w.Line($"{{ {literal(entry.Key)}, new {View}(All, {DialoguesEmitter.IntArray(entry.Dialogues)}) }},");
        }

        w.Close("};");
        w.Line("#if NET8_0_OR_GREATER");
        w.Line($"internal static readonly global::System.Collections.Frozen.FrozenDictionary<{keyType}, {View}> {name} = global::System.Collections.Frozen.FrozenDictionary.ToFrozenDictionary(s_{name}{(comparer.Length > 0 ? ", " + comparer : string.Empty)});");
        w.Line("#else");
        w.Line($"internal static readonly global::System.Collections.Generic.IReadOnlyDictionary<{keyType}, {View}> {name} = s_{name};");
        w.Line("#endif");
    }
}

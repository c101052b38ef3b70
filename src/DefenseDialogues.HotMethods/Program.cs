using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using DefenseDialogues.HotMethods;

// mark ASSEMBLY LIST               sets AggressiveOptimization on LIST's methods (run after the generator compiles)
// collect JIT_SUMMARY ASSEMBLY LIST  writes LIST: the assembly's methods the JIT optimized in a training run
switch (args.FirstOrDefault())
{
    case "mark" when args.Length == 3:
        return Mark(args[1], args[2]);
    case "collect" when args.Length == 4:
        return Collect(args[1], args[2], args[3]);
    default:
        Console.Error.WriteLine("usage: mark ASSEMBLY LIST | collect JIT_SUMMARY ASSEMBLY LIST");
        return 2;
}

static int Mark(string assembly, string list)
{
    var names = MethodTable.ReadList(list);
    var table = MethodTable.Read(assembly);
    var (changed, marked, unknown) = table.Mark(names);
    foreach (var name in unknown)
    {
        // MSBuild's canonical error format, so the build points at the list.
        Console.Error.WriteLine($"{list}: error HOT001: '{name}' is no method of {Path.GetFileName(assembly)} any more: rerun tests/scripts/hot-methods.sh");
    }

    if (unknown.Count > 0)
    {
        return 1;
    }

    if (changed > 0)
    {
        File.WriteAllBytes(assembly, table.Image);
    }

    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{Path.GetFileName(assembly)}: {marked} methods of {names.Count} listed are AggressiveOptimization ({changed} set now)"));
    return 0;
}

static int Collect(string summary, string assembly, string list)
{
    // "   12: JIT compiled Ns.Type`1[System.__Canon]:Method(args) [Tier1 with Dynamic PGO, IL size=…]"
    var line = new Regex(@"JIT compiled (?<name>.+?)\((?<rest>.*)\[(?<tier>[^,\]]+)");
    var jitToSource = new Dictionary<string, string>(StringComparer.Ordinal);
    foreach (var (jitName, sourceName) in MethodTable.Read(assembly).Names)
    {
        jitToSource.TryAdd(jitName, sourceName);
    }

    var hot = new SortedSet<string>(StringComparer.Ordinal);
    foreach (var text in File.ReadLines(summary))
    {
        var m = line.Match(text);
        if (!m.Success || m.Groups["tier"].Value.Contains("Tier0", StringComparison.Ordinal))
        {
            continue; // unoptimized code: not (yet) hot
        }

        if (jitToSource.TryGetValue(WithoutGenericArguments(m.Groups["name"].Value), out var source))
        {
            hot.Add(source);
        }
    }

    var output = new StringBuilder();
    output.Append("# The generator's methods the JIT optimized (tier 1, OSR or already AggressiveOptimization) in a training run\n")
          .Append("# over the scale corpus: the build marks them AggressiveOptimization (JIT once, optimized, no tier-0 or PGO\n")
          .Append("# instrumentation in a compiler process that has just started). Written by tests/scripts/hot-methods.sh.\n");
    foreach (var name in hot)
    {
        output.Append(name).Append('\n');
    }

    File.WriteAllText(list, output.ToString());
    Console.WriteLine($"{list}: {hot.Count} source methods");
    return 0;
}

// "Ns.Box`1[System.__Canon]:Get[int]" → "Ns.Box`1:Get"
static string WithoutGenericArguments(string name)
{
    var result = new StringBuilder(name.Length);
    var depth = 0;
    foreach (var c in name)
    {
        if (c == '[')
        {
            depth++;
        }
        else if (c == ']')
        {
            depth--;
        }
        else if (depth == 0)
        {
            result.Append(c);
        }
    }

    return result.ToString();
}

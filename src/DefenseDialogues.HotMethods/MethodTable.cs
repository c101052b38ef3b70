using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;
using System.Text.RegularExpressions;

namespace DefenseDialogues.HotMethods;

/// <summary>
/// The methods (with bodies) of one assembly, each under two names: the JIT's (<c>Ns.Type+Nested:Method</c>,
/// as a JIT summary prints it without generic arguments) and its source method's, where what the C# compiler
/// generates for a method (lambdas, local functions, iterator and async state machines) folds into the
/// method it was written in: a list of source methods stays valid when the compiler renumbers those.
/// </summary>
internal sealed partial class MethodTable
{
    private readonly List<Entry> _entries = new();

    private MethodTable(byte[] image)
    {
        Image = image;
        using var pe = new PEReader(new MemoryStream(image));
        var md = pe.GetMetadataReader();
        var tableStart = pe.PEHeaders.MetadataStartOffset + md.GetTableMetadataOffset(TableIndex.MethodDef);
        var rowSize = md.GetTableRowSize(TableIndex.MethodDef);
        foreach (var handle in md.TypeDefinitions)
        {
            var chain = TypeChain(md, handle);
            if (chain is null)
            {
                continue;
            }

            foreach (var methodHandle in md.GetTypeDefinition(handle).GetMethods())
            {
                var method = md.GetMethodDefinition(methodHandle);
                if (method.RelativeVirtualAddress == 0)
                {
                    continue; // abstract or extern: nothing to JIT
                }

                var name = md.GetString(method.Name);
                var jitName = string.Join("+", chain) + ":" + name;
                var source = SourceName(chain, name);
                // ImplFlags is the row's second column, after the 4-byte RVA.
                var implOffset = tableStart + (MetadataTokens.GetRowNumber(methodHandle) - 1) * rowSize + 4;
                _entries.Add(new Entry(jitName, source, implOffset));
            }
        }
    }

    /// <summary>The source names a list file holds: one a line, <c>#</c> lines and blank lines skipped.</summary>
    public static HashSet<string> ReadList(string path)
        => File.ReadLines(path).Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#')).ToHashSet(StringComparer.Ordinal);

    /// <summary>The assembly's bytes, changed in place by <see cref="Mark"/>.</summary>
    public byte[] Image { get; }

    /// <summary>JIT names to source names, for the methods that have one.</summary>
    public IEnumerable<(string JitName, string SourceName)> Names
        => _entries.Where(e => e.SourceName is not null).Select(e => (e.JitName, e.SourceName!));

    /// <summary>Reads an assembly.</summary>
    public static MethodTable Read(string path) => new(File.ReadAllBytes(path));

    /// <summary>
    /// Sets <c>AggressiveOptimization</c> on every method whose source method is listed; returns how many
    /// methods changed and the listed names that match nothing.
    /// </summary>
    public (int Changed, int Marked, IReadOnlyList<string> Unknown) Mark(IReadOnlyCollection<string> sourceNames)
    {
        const ushort aggressiveOptimization = 0x0200;
        var matched = new HashSet<string>(StringComparer.Ordinal);
        int changed = 0, marked = 0;
        foreach (var entry in _entries)
        {
            if (entry.SourceName is null || !sourceNames.Contains(entry.SourceName))
            {
                continue;
            }

            matched.Add(entry.SourceName);
            marked++;
            var flags = (ushort)(Image[entry.ImplOffset] | Image[entry.ImplOffset + 1] << 8);
            if ((flags & aggressiveOptimization) == 0)
            {
                flags |= aggressiveOptimization;
                Image[entry.ImplOffset] = (byte)flags;
                Image[entry.ImplOffset + 1] = (byte)(flags >> 8);
                changed++;
            }
        }

        return (changed, marked, sourceNames.Where(n => !matched.Contains(n)).OrderBy(n => n, StringComparer.Ordinal).ToList());
    }

    /// <summary>Namespace-qualified names from the outermost type in; null for types with no source of their own.</summary>
    private static List<string>? TypeChain(MetadataReader md, TypeDefinitionHandle handle)
    {
        var names = new List<string>();
        var type = md.GetTypeDefinition(handle);
        while (true)
        {
            var name = md.GetString(type.Name);
            var declaring = type.GetDeclaringType();
            if (declaring.IsNil)
            {
                var ns = md.GetString(type.Namespace);
                if (ns.Length == 0)
                {
                    return null; // <Module>, <PrivateImplementationDetails>, anonymous types
                }

                names.Insert(0, ns + "." + name);
                return names;
            }

            names.Insert(0, name);
            type = md.GetTypeDefinition(declaring);
        }
    }

    /// <summary><c>Ns.Type+Nested:Method</c> of the method the code was written in, or null.</summary>
    private static string? SourceName(List<string> chain, string method)
    {
        var types = new List<string>(chain);
        while (types[^1].StartsWith('<'))
        {
            var last = types[^1];
            types.RemoveAt(types.Count - 1);
            if (StateMachine().Match(last) is { Success: true } m)
            {
                method = m.Groups[1].Value; // <Name>d__6: Name's iterator or async body
            }
            else if (!last.StartsWith("<>c", StringComparison.Ordinal))
            {
                return null; // another generated type: not a source method's
            }
        }

        if (Generated().Match(method) is { Success: true } g)
        {
            method = g.Groups[1].Value; // <Name>b__3_0 (lambda), <Name>g__Local|3_0 (local function)
        }

        return method.StartsWith('<') ? null : string.Join("+", types) + ":" + method;
    }

    [GeneratedRegex(@"^<([^>]+)>d__\d+")]
    private static partial Regex StateMachine();

    [GeneratedRegex(@"^<([^>]+)>[bg]__")]
    private static partial Regex Generated();

    private sealed record Entry(string JitName, string? SourceName, int ImplOffset);
}

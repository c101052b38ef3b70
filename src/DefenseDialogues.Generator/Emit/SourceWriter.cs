using System.Text;

namespace DefenseDialogues.Generator.Emit;

/// <summary>An indenting line writer with fixed <c>\n</c> line endings, so output bytes do not depend on the OS.</summary>
internal sealed class SourceWriter
{
    private readonly StringBuilder _sb = new();
    private int _indent;

    public void Line(string text = "")
    {
        if (text.Length > 0)
        {
            _sb.Append(' ', _indent * 4).Append(text);
        }

        _sb.Append('\n');
    }

    public void Open()
    {
        Line("{");
        _indent++;
    }

    public void Close(string closing = "}")
    {
        _indent--;
        Line(closing);
    }

    /// <summary>
    /// <c>{returnType} {name}(int index)</c> returning <paramref name="expression"/>(index), as a switch split
    /// into methods of <paramref name="chunkSize"/> cases so that no single method is huge to compile or JIT.
    /// </summary>
    /// <param name="returnType">The loaders' return type.</param>
    /// <param name="name">The loader's name (chunks are <c>{name}0</c>, <c>{name}1</c>, …).</param>
    /// <param name="count">How many cases.</param>
    /// <param name="chunkSize">Cases per chunk method.</param>
    /// <param name="expression">The returned expression for a case.</param>
    /// <param name="extraParameters">More parameters after <c>int index</c> (<c>", Dialogue dialogue"</c>), passed through to the chunks.</param>
    /// <param name="extraArguments">The matching arguments (<c>", dialogue"</c>).</param>
    public void ChunkedLoader(string returnType, string name, int count, int chunkSize, System.Func<int, string> expression, string extraParameters = "", string extraArguments = "")
    {
        var chunks = (count + chunkSize - 1) / chunkSize;
        Line($"private static {returnType} {name}(int index{extraParameters})");
        Open();
        Line("switch (index / " + Number(chunkSize) + ")");
        Open();
        for (var c = 0; c < chunks; c++)
        {
            Line($"case {Number(c)}: return {name}{Number(c)}(index{extraArguments});");
        }

        Line("default: throw new global::System.ArgumentOutOfRangeException(nameof(index));");
        Close();
        Close();

        for (var c = 0; c < chunks; c++)
        {
            Line();
            Line($"private static {returnType} {name}{Number(c)}(int index{extraParameters})");
            Open();
            Line("switch (index)");
            Open();
            for (var i = c * chunkSize; i < count && i < (c + 1) * chunkSize; i++)
            {
                Line($"case {Number(i)}: return {expression(i)};");
            }

            Line("default: throw new global::System.ArgumentOutOfRangeException(nameof(index));");
            Close();
            Close();
        }
    }

    private static string Number(int n) => n.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public override string ToString() => _sb.ToString();
}

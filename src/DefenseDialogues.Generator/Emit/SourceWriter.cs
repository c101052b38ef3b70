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

    /// <summary>A line of three parts, appended as they are: a chunk's literal is not copied into one more string first.</summary>
    public void Line(string start, string middle, string end)
    {
        _sb.Append(' ', _indent * 4).Append(start).Append(middle).Append(end).Append('\n');
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

    /// <summary>The characters written so far: a mark to <see cref="Truncate"/> back to.</summary>
    public int Length => _sb.Length;

    /// <summary>Drops what was written after <paramref name="length"/> (a part that failed half-way).</summary>
    public void Truncate(int length) => _sb.Length = length;

    public override string ToString() => _sb.ToString();
}

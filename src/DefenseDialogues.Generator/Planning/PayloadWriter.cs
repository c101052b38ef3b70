using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using DefenseDialogues.Storage;

namespace DefenseDialogues.Generator.Planning;

/// <summary>Writes the values of one payload, after its marker; the mirror of the runtime's <c>PayloadReader</c>.</summary>
internal sealed class PayloadWriter
{
    private readonly StringBuilder _text;

    /// <summary>Starts a payload with <paramref name="marker"/>.</summary>
    public PayloadWriter(string marker, int capacity = 256) => _text = new StringBuilder(marker, capacity);

    /// <summary>Writes a null value.</summary>
    public void Null() => _text.Append(PayloadFormat.NullTag);

    /// <summary>Writes an integer.</summary>
    public void Int(int value) => _text.Append(PayloadFormat.IntTag).Append(value.ToString(CultureInfo.InvariantCulture)).Append(PayloadFormat.IntEnd);

    /// <summary>Writes an integer or null.</summary>
    public void Int(int? value)
    {
        if (value is int known)
        {
            Int(known);
        }
        else
        {
            Null();
        }
    }

    /// <summary>Writes a string or null. A lone surrogate has no UTF-8 form (a u8 literal would not compile): it is written as U+FFFD, as a decoder would read it.</summary>
    public void String(string? value)
    {
        if (value is null)
        {
            Null();
            return;
        }

        var text = WellFormed(value);
        _text.Append(PayloadFormat.StringTag).Append(Encoding.UTF8.GetByteCount(text).ToString(CultureInfo.InvariantCulture)).Append(PayloadFormat.CountEnd).Append(text);
    }

    /// <summary>Writes a list's (or a tuple's) header; the caller writes its <paramref name="count"/> values.</summary>
    public void List(int count) => _text.Append(PayloadFormat.ListTag).Append(count.ToString(CultureInfo.InvariantCulture)).Append(PayloadFormat.CountEnd);

    /// <summary>Writes a list of strings.</summary>
    public void Strings<TList>(TList values)
        where TList : IReadOnlyList<string>
    {
        List(values.Count);
        for (var i = 0; i < values.Count; i++)
        {
            String(values[i]);
        }
    }

    /// <summary>Writes a run of integers, <c>n&lt;count&gt;:</c> then each as <c>&lt;digits&gt;,</c>: one byte of framing per integer.</summary>
    public void IntRun(IReadOnlyList<int> values)
    {
        _text.Append(PayloadFormat.IntRunTag).Append(values.Count.ToString(CultureInfo.InvariantCulture)).Append(PayloadFormat.CountEnd);
        for (var i = 0; i < values.Count; i++)
        {
            _text.Append(values[i].ToString(CultureInfo.InvariantCulture)).Append(PayloadFormat.IntRunEnd);
        }
    }

    /// <summary>Writes a list, each item by <paramref name="write"/>.</summary>
    public void List<T>(IReadOnlyList<T> items, Action<PayloadWriter, T> write)
    {
        List(items.Count);
        for (var i = 0; i < items.Count; i++)
        {
            write(this, items[i]);
        }
    }

    /// <summary>The payload written so far.</summary>
    public override string ToString() => _text.ToString();

    /// <summary><paramref name="value"/> with each lone surrogate replaced by U+FFFD.</summary>
    private static string WellFormed(string value)
    {
        StringBuilder? fixedText = null;
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                fixedText?.Append(c).Append(value[i + 1]);
                i++;
                continue;
            }

            if (char.IsSurrogate(c))
            {
                fixedText ??= new StringBuilder(value, 0, i, value.Length);
                fixedText.Append('\uFFFD');
                continue;
            }

            fixedText?.Append(c);
        }

        return fixedText?.ToString() ?? value;
    }
}

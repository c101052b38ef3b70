using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace DefenseDialogues.Storage
{
    /// <summary>Writes the values of a payload (see <see cref="DialoguePayload"/>); the mirror of <see cref="PayloadReader"/>.</summary>
    internal sealed class PayloadWriter
    {
        private readonly StringBuilder _text = new StringBuilder(DialoguePayload.VersionMarker, 1024);

        /// <summary>Writes <c>~</c>.</summary>
        public void WriteNull() => _text.Append('~');

        /// <summary>Writes <c>i&lt;digits&gt;;</c>.</summary>
        public void WriteInt(int value) => _text.Append('i').Append(value.ToString(CultureInfo.InvariantCulture)).Append(';');

        /// <summary>Writes an integer or null.</summary>
        public void WriteNullableInt(int? value)
        {
            if (value is int known)
            {
                WriteInt(known);
            }
            else
            {
                WriteNull();
            }
        }

        /// <summary>Writes a string (its length in UTF-8 bytes) or null.</summary>
        public void WriteString(string? value)
        {
            if (value is null)
            {
                WriteNull();
                return;
            }

            _text.Append('s').Append(Utf8.ByteCount(value).ToString(CultureInfo.InvariantCulture)).Append(':').Append(value);
        }

        /// <summary>Writes <c>l&lt;count&gt;:</c>; the caller writes the values.</summary>
        public void WriteListHeader(int count) => _text.Append('l').Append(count.ToString(CultureInfo.InvariantCulture)).Append(':');

        /// <summary>Writes a list of strings.</summary>
        public void WriteStrings(IReadOnlyList<string> values)
        {
            WriteListHeader(values.Count);
            foreach (var value in values)
            {
                WriteString(value);
            }
        }

        /// <summary>The payload written so far.</summary>
        public override string ToString() => _text.ToString();
    }
}

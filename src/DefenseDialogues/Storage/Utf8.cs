using System;
using System.Text;

namespace DefenseDialogues.Storage
{
    /// <summary>Strict UTF-8 for payloads: generated data is valid UTF-8, so an invalid byte means corruption, not text to repair.</summary>
    internal static class Utf8
    {
        private static readonly UTF8Encoding Strict = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

        /// <summary>The UTF-8 bytes of <paramref name="text"/> (a lone surrogate is an error).</summary>
        public static byte[] Encode(string text)
        {
            try
            {
                return Strict.GetBytes(text);
            }
            catch (EncoderFallbackException invalid)
            {
                throw new FormatException("Malformed payload: text that has no UTF-8 form (a lone surrogate).", invalid);
            }
        }

        /// <summary>The length of <paramref name="text"/> in UTF-8 bytes (a lone surrogate is an error).</summary>
        public static int ByteCount(string text)
        {
            try
            {
                return Strict.GetByteCount(text);
            }
            catch (EncoderFallbackException invalid)
            {
                throw new FormatException("Malformed payload: text that has no UTF-8 form (a lone surrogate).", invalid);
            }
        }

        /// <summary>The text of <paramref name="bytes"/>; a <see cref="DecoderFallbackException"/> when they are not UTF-8.</summary>
        public static string Decode(ReadOnlySpan<byte> bytes)
        {
            if (bytes.IsEmpty)
            {
                return string.Empty;
            }
#if NET
            return Strict.GetString(bytes);
#else
            unsafe
            {
                fixed (byte* first = bytes)
                {
                    return Strict.GetString(first, bytes.Length);
                }
            }
#endif
        }
    }
}

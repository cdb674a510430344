using System.Buffers.Text;
using System.Text;

namespace Concord.Core.Federation;

/// <summary>base64url without padding (RFC 7515 §2), for JOSE objects and keys.</summary>
public static class Base64UrlText
{
    public static string Encode(ReadOnlySpan<byte> bytes) => Base64Url.EncodeToString(bytes);

    public static string Encode(string text) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(text));

    /// <summary>The decoded bytes, or null when the text is not base64url.</summary>
    public static byte[]? TryDecode(string? text)
    {
        if (text is null)
        {
            return null;
        }
        try
        {
            return Base64Url.DecodeFromChars(text);
        }
        catch (FormatException)
        {
            return null;
        }
    }
}

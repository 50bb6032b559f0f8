using System.Collections.Generic;
using System.Linq;

namespace HelpBuilder.Pages;

/// <summary>
/// Text that has not been written yet: empty, or still holding a platyPS-style <c>{{ Fill ... }}</c>
/// placeholder, as skeleton pages do.
/// </summary>
public static class Placeholder
{
    public static bool IsUnwritten(IReadOnlyCollection<string> paragraphs) =>
        paragraphs.All(string.IsNullOrWhiteSpace) || paragraphs.Any(HasPlaceholder);

    public static bool HasPlaceholder(string text)
    {
        int open = text.IndexOf("{{", System.StringComparison.Ordinal);
        return open >= 0 && text.IndexOf("}}", open, System.StringComparison.Ordinal) > open;
    }
}

using DefenseDialogues.Generator.Model;

namespace DefenseDialogues.Generator.Extraction.Text;

/// <summary>Where in the article a value was read: characters [Start, End) of one unit's clean text.</summary>
internal readonly record struct StorySpan(StoryUnit Unit, int Start, int End)
{
    /// <summary>The clean words the span covers.</summary>
    public string Text => Unit.Text.Substring(Start, End - Start);
}

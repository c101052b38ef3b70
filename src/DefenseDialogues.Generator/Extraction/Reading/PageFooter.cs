using System;
using System.Collections.Generic;
using DefenseDialogues.Generator.Extraction.Text;

namespace DefenseDialogues.Generator.Extraction.Reading;

/// <summary>Lines after which nothing is the story's.</summary>
internal static class Noise
{
    private static readonly IReadOnlyList<string> Stoppers = WordClasses.Default.List("footer-stopper");

    public static bool EndsStory(string line)
    {
        foreach (var stopper in Stoppers)
        {
            if (line.StartsWith(stopper, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}

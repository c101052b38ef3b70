using System;

namespace DefenseDialogues.Generator.Extraction.Reading;

/// <summary>Lines after which nothing is the story's.</summary>
internal static class Noise
{
    private static readonly string[] Stoppers =
    {
        "voir plus", "rédactrice en chef", "rédacteur en chef", "permis de publication", "adresse :", "tél :", "tél.", "e-mail :", "email :", "back to top", "copyright", "©",
    };

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

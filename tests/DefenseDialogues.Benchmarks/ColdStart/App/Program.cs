// One measurement per process, so each is a true cold start (JIT and type loading included):
//   dialogues        time to Dialogues.All[^1], then to the end of a full enumeration, then to every paragraph read
//   json FILE        time to read FILE and deserialize it with STJ (reflection)
//   json-sg FILE     the same with the source-generated context
//   export FILE      writes the records as JSON (the input of the two above)
//   runtime          prints where the DefenseDialogues runtime was loaded from
// Prints the elapsed microseconds, tab-separated.
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using DefenseDialogues;
using DefenseDialogues.Benchmarks.Json;

var clock = Stopwatch.StartNew();
switch (args[0])
{
    case "dialogues":
    {
        var last = Dialogues.All[^1];
        var first = clock.Elapsed;
        GC.KeepAlive(last);
        var sum = 0;
        foreach (var d in Dialogues.All)
        {
            sum += d.Paragraphs.Count;
        }

        var all = clock.Elapsed;

        // Paragraphs stay UTF-8 until read; STJ builds every string, so this is the like-for-like time.
        var chars = 0;
        foreach (var d in Dialogues.All)
        {
            foreach (var p in d.Paragraphs)
            {
                chars += p.Length;
            }
        }

        Print(first, all, sum, clock.Elapsed, chars);
        break;
    }

    case "json":
    {
        var records = JsonSerializer.Deserialize<DialogueRecord[]>(File.ReadAllBytes(args[1]))!;
        var done = clock.Elapsed;
        Print(done, done, records.Sum(r => r.Paragraphs.Count), done, records.Sum(r => r.Paragraphs.Sum(p => p.Length)));
        break;
    }

    case "json-sg":
    {
        var records = JsonSerializer.Deserialize(File.ReadAllBytes(args[1]), RecordJsonContext.Default.DialogueRecordArray)!;
        var done = clock.Elapsed;
        Print(done, done, records.Sum(r => r.Paragraphs.Count), done, records.Sum(r => r.Paragraphs.Sum(p => p.Length)));
        break;
    }

    case "runtime":
        Console.WriteLine(typeof(Dialogue).Assembly.Location);
        break;

    case "export":
        File.WriteAllBytes(args[1], JsonSerializer.SerializeToUtf8Bytes(Dialogues.All.Select(DialogueRecord.From).ToArray(), RecordJsonContext.Default.DialogueRecordArray));
        Console.WriteLine(Dialogues.All.Count);
        break;
}

static void Print(TimeSpan first, TimeSpan all, int paragraphs, TimeSpan text, int chars)
    => Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{first.TotalMicroseconds:F0}\t{all.TotalMicroseconds:F0}\t{paragraphs}\t{text.TotalMicroseconds:F0}\t{chars}"));

using System;
using System.Collections.Generic;

namespace DefenseDialogues.Storage;

/// <summary>
/// The compact form in which generated code stores each <see cref="Meeting"/>: the marker
/// <see cref="PayloadFormat.MeetingMarker"/>, the indexes of its articles (a run), the kind, the edition
/// (or null), then its dates (each a partial date and the run of articles stating it) and its places
/// (each a string and a run). A meeting of one article has a null after its run instead: its kind,
/// edition, date and place are that article's.
/// </summary>
internal static class MeetingPayload
{
    /// <summary>Decodes a meeting whose indexes point into <paramref name="dialogues"/>.</summary>
    /// <exception cref="FormatException">The payload is malformed or describes an invalid meeting.</exception>
    public static Meeting Decode(ReadOnlySpan<byte> utf8Payload, IReadOnlyList<Dialogue> dialogues)
    {
        var reader = new PayloadReader(utf8Payload, PayloadFormat.MeetingMarker, "meeting");
        try
        {
            var articles = ReadArticles(ref reader, dialogues);
            if (articles.Count == 1 && reader.TryReadNull())
            {
                reader.ReadEnd();
                return Single(articles);
            }

            var kind = (DialogueKind)reader.ReadInt();
            var edition = reader.ReadNullableInt();
            var dates = new MeetingFact<PartialDate>[reader.ReadListHeader()];
            for (var i = 0; i < dates.Length; i++)
            {
                reader.ReadTupleHeader(PayloadFormat.PartialDateArity);
                var date = new PartialDate(reader.ReadNullableInt(), reader.ReadNullableInt(), reader.ReadNullableInt());
                dates[i] = new MeetingFact<PartialDate>(date, ReadArticles(ref reader, dialogues), Meeting.DateEvidence);
            }

            var places = new MeetingFact<string>[reader.ReadListHeader()];
            for (var i = 0; i < places.Length; i++)
            {
                var place = reader.ReadString();
                places[i] = new MeetingFact<string>(place, ReadArticles(ref reader, dialogues), Meeting.LocationEvidence);
            }

            reader.ReadEnd();
            return new Meeting(articles, kind, edition, ReadOnlyArray<MeetingFact<PartialDate>>.Own(dates), ReadOnlyArray<MeetingFact<string>>.Own(places));
        }
        catch (ArgumentException invalid)
        {
            throw reader.Error(invalid.Message, invalid);
        }
    }

    /// <summary>The meeting only <paramref name="articles"/>' one article reports: its facts, stated by it.</summary>
    private static Meeting Single(DialogueView articles)
    {
        var article = articles[0];
        var dates = article.HeldOn is { } date
            ? ReadOnlyArray<MeetingFact<PartialDate>>.Own([new MeetingFact<PartialDate>(date, articles, Meeting.DateEvidence)])
            : ReadOnlyArray<MeetingFact<PartialDate>>.None;
        var places = article.Location is { } place
            ? ReadOnlyArray<MeetingFact<string>>.Own([new MeetingFact<string>(place, articles, Meeting.LocationEvidence)])
            : ReadOnlyArray<MeetingFact<string>>.None;
        return new Meeting(articles, article.Kind, article.Edition, dates, places);
    }

    private static DialogueView ReadArticles(ref PayloadReader reader, IReadOnlyList<Dialogue> dialogues)
    {
        var indexes = new int[reader.ReadIntRunHeader()];
        for (var i = 0; i < indexes.Length; i++)
        {
            indexes[i] = reader.ReadRunInt();
            if ((uint)indexes[i] >= (uint)dialogues.Count)
            {
                throw reader.Error("article index " + indexes[i].ToString(System.Globalization.CultureInfo.InvariantCulture) + " is not in the dataset");
            }
        }

        return new DialogueView(dialogues, indexes);
    }
}

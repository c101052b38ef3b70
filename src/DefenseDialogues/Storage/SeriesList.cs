using System;
using System.Collections;
using System.Collections.Generic;
using System.ComponentModel;

namespace DefenseDialogues.Storage
{
    /// <summary>The list behind a generated <c>Meetings.Series</c>: each series built on first access. For generated code.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public sealed class SeriesList : IReadOnlyList<DialogueSeries>
    {
        private readonly MeetingList _meetings;
        private readonly int[][] _series;
        private readonly DialogueSeries?[] _items;
        private readonly Func<int, DialogueSeries> _create;

        /// <summary>Creates the list.</summary>
        /// <param name="meetings">The dataset's meetings.</param>
        /// <param name="series">For each series, its meeting indexes in date order.</param>
        public SeriesList(MeetingList meetings, int[][] series)
        {
            _meetings = Guard.NotNull(meetings, nameof(meetings));
            _series = Guard.NotNull(series, nameof(series));
            _items = new DialogueSeries?[series.Length];
            _create = i => _meetings.Series(_series[i]);
        }

        /// <inheritdoc />
        public int Count => _items.Length;

        /// <inheritdoc />
        public DialogueSeries this[int index] => LazySlots.Get(_items, index, _create);

        /// <summary>The series with <paramref name="partner"/> among their counterparts, in list order.</summary>
        /// <param name="partner">A partner, e.g. <c>Partners.Japan</c>.</param>
        public IReadOnlyList<DialogueSeries> With(Partner? partner)
        {
            var hits = new List<DialogueSeries>();
            if (partner is not null)
            {
                foreach (var series in this)
                {
                    foreach (var p in series.Partners)
                    {
                        if (p.Code == partner.Code)
                        {
                            hits.Add(series);
                            break;
                        }
                    }
                }
            }

            return ReadOnlyArray<DialogueSeries>.Own(hits.ToArray());
        }

        /// <inheritdoc />
        public IEnumerator<DialogueSeries> GetEnumerator()
        {
            for (var i = 0; i < _items.Length; i++)
            {
                yield return this[i];
            }
        }

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }
}

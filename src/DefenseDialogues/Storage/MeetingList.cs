using System;
using System.Collections;
using System.Collections.Generic;
using System.ComponentModel;

namespace DefenseDialogues.Storage
{
    /// <summary>
    /// The list behind a generated <c>Meetings.All</c>: each meeting decoded from its payload on first
    /// access, then kept; the meeting of each dialogue and the meetings' timeline were computed at build
    /// time. For generated code; use it through <c>Meetings</c>.
    /// </summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public sealed class MeetingList : IReadOnlyList<Meeting>
    {
        private readonly PayloadTable _payloads;
        private readonly Func<IReadOnlyList<Dialogue>> _dialogues;
        private readonly int[] _meetingOf;
        private readonly int[] _timeline;
        private readonly int[] _rank;
        private readonly Meeting?[] _items;
        private readonly Func<int, Meeting> _decode;

        /// <summary>Creates the list over the generated meeting payloads.</summary>
        /// <param name="payloads">One payload per meeting, ordered by first article.</param>
        /// <param name="dialogues">Returns the dataset's dialogues (a generated <c>Dialogues.All</c>), which the payloads index.</param>
        /// <param name="meetingOf">For each dialogue, its meeting's index.</param>
        /// <param name="timeline">Meeting indexes in date order.</param>
        public MeetingList(PayloadTable payloads, Func<IReadOnlyList<Dialogue>> dialogues, int[] meetingOf, int[] timeline)
        {
            _payloads = Guard.NotNull(payloads, nameof(payloads));
            _dialogues = Guard.NotNull(dialogues, nameof(dialogues));
            _meetingOf = Guard.NotNull(meetingOf, nameof(meetingOf));
            _timeline = Guard.NotNull(timeline, nameof(timeline));
            _items = new Meeting?[payloads.Count];
            if (timeline.Length != _items.Length)
            {
                throw new ArgumentException("The timeline must list every meeting once.", nameof(timeline));
            }

            _rank = new int[timeline.Length];
            for (var i = 0; i < timeline.Length; i++)
            {
                if ((uint)timeline[i] >= (uint)_rank.Length)
                {
                    throw new ArgumentException("The timeline lists a meeting that does not exist.", nameof(timeline));
                }

                _rank[timeline[i]] = i;
            }

            foreach (var m in meetingOf)
            {
                if ((uint)m >= (uint)_items.Length)
                {
                    throw new ArgumentException("A dialogue's meeting does not exist.", nameof(meetingOf));
                }
            }

            _decode = Decode;
            Timeline = new MeetingView(this, timeline);
        }

        /// <inheritdoc />
        public int Count => _items.Length;

        /// <inheritdoc />
        public Meeting this[int index] => LazySlots.Get(_items, index, _decode);

        /// <summary>Every meeting in date order.</summary>
        public IReadOnlyList<Meeting> Timeline { get; }

        /// <summary>The meeting of the dialogue at <paramref name="dialogueIndex"/> of the dataset.</summary>
        /// <param name="dialogueIndex">A position in <c>Dialogues.All</c>.</param>
        public Meeting OfDialogue(int dialogueIndex) => this[_meetingOf[dialogueIndex]];

        /// <summary>The meeting that <paramref name="dialogue"/> reports, or null for a dialogue not of this dataset.</summary>
        /// <param name="dialogue">A dialogue.</param>
        public Meeting? Of(Dialogue? dialogue)
            => dialogue is not null && dialogue.Position >= 0 && dialogue.Position < _meetingOf.Length && ReferenceEquals(dialogue.Owner, _dialogues())
                ? OfDialogue(dialogue.Position)
                : null;

        /// <summary>The meetings that <paramref name="dialogues"/> report, each once, in date order.</summary>
        /// <param name="dialogues">Dialogues of this dataset (e.g. a lookup of <c>Dialogues</c>).</param>
        public IReadOnlyList<Meeting> Of(IReadOnlyList<Dialogue> dialogues)
        {
            Guard.NotNull(dialogues, nameof(dialogues));
            var seen = new HashSet<int>();
            var hits = new List<int>();
            var all = _dialogues();
            foreach (var dialogue in dialogues)
            {
                if (dialogue is not null && ReferenceEquals(dialogue.Owner, all) && (uint)dialogue.Position < (uint)_meetingOf.Length && seen.Add(_meetingOf[dialogue.Position]))
                {
                    hits.Add(_meetingOf[dialogue.Position]);
                }
            }

            hits.Sort((a, b) => _rank[a].CompareTo(_rank[b]));
            return new MeetingView(this, hits.ToArray());
        }

        /// <summary>The series whose meetings are at <paramref name="meetings"/> (in date order).</summary>
        /// <param name="meetings">Meeting indexes.</param>
        public DialogueSeries Series(int[] meetings) => new DialogueSeries(new MeetingView(this, Guard.NotNull(meetings, nameof(meetings))));

        /// <inheritdoc />
        public IEnumerator<Meeting> GetEnumerator()
        {
            for (var i = 0; i < _items.Length; i++)
            {
                yield return this[i];
            }
        }

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

        private Meeting Decode(int index) => MeetingPayload.Decode(_payloads[index], _dialogues());

        /// <summary>Meetings of the list at fixed indexes.</summary>
        private sealed class MeetingView : IReadOnlyList<Meeting>
        {
            private readonly MeetingList _list;
            private readonly int[] _indexes;

            public MeetingView(MeetingList list, int[] indexes)
            {
                _list = list;
                _indexes = indexes;
            }

            public int Count => _indexes.Length;

            public Meeting this[int index] => _list[_indexes[index]];

            public IEnumerator<Meeting> GetEnumerator()
            {
                foreach (var i in _indexes)
                {
                    yield return _list[i];
                }
            }

            IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
        }
    }
}

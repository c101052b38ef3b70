using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using System.Threading.Tasks;

namespace DefenseDialogues.Generator.Pipeline;

/// <summary>
/// A pure function's result for one item of a per-item step, computed once on first use and then kept
/// with the item. Roslyn runs a step's items one after the other, and nothing else of the compile starts
/// before the generator ends, so a per-item step alone would leave every core but one idle on a cold
/// build of thousands of files. Instead the per-item step only creates this (cheap) and the step over
/// the collected items computes all that are not there yet at once (<see cref="Deferred.ComputeAll"/>).
/// </summary>
/// <remarks>
/// Equality is the input's: the function is pure, so equal inputs give equal results, and Roslyn's
/// caching stays per item: an item whose input did not change is the same object in the next run, its
/// result already there; only a new or changed item's result is computed again.
/// </remarks>
internal sealed class Deferred<TInput, TResult> : IEquatable<Deferred<TInput, TResult>>
    where TResult : class
{
    private readonly Func<TInput, CancellationToken, TResult> _compute;
    private readonly object _gate = new();
    private TResult? _result;

    /// <summary>Defers <paramref name="compute"/> over <paramref name="input"/>.</summary>
    public Deferred(TInput input, Func<TInput, CancellationToken, TResult> compute)
    {
        Input = input;
        _compute = compute;
    }

    /// <summary>What the result is computed from, and what the item's equality compares.</summary>
    public TInput Input { get; }

    /// <summary>Whether the result is there already.</summary>
    public bool IsComputed => Volatile.Read(ref _result) is not null;

    /// <summary>
    /// The result, computed now if it is not there yet. A computation that is cancelled or throws stores
    /// nothing, so the next call computes again (and throws again, where the step that reads it reports it).
    /// </summary>
    public TResult Get(CancellationToken cancellationToken)
    {
        if (Volatile.Read(ref _result) is { } done)
        {
            return done;
        }

        lock (_gate)
        {
            if (_result is null)
            {
                var result = _compute(Input, cancellationToken);
                Volatile.Write(ref _result, result);
            }

            return _result!;
        }
    }

    /// <inheritdoc />
    public bool Equals(Deferred<TInput, TResult>? other)
        => other is not null && (ReferenceEquals(this, other) || EqualityComparer<TInput>.Default.Equals(Input, other.Input));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Deferred<TInput, TResult>);

    /// <inheritdoc />
    public override int GetHashCode() => Input is null ? 0 : EqualityComparer<TInput>.Default.GetHashCode(Input);
}

/// <summary>Computes deferred results together.</summary>
internal static class Deferred
{
    /// <summary>Fewer pending items than this are left to their readers: a thread hand-off costs more.</summary>
    private const int ParallelFrom = 4;

    /// <summary>
    /// Every item's result, in the items' order, those not there yet computed first by <see cref="ComputePending"/>.
    /// An item that threw there is computed again here, on the calling thread, and throws to the step that
    /// called this, as it would have without the threads.
    /// </summary>
    public static ImmutableArray<TResult> ComputeAll<TInput, TResult>(ImmutableArray<Deferred<TInput, TResult>> items, CancellationToken cancellationToken)
        where TResult : class
    {
        ComputePending(items, cancellationToken);
        var results = ImmutableArray.CreateBuilder<TResult>(items.Length);
        foreach (var item in items)
        {
            results.Add(item.Get(cancellationToken));
        }

        return results.MoveToImmutable();
    }

    /// <summary>
    /// Computes the results not there yet on the thread pool (as many threads as there are cores). Each
    /// result is its own item's, so the order they are computed in changes nothing. An item that throws
    /// stores nothing: whoever reads it next computes it again and gets the exception there.
    /// </summary>
    public static void ComputePending<TInput, TResult>(ImmutableArray<Deferred<TInput, TResult>> items, CancellationToken cancellationToken)
        where TResult : class
    {
        var pending = new List<Deferred<TInput, TResult>>();
        foreach (var item in items)
        {
            if (!item.IsComputed)
            {
                pending.Add(item);
            }
        }

        if (pending.Count < ParallelFrom)
        {
            return;
        }

        var options = new ParallelOptions { CancellationToken = cancellationToken };
        Parallel.For(0, pending.Count, options, i =>
        {
            try
            {
                pending[i].Get(cancellationToken);
            }
            catch (Exception)
            {
                // Nothing is stored; the reader gets the exception. Cancellation ends the loop
                // (Parallel.For throws OperationCanceledException).
            }
        });
    }
}

using System.Collections.Concurrent;
using System.Collections.Immutable;
using DefenseDialogues.Generator.Pipeline;
using Xunit;

namespace DefenseDialogues.Tests.Generator;

/// <summary>
/// The per-item results the pipeline computes together (extraction, block formatting): computed once,
/// equal by input, each item's own result whatever thread computed it, and a failure stores nothing.
/// </summary>
public class DeferredTests
{
    [Fact]
    public void Computes_once_and_keeps_the_result()
    {
        var calls = 0;
        var item = new Deferred<string, string>("a", (input, _) => { Interlocked.Increment(ref calls); return input + "!"; });
        Assert.False(item.IsComputed);
        Assert.Equal("a!", item.Get(default));
        Assert.Same(item.Get(default), item.Get(default));
        Assert.True(item.IsComputed);
        Assert.Equal(1, calls);
    }

    [Fact]
    public void Equality_is_the_inputs_whatever_was_computed()
    {
        static string Compute(string input, CancellationToken _) => input.ToUpperInvariant();
        var a = new Deferred<string, string>("x", Compute);
        var b = new Deferred<string, string>("x", Compute);
        a.Get(default);
        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a, new Deferred<string, string>("y", Compute));
        Assert.False(b.IsComputed);
    }

    [Fact]
    public void ComputeAll_computes_every_pending_item_once_with_its_own_result_and_leaves_computed_ones()
    {
        var calls = new ConcurrentDictionary<int, int>();
        string Compute(int input, CancellationToken _)
        {
            calls.AddOrUpdate(input, 1, (_, n) => n + 1);
            Thread.SpinWait(1000);
            return "r" + input;
        }

        var items = Enumerable.Range(0, 200).Select(i => new Deferred<int, string>(i, Compute)).ToImmutableArray();
        items[7].Get(default);

        var results = Deferred.ComputeAll(items, default);

        Assert.All(items, item => Assert.True(item.IsComputed));
        Assert.Equal(Enumerable.Range(0, 200).Select(i => "r" + i), results);
        Assert.Equal(results, items.Select(item => item.Get(default)));
        Assert.Equal(200, calls.Count);
        Assert.All(calls.Values, n => Assert.Equal(1, n));
    }

    [Fact]
    public void A_throwing_item_stores_nothing_and_throws_again_where_it_is_read_the_others_are_computed()
    {
        var attempts = 0;
        string Compute(int input, CancellationToken _)
            => input == 3 ? throw new InvalidOperationException("bad " + Interlocked.Increment(ref attempts)) : "r" + input;
        var items = Enumerable.Range(0, 10).Select(i => new Deferred<int, string>(i, Compute)).ToImmutableArray();

        Deferred.ComputePending(items, default);

        Assert.False(items[3].IsComputed);
        Assert.Equal(9, items.Count(item => item.IsComputed));
        var thrown = Assert.Throws<InvalidOperationException>(() => items[3].Get(default));
        Assert.Equal("bad 2", thrown.Message);

        // Gathering the results throws it to the step that gathers, the others kept.
        Assert.Equal("bad 3", Assert.Throws<InvalidOperationException>(() => Deferred.ComputeAll(items, default)).Message);
        Assert.Equal(9, items.Count(item => item.IsComputed));
    }

    [Fact]
    public void Cancellation_throws_and_stores_nothing_for_the_cancelled_items()
    {
        using var cancel = new CancellationTokenSource();
        string Compute(int input, CancellationToken ct)
        {
            if (input == 0)
            {
                cancel.Cancel();
            }

            ct.ThrowIfCancellationRequested();
            return "r" + input;
        }

        var items = Enumerable.Range(0, 50).Select(i => new Deferred<int, string>(i, Compute)).ToImmutableArray();
        Assert.ThrowsAny<OperationCanceledException>(() => Deferred.ComputePending(items, cancel.Token));
        Assert.False(items[0].IsComputed);
        Assert.Equal("r0", items[0].Get(default)); // computed again, uncancelled this time
    }

    [Fact]
    public void A_few_items_are_left_to_be_computed_where_they_are_read()
    {
        var items = Enumerable.Range(0, 2).Select(i => new Deferred<int, string>(i, (n, _) => "r" + n)).ToImmutableArray();
        Deferred.ComputePending(items, default);
        Assert.All(items, item => Assert.False(item.IsComputed));
        Assert.Equal("r1", items[1].Get(default));
    }
}

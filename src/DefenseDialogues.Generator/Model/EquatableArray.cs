using System;
using System.Collections;
using System.Collections.Generic;

namespace DefenseDialogues.Generator.Model;

/// <summary>
/// An immutable array with value equality, so that pipeline models holding collections
/// compare equal when their contents do and the incremental driver can cache them. A
/// <c>default</c> instance is empty.
/// </summary>
/// <remarks>
/// Elements must compare by value. The constraint <c>where T : IEquatable&lt;T&gt;</c> cannot say so
/// here, as enums (<see cref="Topic"/>) do not implement it: PipelineModelTests checks every element type.
/// </remarks>
internal readonly struct EquatableArray<T> : IEquatable<EquatableArray<T>>, IReadOnlyList<T>
{
    private readonly T[]? _items;

    public EquatableArray(T[] items) => _items = items;

    public EquatableArray(IEnumerable<T> items) => _items = System.Linq.Enumerable.ToArray(items);

    public static EquatableArray<T> Empty => new(Array.Empty<T>());

    public int Count => _items?.Length ?? 0;

    public bool IsEmpty => Count == 0;

    public T this[int index] => Items[index];

    public ReadOnlySpan<T> AsSpan() => _items.AsSpan();

    private T[] Items => _items ?? Array.Empty<T>();

    public bool Equals(EquatableArray<T> other) => ValueEquality.SequenceEqual<T>(Items, other.Items);

    public override bool Equals(object? obj) => obj is EquatableArray<T> other && Equals(other);

    public override int GetHashCode() => ValueEquality.SequenceHash<T>(Items);

    public static bool operator ==(EquatableArray<T> left, EquatableArray<T> right) => left.Equals(right);

    public static bool operator !=(EquatableArray<T> left, EquatableArray<T> right) => !left.Equals(right);

    public IEnumerator<T> GetEnumerator() => ((IEnumerable<T>)Items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}

/// <summary>Helpers to build <see cref="EquatableArray{T}"/> values.</summary>
internal static class EquatableArray
{
    public static EquatableArray<T> From<T>(IEnumerable<T> items) => new(items);
}

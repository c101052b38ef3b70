using System.Reflection;
using DefenseDialogues.Generator.Model;
using Microsoft.CodeAnalysis;
using Xunit;

namespace DefenseDialogues.Tests.Generator;

/// <summary>
/// Models flowing through the pipeline must be plain data with value equality: a Compilation,
/// symbol, syntax node or AdditionalText inside one would defeat caching (and keep compilations alive).
/// </summary>
public class PipelineModelTests
{
    private static readonly Type[] Roots =
        [typeof(SeedFile), typeof(ExtractionResult), typeof(ExtractedArticle), typeof(CorpusModel), typeof(CorpusIndexModel), typeof(GeneratorOptions), typeof(EmitTarget), typeof(StorageCheck), typeof(EmitSettings), typeof(RecordBlock), typeof(PeopleModel), typeof(ReportModel)];

    private static readonly Type[] Forbidden =
        [typeof(Compilation), typeof(ISymbol), typeof(SyntaxNode), typeof(SyntaxTree), typeof(AdditionalText), typeof(SemanticModel)];

    [Fact]
    public void No_model_reachable_from_the_pipeline_holds_a_roslyn_object()
    {
        foreach (var type in Reachable())
        {
            foreach (var forbidden in Forbidden)
            {
                Assert.False(forbidden.IsAssignableFrom(type), $"{type} is a {forbidden.Name}");
            }

            Assert.False(type == typeof(object), "a model holds an untyped object");
        }
    }

    [Fact]
    public void Every_model_type_has_value_equality()
    {
        foreach (var type in Reachable().Where(t => t.Namespace == typeof(SeedFile).Namespace && !t.IsEnum))
        {
            var equatable = typeof(IEquatable<>).MakeGenericType(type);
            Assert.True(equatable.IsAssignableFrom(type), $"{type} does not implement IEquatable<{type.Name}>");
        }
    }

    [Fact]
    public void Every_equatable_array_compares_its_elements_by_value()
    {
        // EquatableArray<T> cannot say "where T : IEquatable<T>": the models hold arrays of enums
        // (Topic, LegalReference), which do not implement it. So every element type is checked here.
        var elements = Reachable()
            .Where(t => t.IsGenericType && t.GetGenericTypeDefinition() == typeof(EquatableArray<>))
            .Select(t => t.GetGenericArguments()[0])
            .ToArray();
        Assert.Contains(typeof(DialogueModel), elements);
        foreach (var element in elements)
        {
            Assert.True(
                element.IsEnum || typeof(IEquatable<>).MakeGenericType(element).IsAssignableFrom(element),
                $"EquatableArray<{element.Name}> would compare {element.Name} by reference");
        }
    }

    [Fact]
    public void A_default_equatable_array_behaves_as_empty()
    {
        var none = default(EquatableArray<string>);
        Assert.True(none.IsEmpty);
        Assert.Empty(none);
        Assert.Equal(EquatableArray<string>.Empty, none);
        Assert.Equal(EquatableArray<string>.Empty.GetHashCode(), none.GetHashCode());
        Assert.Throws<IndexOutOfRangeException>(() => none[0]);
    }

    [Fact]
    public void The_walk_sees_the_nested_models()
    {
        var seen = Reachable();
        Assert.Contains(typeof(DialogueModel), seen);
        Assert.Contains(typeof(ParticipantModel), seen);
        Assert.Contains(typeof(DiagnosticInfo), seen);
    }

    /// <summary>Every type reachable through instance fields (and collection element types) from the roots.</summary>
    private static HashSet<Type> Reachable()
    {
        var seen = new HashSet<Type>();
        var queue = new Queue<Type>(Roots);
        while (queue.Count > 0)
        {
            var type = queue.Dequeue();
            if (!seen.Add(type) || type.IsPrimitive || type == typeof(string))
            {
                continue;
            }

            if (type.IsArray)
            {
                queue.Enqueue(type.GetElementType()!);
                continue;
            }

            foreach (var arg in type.IsGenericType ? type.GetGenericArguments() : [])
            {
                queue.Enqueue(arg);
            }

            // EquatableArray<T> compares its elements; walk T, not its backing array.
            if (type.Namespace?.StartsWith("System", StringComparison.Ordinal) == true
                || (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(EquatableArray<>)))
            {
                continue; // Nullable<T>, ValueTuple<…>, EquatableArray<T>: their arguments were queued above.
            }

            foreach (var field in type.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic))
            {
                queue.Enqueue(field.FieldType);
            }
        }

        return seen;
    }
}

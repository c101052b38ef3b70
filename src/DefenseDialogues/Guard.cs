using System;
using System.Collections.Generic;
using System.Globalization;

namespace DefenseDialogues
{
    /// <summary>Argument checks shared by the record constructors.</summary>
    internal static class Guard
    {
        /// <summary>Throws <see cref="ArgumentNullException"/> when <paramref name="value"/> is null.</summary>
        public static T NotNull<T>(T? value, string parameterName)
            where T : class
            => value ?? throw new ArgumentNullException(parameterName);

        /// <summary>The value, when declared; otherwise an <see cref="ArgumentOutOfRangeException"/>.</summary>
        public static DialogueKind Defined(DialogueKind value, string parameterName)
            => (uint)value < DeclaredValues.DialogueKinds ? value : throw Undefined(parameterName, value, nameof(DialogueKind));

        /// <summary>The value, when declared; otherwise an <see cref="ArgumentOutOfRangeException"/>.</summary>
        public static PartnershipLevel Defined(PartnershipLevel value, string parameterName)
            => (uint)value < DeclaredValues.PartnershipLevels ? value : throw Undefined(parameterName, value, nameof(PartnershipLevel));

        /// <summary>The value, when declared; otherwise an <see cref="ArgumentOutOfRangeException"/>.</summary>
        public static EvidenceField Defined(EvidenceField value, string parameterName)
            => (uint)value < DeclaredValues.EvidenceFields ? value : throw Undefined(parameterName, value, nameof(EvidenceField));

        /// <summary>The value, when declared; otherwise an <see cref="ArgumentOutOfRangeException"/>.</summary>
        public static ArticlePart Defined(ArticlePart value, string parameterName)
            => (uint)value < DeclaredValues.ArticleParts ? value : throw Undefined(parameterName, value, nameof(ArticlePart));

        /// <summary>The value, when declared; otherwise an <see cref="ArgumentOutOfRangeException"/>.</summary>
        public static Topic Defined(Topic value, string parameterName)
            => (uint)value < DeclaredValues.Topics ? value : throw Undefined(parameterName, value, nameof(Topic));

        /// <summary>The value, when declared; otherwise an <see cref="ArgumentOutOfRangeException"/>.</summary>
        public static LegalReference Defined(LegalReference value, string parameterName)
            => (uint)value < DeclaredValues.LegalReferences ? value : throw Undefined(parameterName, value, nameof(LegalReference));

        /// <summary>The list, when every value is declared; otherwise an <see cref="ArgumentOutOfRangeException"/> naming the first that is not.</summary>
        public static IReadOnlyList<Topic> AllDefined(IReadOnlyList<Topic> values, string parameterName)
        {
            for (var i = 0; i < values.Count; i++)
            {
                Defined(values[i], parameterName + "[" + i.ToString(CultureInfo.InvariantCulture) + "]");
            }

            return values;
        }

        /// <summary>The list, when every value is declared; otherwise an <see cref="ArgumentOutOfRangeException"/> naming the first that is not.</summary>
        public static IReadOnlyList<LegalReference> AllDefined(IReadOnlyList<LegalReference> values, string parameterName)
        {
            for (var i = 0; i < values.Count; i++)
            {
                Defined(values[i], parameterName + "[" + i.ToString(CultureInfo.InvariantCulture) + "]");
            }

            return values;
        }

        private static ArgumentOutOfRangeException Undefined(string parameterName, object value, string type)
            => new ArgumentOutOfRangeException(parameterName, value, "Not a " + type + " value.");
    }
}

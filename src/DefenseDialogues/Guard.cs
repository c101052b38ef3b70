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

        /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> when <paramref name="value"/> is not a declared member of its enum.</summary>
        public static T Defined<T>(T value, string parameterName)
            where T : struct, Enum
        {
#if NET
            var defined = Enum.IsDefined(value);
#else
            var defined = Enum.IsDefined(typeof(T), value);
#endif
            return defined ? value : throw new ArgumentOutOfRangeException(parameterName, value, "Not a " + typeof(T).Name + " value.");
        }

        /// <summary>Checks every element with <see cref="Defined{T}(T, string)"/>.</summary>
        public static IReadOnlyList<T> AllDefined<T>(IReadOnlyList<T> values, string parameterName)
            where T : struct, Enum
        {
            for (var i = 0; i < values.Count; i++)
            {
                Defined(values[i], parameterName + "[" + i.ToString(CultureInfo.InvariantCulture) + "]");
            }

            return values;
        }
    }
}

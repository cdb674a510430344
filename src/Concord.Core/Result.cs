namespace Concord.Core;

/// <summary>An expected failure: a stable code (used in ProblemDetails "type" and UI resource keys) and a sentence for operators.</summary>
public sealed record Error(string Code, string Message, string? Field = null)
{
    public override string ToString() => Field is null ? $"{Code}: {Message}" : $"{Code} ({Field}): {Message}";
}

/// <summary>The outcome of a use case: a value or one or more errors.</summary>
public readonly struct Result<T>
{
    private readonly T? _value;

    private Result(T value)
    {
        _value = value;
        Errors = [];
    }

    private Result(IReadOnlyList<Error> errors)
    {
        _value = default;
        Errors = errors;
    }

    public IReadOnlyList<Error> Errors { get; }
    public bool IsSuccess => Errors is null || Errors.Count == 0;

    public T Value => IsSuccess ? _value! : throw new InvalidOperationException("A failed result has no value: " + string.Join("; ", Errors));

    public static Result<T> Success(T value) => new(value);
    public static Result<T> Failure(params Error[] errors) => new(errors);
    public static Result<T> Failure(IReadOnlyList<Error> errors) => new(errors);

    public static implicit operator Result<T>(T value) => Success(value);
    public static implicit operator Result<T>(Error error) => Failure(error);
}

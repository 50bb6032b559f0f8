namespace HelpBuilder.Validation;

/// <summary>One reason the help cannot be built: which file (or cmdlet) and what is wrong with it.</summary>
public sealed record HelpProblem(string Where, string Message)
{
    public override string ToString() => $"{Where}: {Message}";
}

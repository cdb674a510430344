using Concord.Core.Audit;

namespace Concord.Core.Access;

/// <summary>Everything a use case needs to know about who calls it: the subject for the access policy and the actor for the audit log.</summary>
public sealed record Caller(Subject Subject, Actor Actor, string Client)
{
    public static readonly Caller Anonymous = new(Subject.Anonymous, Actor.Anonymous, "");
    public static readonly Caller System = new(new Subject("system", "", null, Role.Administrator), Actor.System, "");
}

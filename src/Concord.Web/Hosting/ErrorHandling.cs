using Concord.Core;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace Concord.Web.Hosting;

/// <summary>
/// One error format at the edge: RFC 9457 ProblemDetails with a stable type URI "urn:concord:problem:&lt;code&gt;"
/// and the code in "code". Nothing internal (stack traces, exception messages) leaves the node outside Development.
/// </summary>
public static class ErrorHandling
{
    public const string TypePrefix = "urn:concord:problem:";

    public static IServiceCollection AddConcordProblemDetails(this IServiceCollection services) =>
        services.AddProblemDetails(o => o.CustomizeProblemDetails = ctx =>
        {
            var problem = ctx.ProblemDetails;
            if (problem.Type is null || problem.Type.StartsWith("https://tools.ietf.org", StringComparison.Ordinal))
            {
                var code = CodeForStatus(problem.Status ?? 500);
                problem.Type = TypePrefix + code;
                problem.Extensions.TryAdd("code", code);
            }
            problem.Extensions.Remove("traceId");
        });

    public static WebApplication UseConcordErrors(this WebApplication app)
    {
        if (app.Environment.IsDevelopment())
        {
            app.UseDeveloperExceptionPage();
        }
        else
        {
            app.UseExceptionHandler(new ExceptionHandlerOptions
            {
                StatusCodeSelector = _ => StatusCodes.Status500InternalServerError,
                ExceptionHandler = async context =>
                {
                    if (IsApi(context.Request))
                    {
                        await WriteProblemAsync(context, StatusCodes.Status500InternalServerError, "internal-error", "The node could not complete the request.");
                    }
                    else
                    {
                        context.Response.Redirect("/Error");
                    }
                },
            });
        }
        app.UseStatusCodePages(async ctx =>
        {
            if (IsApi(ctx.HttpContext.Request))
            {
                var status = ctx.HttpContext.Response.StatusCode;
                await WriteProblemAsync(ctx.HttpContext, status, CodeForStatus(status), null);
            }
        });
        return app;
    }

    public static bool IsApi(HttpRequest request) => request.Path.StartsWithSegments("/api/v1", StringComparison.OrdinalIgnoreCase);

    private static async Task WriteProblemAsync(HttpContext context, int status, string code, string? detail)
    {
        var problems = context.RequestServices.GetRequiredService<IProblemDetailsService>();
        context.Response.StatusCode = status;
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = new ProblemDetails
            {
                Status = status,
                Type = TypePrefix + code,
                Title = TitleForStatus(status),
                Detail = detail,
                Extensions = { ["code"] = code },
            },
        });
    }

    /// <summary>Maps the errors of a failed use case to a ProblemDetails response.</summary>
    public static IResult Problem(IReadOnlyList<Error> errors, HttpContext? context = null)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var first = errors[0];
        var status = StatusFor(first.Code);
        var problem = new ProblemDetails
        {
            Status = status,
            Type = TypePrefix + first.Code,
            Title = TitleForStatus(status),
            Detail = first.Message,
            Extensions = { ["code"] = first.Code },
        };
        if (errors.Count > 1 || first.Field is not null)
        {
            problem.Extensions["errors"] = errors.Select(e => new { code = e.Code, field = e.Field, message = e.Message }).ToList();
        }
        _ = context;
        return TypedResults.Problem(problem);
    }

    private static int StatusFor(string code) => code switch
    {
        "access-denied" => StatusCodes.Status403Forbidden,
        "not-found" or "unknown-state" or "unknown-matter" => StatusCodes.Status404NotFound,
        "conflict" => StatusCodes.Status409Conflict,
        "import-too-large" => StatusCodes.Status413PayloadTooLarge,
        "index-loading" => StatusCodes.Status503ServiceUnavailable,
        _ => StatusCodes.Status400BadRequest,
    };

    private static string CodeForStatus(int status) => status switch
    {
        400 => "bad-request",
        401 => "not-authenticated",
        403 => "access-denied",
        404 => "not-found",
        405 => "method-not-allowed",
        409 => "conflict",
        413 => "payload-too-large",
        415 => "unsupported-media-type",
        422 => "validation-failed",
        429 => "too-many-requests",
        503 => "unavailable",
        _ when status >= 500 => "internal-error",
        _ => "error",
    };

    private static string TitleForStatus(int status) => status switch
    {
        400 => "The request is not valid.",
        401 => "Sign in or present an API token.",
        403 => "You may not do this.",
        404 => "Not found.",
        409 => "The request conflicts with the current state.",
        _ when status >= 500 => "The node could not complete the request.",
        _ => "The request failed.",
    };
}

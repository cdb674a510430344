using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Concord.Web.Hosting;

/// <summary>Title, description and the bearer-token security scheme of the OpenAPI document.</summary>
internal sealed class OpenApiDocumentInfo : IOpenApiDocumentTransformer
{
    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Info = new OpenApiInfo
        {
            Title = "Concord node API",
            Version = "v1",
            Description = "REST API of a Concord node (SCO security cooperation). Authenticate with an API token: "
                + "`Authorization: Bearer ccd_...`. Errors are RFC 9457 problem details with a stable `type` "
                + "(urn:concord:problem:<code>) and `code`.",
        };
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes["bearer"] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = "bearer",
            Description = "An API token issued to an account (ccd_...).",
        };
        document.Security ??= [];
        document.Security.Add(new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference("bearer", document)] = [] });
        return Task.CompletedTask;
    }
}

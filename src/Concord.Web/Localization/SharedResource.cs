namespace Concord.Web;

/// <summary>The marker for the UI texts in Resources/SharedResource.resx (en), .zh.resx and .ru.resx.</summary>
public sealed class SharedResource;

using System.ComponentModel.DataAnnotations;

namespace Concord.Core.Records;

/// <summary>Settings section "Records". Validated at start-up.</summary>
public sealed class RecordsOptions
{
    public const string Section = "Records";

    /// <summary>Days after the review date during which a record stays in search while the owner reviews it.</summary>
    [Range(0, 365)]
    public int ReviewGraceDays { get; set; } = 30;

    /// <summary>Seed the synthetic demo set and the UN list on a new database; default: the value of Concord:Demo.</summary>
    public bool? DemoData { get; set; }

    /// <summary>How many synthetic persons the demo set holds (organisations, incidents and materials follow from it).</summary>
    [Range(0, 1_000_000)]
    public int DemoPersons { get; set; } = 3000;

    /// <summary>Lowest matcher score shown as a search result.</summary>
    [Range(0.3, 1.0)]
    public double SearchThreshold { get; set; } = 0.72;

    /// <summary>Largest file an import accepts, in bytes.</summary>
    [Range(1024, 1L << 31)]
    public long ImportMaxBytes { get; set; } = 64L << 20;

    /// <summary>Changes kept in the small overlay index before the main index is rebuilt in the background.</summary>
    [Range(1, 1_000_000)]
    public int OverlayLimit { get; set; } = 2000;

    /// <summary>Seconds between checks for records changed by another process (the `concord` command).</summary>
    [Range(1, 3600)]
    public int RefreshSeconds { get; set; } = 5;

    /// <summary>How often the review job runs, in hours.</summary>
    [Range(1, 168)]
    public int ReviewJobHours { get; set; } = 24;
}

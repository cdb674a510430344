using System.Globalization;
using Concord.Core.Access;
using Concord.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Concord.Core.Audit;

public enum TamperKind
{
    Modified,
    Deleted,
    Inserted,
    Reordered,
    ChainBroken,
    HeadMismatch,
}

/// <summary>The first place where the log is not what the node wrote.</summary>
public sealed record TamperFinding(TamperKind Kind, long Sequence, string Message);

public sealed record AuditVerification(long EntriesChecked, long LastSequence, string HeadHash, TamperFinding? FirstProblem)
{
    public bool Intact => FirstProblem is null;
}

/// <summary>
/// Walks the audit chain from the first entry and reports the first modified, deleted, inserted or reordered entry.
/// Optionally checks the head against a value an auditor recorded earlier (<c>sequence:hash</c>), which also
/// catches entries removed from the end or a chain rewritten from some point on.
/// </summary>
public sealed class VerifyAuditLog(ConcordDbContext db, AccessGate gate)
{
    private sealed record Row(long Sequence, string PreviousHash, string StoredHash, string ComputedHash);

    public async Task<Result<AuditVerification>> ExecuteAsync(Caller caller, string? expectedHead = null, CancellationToken cancellationToken = default)
    {
        var decision = await gate.CheckAsync(caller, AccessAction.Verify, new Resource.AuditLog(), expectedHead is null ? "" : "expected-head=" + expectedHead, cancellationToken);
        if (!decision.Allowed)
        {
            return AccessErrors.Denied(decision);
        }
        var rows = new List<Row>();
        await foreach (var entry in db.AuditEntries.AsNoTracking().OrderBy(e => e.Sequence).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            rows.Add(new Row(entry.Sequence, entry.PreviousHash, entry.Hash, AuditCanonical.HashOf(entry)));
        }
        return Verify(rows, expectedHead);
    }

    private static AuditVerification Verify(List<Row> rows, string? expectedHead)
    {
        var positionOfHash = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < rows.Count; i++)
        {
            positionOfHash.TryAdd(rows[i].ComputedHash, i);
        }

        var previous = AuditCanonical.Genesis;
        long expectedSequence = 1;
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            var finding = Check(rows, i, previous, expectedSequence, positionOfHash);
            if (finding is not null)
            {
                return new AuditVerification(i, row.Sequence, previous, finding);
            }
            previous = row.ComputedHash;
            expectedSequence = row.Sequence + 1;
        }

        var last = rows.Count > 0 ? rows[^1].Sequence : 0;
        if (expectedHead is not null && CheckHead(rows, expectedHead) is { } headFinding)
        {
            return new AuditVerification(rows.Count, last, previous, headFinding);
        }
        return new AuditVerification(rows.Count, last, previous, null);
    }

    private static TamperFinding? Check(List<Row> rows, int i, string previous, long expectedSequence, Dictionary<string, int> positionOfHash)
    {
        var row = rows[i];
        var next = i + 1 < rows.Count ? rows[i + 1] : null;
        if (row.Sequence > expectedSequence)
        {
            return new TamperFinding(TamperKind.Deleted, expectedSequence,
                row.Sequence - expectedSequence == 1
                    ? $"entry {N(expectedSequence)} was deleted (the log jumps from {N(expectedSequence - 1)} to {N(row.Sequence)})"
                    : $"entries {N(expectedSequence)} to {N(row.Sequence - 1)} were deleted (the log jumps from {N(expectedSequence - 1)} to {N(row.Sequence)})");
        }
        var chainSkipsThisRow = next is not null && next.PreviousHash == previous;
        if (row.ComputedHash != row.StoredHash)
        {
            return chainSkipsThisRow
                ? new TamperFinding(TamperKind.Inserted, row.Sequence, $"entry {N(row.Sequence)} was inserted: it does not match its hash and the next entry follows the one before it")
                : new TamperFinding(TamperKind.Modified, row.Sequence, $"entry {N(row.Sequence)} was modified: its content no longer matches its hash");
        }
        if (row.PreviousHash == previous)
        {
            return null;
        }
        if (positionOfHash.TryGetValue(row.PreviousHash, out var position) && position > i)
        {
            return new TamperFinding(TamperKind.Reordered, row.Sequence,
                $"entry {N(row.Sequence)} is out of order: it follows entry {N(rows[position].Sequence)}, which is stored after it");
        }
        if (chainSkipsThisRow || (positionOfHash.TryGetValue(row.PreviousHash, out position) && position < i - 1))
        {
            return new TamperFinding(TamperKind.Inserted, row.Sequence,
                $"entry {N(row.Sequence)} was inserted: the chain continues around it");
        }
        return new TamperFinding(TamperKind.ChainBroken, row.Sequence,
            i == 0
                ? $"entry {N(row.Sequence)} does not start the chain: earlier entries were deleted"
                : $"entry {N(row.Sequence)} does not follow entry {N(rows[i - 1].Sequence)}: entry {N(rows[i - 1].Sequence)} was rewritten (its hash recomputed) or an entry between them was deleted");
    }

    private static TamperFinding? CheckHead(List<Row> rows, string expectedHead)
    {
        var parts = expectedHead.Split(':', 2);
        if (parts.Length != 2 || !long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var sequence))
        {
            return new TamperFinding(TamperKind.HeadMismatch, 0, $"the expected head '{expectedHead}' is not of the form SEQUENCE:HASH");
        }
        var row = rows.FirstOrDefault(r => r.Sequence == sequence);
        if (row is null)
        {
            return new TamperFinding(TamperKind.Deleted, sequence, $"entry {N(sequence)}, recorded earlier as the head, is no longer in the log");
        }
        return string.Equals(row.ComputedHash, parts[1], StringComparison.OrdinalIgnoreCase)
            ? null
            : new TamperFinding(TamperKind.HeadMismatch, sequence, $"entry {N(sequence)} is not the entry recorded earlier as the head: the chain was rewritten up to it");
    }

    private static string N(long value) => value.ToString(CultureInfo.InvariantCulture);
}

namespace ResumeExport.Application.Common.Paging;

/// <summary>Where a page ended: the last item's sort time and id (ties broken by id).</summary>
public sealed record PageCursor(DateTimeOffset SortedAt, Guid Id);

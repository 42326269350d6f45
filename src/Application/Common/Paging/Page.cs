namespace ResumeExport.Application.Common.Paging;

/// <summary>A page of a list: the items and, when there are more, an opaque cursor for the next page.</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, string? NextCursor);

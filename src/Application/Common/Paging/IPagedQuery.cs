namespace ResumeExport.Application.Common.Paging;

/// <summary>An opaque cursor from the previous page and a bounded page size.</summary>
public interface IPagedQuery
{
    /// <summary>The largest page a caller may ask for.</summary>
    static abstract int MaxLimit { get; }

    /// <summary>The problem text for a cursor this API did not return; a query may keep a wording of its own.</summary>
    static virtual string InvalidCursorMessage => "'cursor' is not a cursor this API returned.";

    string? Cursor { get; }

    int Limit { get; }
}

namespace ResumeExport.Reliability;

/// <summary>
/// Edits every stream user's resume once a second while a storage case runs, so their exports pin new
/// versions and render and store anew instead of reusing a stored render (decision 35): the storage fault then meets saves.
/// </summary>
internal static class ResumeChurn
{
    public static async Task<int> RunAsync(SuiteApi api, IReadOnlyList<SuiteUser> users, TimeSpan duration, CancellationToken cancellationToken)
    {
        var until = DateTimeOffset.UtcNow + duration;
        var edits = 0;
        for (var round = 0; DateTimeOffset.UtcNow < until; round++)
        {
            var saved = await Task.WhenAll(users.Select(user => EditAsync(api, user, round, cancellationToken)));
            edits += saved.Count(s => s);
            await Task.Delay(1000, cancellationToken);
        }

        return edits;
    }

    private static async Task<bool> EditAsync(SuiteApi api, SuiteUser user, int round, CancellationToken cancellationToken)
    {
        var current = await api.GetAsync($"/api/resumes/{user.ResumeId}", user, cancellationToken);
        if (current.Body?["version"]?.GetValue<int>() is not { } version)
        {
            return false;
        }

        var json = System.Text.Json.JsonSerializer.SerializeToNode(SuiteApi.ResumeBody($"Resume of {user.Email}, edit {round}"))!.AsObject();
        json["version"] = version;
        var saved = await api.PutAsync($"/api/resumes/{user.ResumeId}", user, json, cancellationToken);
        return saved.Status is >= 200 and < 300;
    }
}

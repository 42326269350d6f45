using System.Globalization;
using System.Net;
using ResumeExport.Integration.Tests.Support;

namespace ResumeExport.Integration.Tests.ShareLinks;

/// <summary>
/// Share-link password attempts counted in the counters every API replica shares (decisions 31 and 32): across two
/// replicas over one real PostgreSQL, one address gets the configured attempts over all links together, and one link
/// gets its configured attempts over both replicas, not twice either.
/// </summary>
public sealed class SharePasswordLimitAcrossReplicasTests : IntegrationFixture
{
    private const int PerAddress = 8;
    private const int FirstLinkAttempts = PerLink + 2;
    private const int PerLink = 3;
    private ApiFactory first = null!;
    private ApiFactory second = null!;

    [OneTimeSetUp]
    public void StartReplicas()
    {
        var settings = new Dictionary<string, string?>
        {
            ["Api:SharePasswordPermitsPerAddress"] = PerAddress.ToString(CultureInfo.InvariantCulture),
            ["Api:SharePasswordPermitsPerLink"] = PerLink.ToString(CultureInfo.InvariantCulture),
            ["Api:SharePasswordWindow"] = "00:10:00",
        };
        first = new ApiFactory(ConnectionString, VirtualHost, settings);
        second = new ApiFactory(ConnectionString, VirtualHost, settings);
    }

    [OneTimeTearDown]
    public async Task StopReplicasAsync()
    {
        await second.DisposeAsync();
        await first.DisposeAsync();
    }

    [Test]
    public async Task One_link_gets_its_attempts_across_both_replicas_and_one_address_its_attempts_across_all_links()
    {
        var (owner, _) = await TestData.SignedInClientAsync(first, "pro");
        var resumeId = await ShareLinkClient.PostResumeAsync(owner);
        var links = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            links.Add((await ShareLinkClient.CreateLinkAsync(owner, resumeId, new { password = "open-sesame-42" })).Path);
        }

        using var one = first.CreateClient();
        using var two = second.CreateClient();
        var onFirstLink = new List<HttpStatusCode>();
        for (var attempt = 0; attempt < FirstLinkAttempts; attempt++)
        {
            using var response = await (attempt % 2 == 0 ? one : two).PostAsync(links[0], ShareLinkClient.Password("wrong-" + attempt));
            onFirstLink.Add(response.StatusCode);
        }

        // Every attempt takes one of the address's permits, refused or not: the other links get what is left, then none.
        var onOtherLinks = new List<HttpStatusCode>();
        for (var attempt = 0; attempt < PerAddress; attempt++)
        {
            using var response = await (attempt % 2 == 0 ? two : one).PostAsync(links[1 + (attempt % 2)], ShareLinkClient.Password("wrong-" + attempt));
            onOtherLinks.Add(response.StatusCode);
        }

        Assert.Multiple(() =>
        {
            Assert.That(onFirstLink.Take(PerLink), Is.All.EqualTo(HttpStatusCode.Unauthorized), "wrong passwords, within the link's attempts");
            Assert.That(onFirstLink.Skip(PerLink), Is.All.EqualTo(HttpStatusCode.TooManyRequests), "the link's attempts over both replicas, not per replica");
            Assert.That(onOtherLinks.Count(s => s == HttpStatusCode.Unauthorized), Is.EqualTo(PerAddress - FirstLinkAttempts),
                "the address's attempts over all links and both replicas");
            Assert.That(onOtherLinks.Skip(PerAddress - FirstLinkAttempts), Is.All.EqualTo(HttpStatusCode.TooManyRequests));
        });
    }
}

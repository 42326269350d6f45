using System.Net;
using System.Net.Http.Json;
using System.Text;
using ResumeExport.Integration.Tests.BulkApplies;
using ResumeExport.Integration.Tests.Resumes;
using ResumeExport.Integration.Tests.Support;

namespace ResumeExport.Integration.Tests.Api;

/// <summary>
/// One rule for control characters in every piece of text a request brings (issue 12, item 1): NUL and the other C0
/// characters except tab and newline are a 400 naming the field by its JSON path, never a 500 from PostgreSQL.
/// </summary>
public sealed class TextInputTests : ApiFixture
{
    [TestCase("title")]
    [TestCase("templateKey")]
    public async Task Nul_in_a_top_level_resume_field_is_a_400_naming_it(string field)
    {
        var (client, _) = await TestData.SignedInClientAsync(Api);
        var body = ResumesApiTests.ToJson(ResumeSamples.Classic());
        body[field] = body[field]!.GetValue<string>() + "\0tail";

        var response = await client.PostAsJsonAsync("/api/resumes", body);

        await AssertFieldRefusedAsync(response, field);
    }

    [Test]
    public async Task Nul_in_an_item_field_is_a_400_keyed_by_its_json_path_on_create_and_on_replace()
    {
        var (client, _) = await TestData.SignedInClientAsync(Api);
        var good = ResumesApiTests.ToJson(ResumeSamples.Classic());
        var id = (await ResumesApiTests.PostResumeAsync(client, good))["id"]!.GetValue<string>();
        var bad = ResumesApiTests.ToJson(ResumeSamples.Classic());
        bad["sections"]![1]!["items"]![0]!["company"] = "ACME\0 Corp";

        var created = await client.PostAsJsonAsync("/api/resumes", bad);
        var replaced = await client.PutAsJsonAsync($"/api/resumes/{id}", bad);

        await AssertFieldRefusedAsync(created, "sections[1].items[0].company");
        await AssertFieldRefusedAsync(replaced, "sections[1].items[0].company");
    }

    [Test]
    public async Task Nul_in_the_display_name_on_register_is_a_400_naming_it()
    {
        using var client = Api.CreateClient();

        var response = await client.PostAsJsonAsync("/api/auth/register", new
        {
            email = $"nul-{Guid.NewGuid():N}@example.com",
            password = ApiClient.Password,
            displayName = "Ana\0Silva",
        });

        await AssertFieldRefusedAsync(response, "displayName");
    }

    [TestCase("company")]
    [TestCase("position")]
    [TestCase("message")]
    public async Task Nul_in_a_bulk_application_field_is_a_400_keyed_by_its_json_path(string field)
    {
        var (client, _) = await TestData.SignedInClientAsync(Api, "pro");
        var resumeId = Guid.Parse((await ResumesApiTests.PostResumeAsync(client, ResumeSamples.Classic()))["id"]!.GetValue<string>());
        var body = ResumesApiTests.ToJson(BulkApplyClient.Body(resumeId, BulkApplyClient.Recruiters(2)));
        body["applications"]![1]![field] = "Hello\0";

        var response = await client.PostAsJsonAsync("/api/applications/bulk", body);

        await AssertFieldRefusedAsync(response, $"applications[1].{field}");
    }

    [TestCase("\u0001", TestName = "Start of heading is refused")]
    [TestCase("\u001b[31m", TestName = "An escape sequence is refused")]
    [TestCase("\u0007", TestName = "Bell is refused")]
    [TestCase("\r", TestName = "A lone carriage return is refused")]
    [TestCase("\u000b", TestName = "A vertical tab is refused")]
    public async Task Every_other_c0_control_character_is_refused_the_same_way(string control)
    {
        var (client, _) = await TestData.SignedInClientAsync(Api);
        var body = ResumesApiTests.ToJson(ResumeSamples.Classic());
        body["sections"]![0]!["items"]![0]!["text"] = $"before{control}after";

        var response = await client.PostAsJsonAsync("/api/resumes", body);

        await AssertFieldRefusedAsync(response, "sections[0].items[0].text");
    }

    [Test]
    public async Task Tab_newline_and_crlf_are_text_and_are_kept_as_sent()
    {
        var (client, _) = await TestData.SignedInClientAsync(Api);
        var body = ResumesApiTests.ToJson(ResumeSamples.Classic());
        const string text = "Builds\treliable\nback ends.\r\nSecond paragraph.";
        body["sections"]![0]!["items"]![0]!["text"] = text;

        var created = await ResumesApiTests.PostResumeAsync(client, body);
        var read = await ApiClient.ReadJsonAsync(await client.GetAsync($"/api/resumes/{created["id"]}"));

        Assert.That(read["sections"]![0]!["items"]![0]!["text"]!.GetValue<string>(), Is.EqualTo(text));
    }

    [Test]
    public async Task An_escaped_unpaired_surrogate_is_a_400_not_a_500()
    {
        var (client, _) = await TestData.SignedInClientAsync(Api);
        var json = ResumesApiTests.ToJson(ResumeSamples.Classic()).ToJsonString().Replace("\"Backend Engineer\"", "\"Backend \\ud800 Engineer\"", StringComparison.Ordinal);

        var response = await client.PostAsync("/api/resumes", new StringContent(json, Encoding.UTF8, "application/json"));

        await AssertFieldRefusedAsync(response, "title");
    }

    [Test]
    public async Task A_field_name_with_a_control_character_is_a_400_not_a_500()
    {
        using var client = Api.CreateClient();

        var response = await client.PostAsync("/api/auth/login", new StringContent("{\"email\":\"a@b.io\",\"pass\\u0000word\":\"x\"}", Encoding.UTF8, "application/json"));

        var problem = await ApiClient.ReadJsonAsync(response);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest), problem.ToJsonString());
        Assert.That(problem["errors"]!.AsObject().Select(e => e.Key), Is.EqualTo(new[] { "pass\\u0000word" }));
    }

    [Test]
    public async Task Nul_in_a_login_email_is_a_400_naming_it()
    {
        using var client = Api.CreateClient();

        var response = await client.PostAsJsonAsync("/api/auth/login", new { email = "ana\0@example.com", password = "x" });

        await AssertFieldRefusedAsync(response, "email");
    }

    [Test]
    public async Task Control_characters_in_query_and_route_values_are_a_400_naming_the_parameter()
    {
        var (client, _) = await TestData.SignedInClientAsync(Api);

        var query = await client.GetAsync("/api/resumes?cursor=abc%00def");
        // (A NUL in the path never gets this far: Kestrel itself answers a bare 400 to %00 in a request target.)
        var route = await client.PostAsync("/api/billing/webhooks/str%01ipe", new StringContent("{}", Encoding.UTF8, "application/json"));

        await AssertFieldRefusedAsync(query, "cursor");
        await AssertFieldRefusedAsync(route, "provider");
    }

    [Test]
    public async Task Every_offending_field_is_reported_at_once()
    {
        var (client, _) = await TestData.SignedInClientAsync(Api);
        var body = ResumesApiTests.ToJson(ResumeSamples.Classic());
        body["title"] = "a\0";
        body["sections"]![2]!["items"]![0]!["degree"] = "b\u0002";

        var response = await client.PostAsJsonAsync("/api/resumes", body);

        var problem = await ApiClient.ReadJsonAsync(response);
        Assert.That(problem["errors"]!.AsObject().Select(e => e.Key), Is.EquivalentTo(new[] { "title", "sections[2].items[0].degree" }));
    }

    private static async Task AssertFieldRefusedAsync(HttpResponseMessage response, string field)
    {
        var problem = await ApiClient.ReadJsonAsync(response);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest), problem.ToJsonString());
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
        Assert.That(problem["errors"]!.AsObject().Select(e => e.Key), Is.EqualTo(new[] { field }), problem.ToJsonString());
        Assert.That(problem["errors"]![field]![0]!.GetValue<string>(), Does.Contain("control characters"));
    }
}

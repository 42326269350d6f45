using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using ResumeExport.Integration.Tests.Support;

namespace ResumeExport.Integration.Tests.Resumes;

public sealed class ResumesApiTests : IntegrationFixture
{
    private ApiFactory api = null!;

    [OneTimeSetUp]
    public void StartApi() => api = new ApiFactory(ConnectionString, VirtualHost, new Dictionary<string, string?> { ["MAX_RESUME_SECTIONS"] = "6" });

    [OneTimeTearDown]
    public async Task StopApiAsync() => await api.DisposeAsync();

    [Test]
    public async Task Templates_are_public_and_list_classic_modern_and_compact()
    {
        using var client = api.CreateClient();

        var templates = (await ApiClient.ReadJsonAsync(await client.GetAsync("/api/templates"))).AsArray();

        Assert.That(templates.Select(t => t!["key"]!.GetValue<string>()), Is.SupersetOf(new[] { "classic", "modern", "compact" }));
        var compact = templates.Single(t => t!["key"]!.GetValue<string>() == "compact")!;
        Assert.That(compact["isPremium"]!.GetValue<bool>(), Is.True);
        Assert.That(compact["requiredSections"]!.AsArray().Select(s => s!.GetValue<string>()), Is.EquivalentTo(new[] { "experience", "skills" }));
    }

    [Test]
    public async Task A_resume_round_trips_through_create_get_update_and_list()
    {
        var client = await SignedInClientAsync(plan: "pro");

        var created = await PostResumeAsync(client, ResumeSamples.Classic("Staff Engineer"));
        var id = created["id"]!.GetValue<string>();
        Assert.That(created["isDefault"]!.GetValue<bool>(), Is.True, "the first resume is the default");
        Assert.That(created["version"]!.GetValue<int>(), Is.EqualTo(1));
        Assert.That(created["sections"]![2]!["items"]![0]!["startDate"]!.GetValue<string>(), Is.EqualTo("2012-10-01"));

        var update = await client.PutAsJsonAsync($"/api/resumes/{id}", new
        {
            title = "Principal Engineer",
            templateKey = "modern",
            sections = new object[]
            {
                new { kind = "summary", title = "About", items = new object[] { new { text = "Leads teams." } } },
                ResumeSamples.Experience(2),
            },
            version = 1,
        });
        var updated = await ApiClient.ReadJsonAsync(update);
        Assert.That(update.StatusCode, Is.EqualTo(HttpStatusCode.OK), updated.ToJsonString());
        Assert.That(updated["version"]!.GetValue<int>(), Is.EqualTo(2));
        Assert.That(updated["templateKey"]!.GetValue<string>(), Is.EqualTo("modern"));

        var fetched = await ApiClient.ReadJsonAsync(await client.GetAsync($"/api/resumes/{id}"));
        Assert.That(fetched["title"]!.GetValue<string>(), Is.EqualTo("Principal Engineer"));
        var list = await ApiClient.ReadJsonAsync(await client.GetAsync("/api/resumes"));
        Assert.That(list["items"]!.AsArray().Select(r => r!["id"]!.GetValue<string>()), Is.EqualTo(new[] { id }));
    }

    [TestCase("""
        [{"kind":"experience","title":"Experience","items":[{"company":"Acme","role":"Dev","location":"Berlin","url":"https://acme.example.com",
          "description":"Anvils.","summary":"Led the team.","startDate":"2014-06","endDate":"2015","bullets":["Shipped."]}]},
         {"kind":"education","title":"Education","items":[{"institution":"TU","degree":"BSc","field":"CS","url":"https://tu.example.com",
          "score":"1.3","courses":["Compilers"],"startDate":"2010","endDate":"2014-06-30"}]},
         {"kind":"projects","title":"Projects","items":[{"name":"P","description":"D","url":"https://p.example.com","entity":"Acme","type":"talk",
          "roles":["Speaker"],"keywords":["C#"],"startDate":"2020-02","endDate":"2020-02","bullets":["Given twice."]}]},
         {"kind":"volunteer","title":"Volunteering","items":[{"organization":"Code Club","role":"Mentor","url":"https://cc.example.org",
          "summary":"Taught.","startDate":"2018","bullets":["Weekly."]}]},
         {"kind":"awards","title":"Awards","items":[{"name":"Prize","issuer":"ACM","date":"2016","summary":"For it."}]},
         {"kind":"publications","title":"Publications","items":[{"name":"Paper","publisher":"ACM","date":"2017-05","url":"https://acm.example.org/p",
          "summary":"About it."}]}]
        """, TestName = "Experience, education, projects, volunteering, awards and publications keep every field and each date's precision")]
    [TestCase("""
        [{"kind":"experience","title":"Experience","items":[{"company":"Acme","role":"Dev","startDate":"2014"}]},
         {"kind":"education","title":"Education","items":[{"institution":"TU","degree":"BSc","startDate":"2010-10-01"}]},
         {"kind":"interests","title":"Interests","items":[{"name":"Chess","keywords":["Openings"]},{"keywords":["Climbing"]}]},
         {"kind":"references","title":"References","items":[{"name":"Max","text":"Great."},{"text":"Anonymous praise."}]}]
        """, TestName = "Interests and references keep every field")]
    public async Task Every_field_of_the_new_kinds_is_stored_and_returned_as_sent(string sections)
    {
        var client = await SignedInClientAsync(plan: "pro");
        var sent = JsonNode.Parse(sections)!;
        var location = new JsonObject { ["address"] = "Rua Augusta 1\n2nd floor", ["postalCode"] = "1100-048", ["city"] = "Lisbon", ["countryCode"] = "PT" };
        var body = new JsonObject
        {
            ["title"] = "CV",
            ["templateKey"] = "classic",
            ["sections"] = sent.DeepClone(),
            ["basics"] = new JsonObject { ["name"] = "Ana", ["location"] = location.DeepClone() },
        };

        var created = await PostResumeAsync(client, body);
        var fetched = await ApiClient.ReadJsonAsync(await client.GetAsync($"/api/resumes/{created["id"]!.GetValue<string>()}"));

        // Sent without page-break controls, each section answers with both at their default.
        var expected = sent.DeepClone().AsArray();
        foreach (var section in expected)
        {
            section!["keepTogether"] = false;
            section["startOnNewPage"] = false;
        }

        Assert.That(JsonNode.DeepEquals(fetched["sections"], expected), Is.True, fetched["sections"]!.ToJsonString());
        Assert.That(JsonNode.DeepEquals(fetched["basics"]!["location"], location), Is.True, fetched["basics"]!.ToJsonString());
    }

    [Test]
    public async Task Basics_and_language_are_stored_returned_and_cleared_by_a_put_without_them()
    {
        var client = await SignedInClientAsync();
        var basics = new
        {
            name = "Ana Lima",
            label = "Backend engineer",
            email = "ana@example.com",
            phone = "+351 21 000 0000",
            location = new { city = "Lisbon", countryCode = "pt" },
            url = "https://ana.example.com",
            profiles = new[] { new { network = "GitHub", username = "analima", url = "https://github.com/analima" } },
        };

        var created = await PostResumeAsync(client, new { title = "CV", templateKey = "classic", sections = ((JsonNode)JsonSerializer.SerializeToNode(ResumeSamples.Classic())!)["sections"], basics, language = "pt-PT" });
        var id = created["id"]!.GetValue<string>();
        var fetched = await ApiClient.ReadJsonAsync(await client.GetAsync($"/api/resumes/{id}"));

        Assert.That(fetched["basics"]!["name"]!.GetValue<string>(), Is.EqualTo("Ana Lima"));
        Assert.That(fetched["basics"]!["location"]!["countryCode"]!.GetValue<string>(), Is.EqualTo("PT"));
        Assert.That(fetched["basics"]!["profiles"]![0]!["username"]!.GetValue<string>(), Is.EqualTo("analima"));
        Assert.That(fetched["language"]!.GetValue<string>(), Is.EqualTo("pt-PT"));

        var put = await client.PutAsJsonAsync($"/api/resumes/{id}", WithVersion(ResumeSamples.Classic("CV"), 1));
        var updated = await ApiClient.ReadJsonAsync(put);
        Assert.That(put.StatusCode, Is.EqualTo(HttpStatusCode.OK), updated.ToJsonString());
        Assert.That(updated["basics"], Is.Null);
        Assert.That(updated["language"], Is.Null);
    }

    [Test]
    public async Task A_page_break_control_that_is_not_a_boolean_is_400_at_its_path()
    {
        var client = await SignedInClientAsync();
        var sections = ((JsonNode)JsonSerializer.SerializeToNode(ResumeSamples.Classic())!)["sections"]!;
        sections[1]!["keepTogether"] = "yes";

        var response = await client.PostAsJsonAsync("/api/resumes", new { title = "CV", templateKey = "classic", sections });
        var problem = await ApiClient.ReadJsonAsync(response);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest), problem.ToJsonString());
        Assert.That(problem["errors"]!.AsObject().Select(e => e.Key), Is.EqualTo(new[] { "sections[1].keepTogether" }));
    }

    [Test]
    public async Task Invalid_basics_are_400_keyed_by_json_path()
    {
        var client = await SignedInClientAsync();
        var sections = ((JsonNode)JsonSerializer.SerializeToNode(ResumeSamples.Classic())!)["sections"];

        var response = await client.PostAsJsonAsync("/api/resumes", new
        {
            title = "CV",
            templateKey = "classic",
            sections,
            basics = new
            {
                name = "Ana",
                email = "ana at example",
                profiles = new object[] { new { network = "GitHub", username = "ana" }, new { network = "Blog", url = "blog.example.com" } },
            },
        });
        var problem = await ApiClient.ReadJsonAsync(response);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest), problem.ToJsonString());
        Assert.That(problem["errors"]!.AsObject().Select(e => e.Key), Is.EquivalentTo(new[] { "basics.email", "basics.profiles[1].url" }));
    }

    [Test]
    public async Task A_stale_update_is_409_with_the_current_version()
    {
        var client = await SignedInClientAsync();
        var id = (await PostResumeAsync(client, ResumeSamples.Classic()))["id"]!.GetValue<string>();
        var first = await client.PutAsJsonAsync($"/api/resumes/{id}", WithVersion(ResumeSamples.Classic("First save"), 1));
        Assert.That(first.StatusCode, Is.EqualTo(HttpStatusCode.OK));

        var stale = await client.PutAsJsonAsync($"/api/resumes/{id}", WithVersion(ResumeSamples.Classic("Stale save"), 1));
        var body = await ApiClient.ReadJsonAsync(stale);

        Assert.That(stale.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
        Assert.That(body["currentVersion"]!.GetValue<int>(), Is.EqualTo(2));
        Assert.That(body["code"]!.GetValue<string>(), Is.EqualTo("stale_version"));
    }

    [Test]
    public async Task Concurrent_updates_of_one_version_let_exactly_one_win()
    {
        var client = await SignedInClientAsync();
        var id = (await PostResumeAsync(client, ResumeSamples.Classic()))["id"]!.GetValue<string>();

        var responses = await Task.WhenAll(Enumerable.Range(0, 5).Select(i =>
            client.PutAsJsonAsync($"/api/resumes/{id}", WithVersion(ResumeSamples.Classic($"Writer {i}"), 1))));

        Assert.That(responses.Count(r => r.StatusCode == HttpStatusCode.OK), Is.EqualTo(1));
        Assert.That(responses.Where(r => r.StatusCode != HttpStatusCode.OK).Select(r => r.StatusCode), Is.All.EqualTo(HttpStatusCode.Conflict));
    }

    [Test]
    public async Task Another_users_resume_is_404_for_read_update_delete_and_default()
    {
        var owner = await SignedInClientAsync();
        var id = (await PostResumeAsync(owner, ResumeSamples.Classic()))["id"]!.GetValue<string>();
        var stranger = await SignedInClientAsync();

        var responses = new[]
        {
            await stranger.GetAsync($"/api/resumes/{id}"),
            await stranger.PutAsJsonAsync($"/api/resumes/{id}", ResumeSamples.Classic("Hijack")),
            await stranger.DeleteAsync($"/api/resumes/{id}"),
            await stranger.PatchAsync($"/api/resumes/{id}/default", null),
        };

        Assert.That(responses.Select(r => r.StatusCode), Is.All.EqualTo(HttpStatusCode.NotFound));
        var stillThere = await ApiClient.ReadJsonAsync(await owner.GetAsync($"/api/resumes/{id}"));
        Assert.That(stillThere["title"]!.GetValue<string>(), Is.EqualTo("Backend Engineer"));
    }

    [Test]
    public async Task A_malformed_resume_id_is_a_400_problem()
    {
        var client = await SignedInClientAsync();

        var response = await client.GetAsync("/api/resumes/not-a-guid");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
    }

    [Test]
    public async Task Deep_validation_returns_every_violation_at_once_keyed_by_json_path()
    {
        var client = await SignedInClientAsync();
        var body = new
        {
            title = "",
            templateKey = "classic",
            sections = new object[]
            {
                new { kind = "education", title = "Education", items = new object[] { new { institution = "X", degree = "Y", startDate = "2020-01-01" } } },
                new { kind = "skills", title = "Skills", items = new object[] { new { name = "C#", company = "Nope" } } },
                new
                {
                    kind = "experience",
                    title = "Experience",
                    items = new object[] { new { company = "A", role = "B", startDate = "2020-13-01", endDate = "2019-01-01", bullets = Array.Empty<string>() } },
                },
                new { kind = "links", title = "Links", items = new object[] { new { label = "Site", url = "javascript:alert(1)" } } },
                new { kind = "hobbies", title = "Fun", items = Array.Empty<object>() },
            },
        };

        var response = await client.PostAsJsonAsync("/api/resumes", body);
        var problem = await ApiClient.ReadJsonAsync(response);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest), problem.ToJsonString());
        var keys = problem["errors"]!.AsObject().Select(e => e.Key).ToArray();
        Assert.That(keys, Is.SupersetOf(new[]
        {
            "title",
            "sections[1].items[0].company",
            "sections[2].items[0].startDate",
            "sections[3].items[0].url",
            "sections[4].kind",
        }), string.Join(", ", keys));
    }

    [Test]
    public async Task The_template_required_sections_must_be_present_and_non_empty()
    {
        var client = await SignedInClientAsync();
        var body = new
        {
            title = "No education",
            templateKey = "classic",
            sections = new object[] { ResumeSamples.Experience(1), new { kind = "education", title = "Education", items = Array.Empty<object>() } },
        };

        var response = await client.PostAsJsonAsync("/api/resumes", body);
        var problem = await ApiClient.ReadJsonAsync(response);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(problem["errors"]!["sections"]!.AsArray().Select(m => m!.GetValue<string>()), Has.Some.Contains("'education'"));
    }

    [Test]
    public async Task The_section_cap_from_config_is_a_400_on_create_and_update()
    {
        var client = await SignedInClientAsync(plan: "pro");
        var atCap = await client.PostAsJsonAsync("/api/resumes", ResumeSamples.WithSections(6));
        Assert.That(atCap.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        var id = (await ApiClient.ReadJsonAsync(atCap))["id"]!.GetValue<string>();

        var create = await client.PostAsJsonAsync("/api/resumes", ResumeSamples.WithSections(7));
        var update = await client.PutAsJsonAsync($"/api/resumes/{id}", ResumeSamples.WithSections(7));

        foreach (var response in new[] { create, update })
        {
            var problem = await ApiClient.ReadJsonAsync(response);
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest), problem.ToJsonString());
            Assert.That(problem["errors"]!["sections"]!.ToJsonString(), Does.Contain("at most 6 sections"));
        }
    }

    [Test]
    public async Task The_plan_section_cap_is_a_403_plan_limit_when_lower_than_config()
    {
        // The free plan allows 10 sections; with MAX_RESUME_SECTIONS at 20 the plan is the lower cap, so it answers.
        await using var roomy = new ApiFactory(ConnectionString, VirtualHost, new Dictionary<string, string?> { ["MAX_RESUME_SECTIONS"] = "20" });
        using var client = roomy.CreateClient();
        var (token, _) = await ApiClient.RegisterAsync(client);
        client.Authorize(token);

        var response = await client.PostAsJsonAsync("/api/resumes", ResumeSamples.WithSections(11));
        var problem = await ApiClient.ReadJsonAsync(response);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden), problem.ToJsonString());
        Assert.That(problem["type"]!.GetValue<string>(), Does.EndWith("/plan-limit-exceeded"));
        Assert.That(problem["limitName"]!.GetValue<string>(), Is.EqualTo("maxSectionsPerResume"));
        Assert.That(problem["limit"]!.GetValue<int>(), Is.EqualTo(10));
        Assert.That(problem["usage"]!.GetValue<int>(), Is.EqualTo(11));
    }

    [Test]
    public async Task The_free_plan_allows_one_resume_and_the_second_is_a_403_naming_max_resumes()
    {
        var client = await SignedInClientAsync();
        await PostResumeAsync(client, ResumeSamples.Classic());

        var second = await client.PostAsJsonAsync("/api/resumes", ResumeSamples.Classic("Second"));
        var problem = await ApiClient.ReadJsonAsync(second);

        Assert.That(second.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(problem["limitName"]!.GetValue<string>(), Is.EqualTo("maxResumes"));
        Assert.That(problem["limit"]!.GetValue<int>(), Is.EqualTo(1));
        Assert.That(problem["usage"]!.GetValue<int>(), Is.EqualTo(1));
    }

    [Test]
    public async Task Concurrent_creates_at_the_limit_let_only_one_through()
    {
        var client = await SignedInClientAsync();

        var responses = await Task.WhenAll(Enumerable.Range(0, 5).Select(i => client.PostAsJsonAsync("/api/resumes", ResumeSamples.Classic($"Race {i}"))));

        Assert.That(responses.Count(r => r.StatusCode == HttpStatusCode.Created), Is.EqualTo(1));
        Assert.That(responses.Where(r => r.StatusCode != HttpStatusCode.Created).Select(r => r.StatusCode), Is.All.EqualTo(HttpStatusCode.Forbidden));
    }

    [Test]
    public async Task A_premium_template_is_refused_on_the_free_plan_and_allowed_on_pro()
    {
        var compact = new
        {
            title = "Compact",
            templateKey = "compact",
            sections = new object[] { ResumeSamples.Experience(1), new { kind = "skills", title = "Skills", items = new object[] { new { name = "Go" } } } },
        };
        var free = await SignedInClientAsync();
        var pro = await SignedInClientAsync(plan: "pro");

        var refused = await free.PostAsJsonAsync("/api/resumes", compact);
        var allowed = await pro.PostAsJsonAsync("/api/resumes", compact);

        Assert.That(refused.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That((await ApiClient.ReadJsonAsync(refused))["limitName"]!.GetValue<string>(), Is.EqualTo("premiumTemplates"));
        Assert.That(allowed.StatusCode, Is.EqualTo(HttpStatusCode.Created));
    }

    [Test]
    public async Task Plan_usage_shows_limits_usage_remaining_and_the_next_utc_midnight()
    {
        var client = await SignedInClientAsync(plan: "pro");
        await PostResumeAsync(client, ResumeSamples.Classic());
        await PostResumeAsync(client, ResumeSamples.Classic("Two"));

        var usage = await ApiClient.ReadJsonAsync(await client.GetAsync("/api/users/me/plan-usage"));

        Assert.That(usage["planCode"]!.GetValue<string>(), Is.EqualTo("pro"));
        Assert.That(usage["limits"]!["maxResumes"]!.GetValue<int>(), Is.EqualTo(20));
        Assert.That(usage["limits"]!["dailyBulkApplies"]!.GetValue<int>(), Is.EqualTo(10));
        Assert.That(usage["usage"]!["resumes"]!.GetValue<int>(), Is.EqualTo(2));
        Assert.That(usage["remaining"]!["resumes"]!.GetValue<int>(), Is.EqualTo(18));
        Assert.That(usage["remaining"]!["bulkAppliesToday"]!.GetValue<int>(), Is.EqualTo(10));
        var resetsAt = usage["resetsAt"]!.GetValue<DateTimeOffset>();
        Assert.That(resetsAt, Is.EqualTo(new DateTimeOffset(DateTime.UtcNow.Date.AddDays(1), TimeSpan.Zero)).Within(TimeSpan.FromMinutes(1)));
    }

    [Test]
    public async Task Lists_are_paginated_with_a_cursor_newest_first()
    {
        var client = await SignedInClientAsync(plan: "pro");
        var ids = new List<string>();
        for (var i = 0; i < 5; i++)
        {
            ids.Add((await PostResumeAsync(client, ResumeSamples.Classic($"Resume {i}")))["id"]!.GetValue<string>());
        }

        var first = await ApiClient.ReadJsonAsync(await client.GetAsync("/api/resumes?limit=2"));
        var second = await ApiClient.ReadJsonAsync(await client.GetAsync($"/api/resumes?limit=2&cursor={first["nextCursor"]!.GetValue<string>()}"));
        var third = await ApiClient.ReadJsonAsync(await client.GetAsync($"/api/resumes?limit=2&cursor={second["nextCursor"]!.GetValue<string>()}"));

        var seen = new[] { first, second, third }.SelectMany(p => p["items"]!.AsArray().Select(r => r!["id"]!.GetValue<string>())).ToArray();
        Assert.That(seen, Is.EqualTo(Enumerable.Reverse(ids).ToArray()));
        Assert.That(third["nextCursor"], Is.Null);
    }

    internal static JsonNode WithVersion(object resume, int version)
    {
        var node = ToJson(resume);
        node["version"] = version;
        return node;
    }

    internal static JsonNode ToJson(object body) => JsonNode.Parse(System.Text.Json.JsonSerializer.Serialize(body, ApiClient.Json))!;

    internal static async Task<JsonNode> PostResumeAsync(HttpClient client, object body)
    {
        var response = await client.PostAsJsonAsync("/api/resumes", body);
        var json = await ApiClient.ReadJsonAsync(response);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), json.ToJsonString());
        Assert.That(response.Headers.Location?.ToString(), Is.EqualTo($"/api/resumes/{json["id"]}"));
        return json;
    }

    private async Task<HttpClient> SignedInClientAsync(string plan = "free") => (await TestData.SignedInClientAsync(api, plan)).Client;
}

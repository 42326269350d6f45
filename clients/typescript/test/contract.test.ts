/**
 * Contract test of the typed client against a running stack at BASE (default http://127.0.0.1:5080): what the SPA does,
 * through the generated types only. Run with `npm test` (compiles with tsc first, so a type mismatch fails too).
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import {
  createResumeExportClient,
  isProblemDetails,
  isValidationProblem,
  newIdempotencyKey,
  ProblemTypes,
  type Schemas,
  waitForExport,
} from "../src/index.js";

const BASE = process.env.BASE ?? "http://127.0.0.1:5080";
const EXPORT_DEADLINE_MS = Number(process.env.EXPORT_DEADLINE_MS ?? 120_000);

let accessToken: string | undefined;
const api = createResumeExportClient({ baseUrl: BASE, accessToken: () => accessToken });

const resume: Schemas["CreateResumeCommand"] = {
  title: "Senior Backend Engineer",
  templateKey: "classic",
  sections: [
    {
      kind: "experience",
      title: "Experience",
      items: [{ company: "Acme GmbH", role: "Backend Engineer", location: "Berlin", startDate: "2019-04-01", bullets: ["Cut export latency by 60 %"] }],
    },
    {
      kind: "education",
      title: "Education",
      items: [{ institution: "TU Berlin", degree: "MSc Computer Science", startDate: "2013-10-01", endDate: "2016-09-30" }],
    },
  ],
};

test("a free-plan user registers, writes a resume, exports it once, downloads the PDF and sees the usage", async (t) => {
  let resumeId = "";
  let exportId = "";

  await t.test("register returns a typed access token and user", async () => {
    const email = `contract-${newIdempotencyKey()}@example.com`;
    const { data, error, response } = await api.POST("/api/auth/register", {
      body: { email, password: "correct-horse-battery", displayName: "Contract Test" },
    });
    assert.equal(response.status, 201, JSON.stringify(error));
    assert.ok(data);
    assert.equal(data.user.email, email);
    accessToken = data.accessToken;
  });

  await t.test("create resume returns it with its id and version", async () => {
    const { data, error, response } = await api.POST("/api/resumes", { body: resume });
    assert.equal(response.status, 201, JSON.stringify(error));
    assert.ok(data);
    assert.equal(data.title, resume.title);
    assert.equal(data.isDefault, true);
    resumeId = data.id;
  });

  await t.test("export with an idempotency key is accepted once; the same key again returns the same export", async () => {
    const key = newIdempotencyKey();
    const request = { params: { path: { resumeId }, header: { "Idempotency-Key": key } }, body: { format: "pdf" } } as const;

    const first = await api.POST("/api/resumes/{resumeId}/exports", request);
    assert.equal(first.response.status, 202, JSON.stringify(first.error));
    assert.ok(first.data);
    assert.equal(first.data.delivery, "email", "the free plan delivers by e-mail");
    exportId = first.data.id;

    const again = await api.POST("/api/resumes/{resumeId}/exports", request);
    assert.equal(again.response.status, 200, JSON.stringify(again.error));
    assert.equal(again.data?.id, exportId);
  });

  await t.test("polling the export reaches completed", async () => {
    const deadline = Date.now() + EXPORT_DEADLINE_MS;
    let status = "";
    while (Date.now() < deadline) {
      const { data, error } = await api.GET("/api/resumes/exports/{exportId}", { params: { path: { exportId } } });
      assert.ok(data, JSON.stringify(error));
      status = data.status;
      if (status === "completed" || status === "failed") {
        assert.equal(status, "completed", `${data.errorCode}: ${data.errorMessage}`);
        assert.ok((data.sizeBytes ?? 0) > 1000);
        return;
      }
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    assert.fail(`the export is still ${status} after ${EXPORT_DEADLINE_MS} ms`);
  });

  await t.test("waitForExport over the status stream resolves with the completed export", async () => {
    const seen: string[] = [];
    const done = await waitForExport(exportId, {
      baseUrl: BASE,
      accessToken: () => accessToken,
      timeoutMs: EXPORT_DEADLINE_MS,
      onStatus: (e) => seen.push(e.status),
    });
    assert.equal(done.id, exportId);
    assert.equal(done.status, "completed");
    assert.deepEqual(seen, ["completed"], "an export already completed is one event");
  });

  await t.test("download returns the PDF (e-mail delivery keeps download available)", async () => {
    const { data, response } = await api.GET("/api/resumes/exports/{exportId}/download", {
      params: { path: { exportId } },
      parseAs: "arrayBuffer",
    });
    assert.equal(response.status, 200);
    assert.equal(response.headers.get("Content-Type"), "application/pdf");
    assert.ok(data);
    assert.equal(Buffer.from(data).subarray(0, 5).toString("latin1"), "%PDF-");
  });

  await t.test("the preview is a PNG of page 1, revalidated by its ETag", async () => {
    const { data, response } = await api.GET("/api/resumes/exports/{exportId}/preview", {
      params: { path: { exportId } },
      parseAs: "arrayBuffer",
    });
    assert.equal(response.status, 200);
    assert.equal(response.headers.get("Content-Type"), "image/png");
    assert.ok(data);
    const png = Buffer.from(data);
    assert.equal(png.subarray(1, 4).toString("latin1"), "PNG");
    assert.equal(png.readUInt32BE(16), 600, "600 px wide (IHDR width)");
    const etag = response.headers.get("ETag");
    assert.ok(etag);
    const again = await api.GET("/api/resumes/exports/{exportId}/preview", {
      params: { path: { exportId } },
      headers: { "If-None-Match": etag },
      parseAs: "arrayBuffer",
    });
    assert.equal(again.response.status, 304);
  });

  await t.test("plan usage counts today's export against the free plan", async () => {
    const { data, error } = await api.GET("/api/users/me/plan-usage");
    assert.ok(data, JSON.stringify(error));
    assert.equal(data.planCode, "free");
    assert.equal(data.limits.exportDelivery, "email");
    assert.equal(data.usage.exportsToday, 1, "the repeated idempotent request did not count twice");
    assert.equal(data.remaining.exportsToday, data.limits.dailyExports - 1);
  });

  await t.test("an invalid resume is a typed validation problem keyed by JSON path", async () => {
    const invalid: Schemas["CreateResumeCommand"] = {
      ...resume,
      title: "",
      sections: [{ ...resume.sections[0]!, items: [{ company: "Acme GmbH", role: "Engineer", startDate: "2020-13-45", bullets: [] }] }, resume.sections[1]!],
    };
    const { data, error, response } = await api.POST("/api/resumes", { body: invalid });
    assert.equal(data, undefined);
    assert.equal(response.status, 400);
    assert.equal(response.headers.get("Content-Type"), "application/problem+json");
    assert.ok(isValidationProblem(error), JSON.stringify(error));
    assert.equal(error.type, ProblemTypes.validation);
    assert.ok(error.errors["title"]?.length, JSON.stringify(error.errors));
    assert.ok(error.errors["sections[0].items[0].startDate"]?.length, JSON.stringify(error.errors));
  });

  await t.test("a second resume on the free plan is a typed plan-limit problem", async () => {
    const { error, response } = await api.POST("/api/resumes", { body: { ...resume, title: "Second" } });
    assert.equal(response.status, 403);
    assert.ok(isProblemDetails(error), JSON.stringify(error));
    assert.equal(error.type, ProblemTypes.planLimitExceeded);
    // The problem schema types the plan-limit members: no casts needed to read them.
    assert.equal(error.limitName, "maxResumes");
    assert.equal(error.limitKind, "count");
    assert.equal(error.limit, 1);
    assert.equal(error.usage, 1);
    assert.match(error.traceId, /^[0-9a-f]{32}$/);
  });
});

/**
 * Transparent refresh of the typed client, against a fake fetch (no stack needed): one refresh for concurrent 401s, the
 * original request retried once with the new token, the rotated refresh token stored, the 401 surfaced when refresh fails.
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import { createResumeExportClient, type SessionStore, type SessionTokens } from "../src/index.js";

const BASE = "http://api.test";

/** A fake API: access token `a<n>` is valid while n is the current generation; refresh token `r<n>` rotates to n + 1. */
function fakeApi(options: { refreshStatus?: number } = {}) {
  let generation = 0;
  const calls: { path: string; authorization: string | null; body: string }[] = [];
  let releaseRefresh: () => void = () => {};
  const refreshGate = new Promise<void>((resolve) => {
    releaseRefresh = resolve;
  });
  const fetch = async (request: Request): Promise<Response> => {
    const path = new URL(request.url).pathname;
    const body = await request.text();
    calls.push({ path, authorization: request.headers.get("Authorization"), body });
    if (path === "/api/auth/refresh") {
      await refreshGate;
      const presented = (JSON.parse(body) as { refreshToken: string }).refreshToken;
      if (options.refreshStatus !== undefined || presented !== `r${generation}`) {
        return Response.json({ status: options.refreshStatus ?? 401, title: "Unauthorized" }, { status: options.refreshStatus ?? 401 });
      }

      generation++;
      return Response.json({ accessToken: `a${generation}`, refreshToken: `r${generation}`, expiresIn: 900 });
    }

    if (request.headers.get("Authorization") !== `Bearer a${generation}`) {
      return Response.json({ status: 401, title: "Unauthorized" }, { status: 401 });
    }

    return Response.json({ id: "me", echoed: body });
  };
  return { fetch, calls, releaseRefresh, expire: () => generation++ };
}

function memorySession(tokens: SessionTokens) {
  const state = { ...tokens, ended: 0, saved: [] as SessionTokens[] };
  const store: SessionStore = {
    accessToken: () => state.accessToken,
    refreshToken: () => state.refreshToken,
    save: (next) => {
      state.accessToken = next.accessToken;
      state.refreshToken = next.refreshToken;
      state.saved.push(next);
    },
    ended: () => {
      state.ended++;
    },
  };
  return { state, store };
}

test("concurrent requests with an expired access token share one refresh and each is retried once with the new token", async () => {
  const api = fakeApi();
  // Generation 1 is current: the session's access token a0 has expired, its refresh token r1 is the live one.
  api.expire();
  const { state, store } = memorySession({ accessToken: "a0", refreshToken: "r1" });
  const client = createResumeExportClient({ baseUrl: BASE, session: store, fetch: api.fetch });

  const pending = [client.GET("/api/users/me"), client.GET("/api/users/me"), client.GET("/api/users/me")];
  await new Promise((resolve) => setTimeout(resolve, 20));
  api.releaseRefresh();
  const results = await Promise.all(pending);

  assert.deepEqual(results.map((r) => r.response.status), [200, 200, 200]);
  assert.equal(api.calls.filter((c) => c.path === "/api/auth/refresh").length, 1, "one refresh for all");
  assert.deepEqual(state.saved, [{ accessToken: "a2", refreshToken: "r2" }], "the rotated pair is stored");
  const retries = api.calls.filter((c) => c.path === "/api/users/me" && c.authorization === "Bearer a2");
  assert.equal(retries.length, 3, "each request retried once with the new token");
});

test("the retried request sends its original body again", async () => {
  const api = fakeApi();
  api.expire();
  api.releaseRefresh();
  const { store } = memorySession({ accessToken: "a0", refreshToken: "r1" });
  const client = createResumeExportClient({ baseUrl: BASE, session: store, fetch: api.fetch });
  const resume = { title: "Kept", templateKey: "classic", sections: [] };

  const { response } = await client.POST("/api/resumes", { body: resume });

  assert.equal(response.status, 200);
  const sent = api.calls.filter((c) => c.path === "/api/resumes");
  assert.deepEqual(sent.map((c) => c.authorization), ["Bearer a0", "Bearer a2"]);
  assert.equal(sent[1]?.body, JSON.stringify(resume));
});

test("a refused refresh surfaces the original 401 and ends the session, without a second retry", async () => {
  const api = fakeApi({ refreshStatus: 401 });
  api.expire();
  api.releaseRefresh();
  const { state, store } = memorySession({ accessToken: "a0", refreshToken: "r1" });
  const client = createResumeExportClient({ baseUrl: BASE, session: store, fetch: api.fetch });

  const { response } = await client.GET("/api/users/me");

  assert.equal(response.status, 401);
  assert.equal(state.ended, 1);
  assert.deepEqual(state.saved, []);
  assert.equal(api.calls.filter((c) => c.path === "/api/users/me").length, 1, "no retry without a new token");
});

test("a refresh refused for a passing reason (503) surfaces the 401 but keeps the session", async () => {
  const api = fakeApi({ refreshStatus: 503 });
  api.expire();
  api.releaseRefresh();
  const { state, store } = memorySession({ accessToken: "a0", refreshToken: "r1" });
  const client = createResumeExportClient({ baseUrl: BASE, session: store, fetch: api.fetch });

  const { response } = await client.GET("/api/users/me");

  assert.equal(response.status, 401);
  assert.equal(state.ended, 0);
});

test("a 401 to a sign-in is the caller's answer, never a refresh", async () => {
  const api = fakeApi();
  api.releaseRefresh();
  const { store } = memorySession({ accessToken: "stale", refreshToken: "r0" });
  const client = createResumeExportClient({ baseUrl: BASE, session: store, fetch: api.fetch });

  const { response } = await client.POST("/api/auth/login", { body: { email: "a@example.com", password: "wrong-password" } });

  assert.equal(response.status, 401);
  assert.equal(api.calls.filter((c) => c.path === "/api/auth/refresh").length, 0);
});

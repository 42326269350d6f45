/**
 * `waitForExport` against a fake fetch that serves Server-Sent Events as the API does (no stack needed): chunked
 * frames, heartbeats, the Authorization header, a stream that ends without a final status, refusals, timeout, abort.
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import { ExportWaitError, waitForExport, type ExportResource } from "../src/index.js";

const BASE = "http://api.test";

function resource(status: string, extra: Partial<ExportResource> = {}): ExportResource {
  return {
    id: "e1",
    resumeId: "r1",
    format: "pdf",
    pageSize: "a4",
    delivery: "download",
    status,
    attempts: 1,
    requestedAt: "2026-12-07T10:00:00Z",
    ...extra,
  } as ExportResource;
}

function frame(status: string, extra: Partial<ExportResource> = {}): string {
  return `id: 1\nevent: status\ndata: ${JSON.stringify(resource(status, extra))}\n\n`;
}

/** A response whose body yields the chunks one by one, then ends. */
function sse(chunks: string[]): Response {
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      const next = chunks.shift();
      if (next !== undefined) {
        controller.enqueue(encoder.encode(next));
      } else {
        controller.close();
      }
    },
  });
  return new Response(body, { status: 200, headers: { "Content-Type": "text/event-stream" } });
}

test("resolves with the completed export, reading events split across chunks, heartbeats between", async () => {
  const calls: { url: string; auth: string | null }[] = [];
  const seen: string[] = [];
  const completed = frame("completed", { sizeBytes: 4321 });
  const done = await waitForExport("e1", {
    baseUrl: `${BASE}/`,
    accessToken: () => "token-1",
    onStatus: (e) => seen.push(e.status),
    fetch: async (url, init) => {
      calls.push({ url, auth: new Headers(init.headers).get("Authorization") });
      return sse([frame("queued"), ": heartbeat\n\n", frame("processing").slice(0, 20), frame("processing").slice(20), completed.slice(0, 30), completed.slice(30)]);
    },
  });
  assert.equal(done.status, "completed");
  assert.equal(done.sizeBytes, 4321);
  assert.deepEqual(seen, ["queued", "processing", "completed"]);
  assert.deepEqual(calls, [{ url: `${BASE}/api/resumes/exports/e1/events`, auth: "Bearer token-1" }]);
});

test("connects again when the stream ends without a final status (its maximum lifetime)", async () => {
  let connections = 0;
  const done = await waitForExport("e1", {
    baseUrl: BASE,
    reconnectDelayMs: 1,
    fetch: async () => (++connections === 1 ? sse([frame("processing")]) : sse([frame("completed")])),
  });
  assert.equal(done.status, "completed");
  assert.equal(connections, 2);
});

test("rejects with the export when it failed", async () => {
  await assert.rejects(
    waitForExport("e1", { baseUrl: BASE, fetch: async () => sse([frame("queued"), frame("failed", { errorCode: "render_timeout", errorMessage: "slow" })]) }),
    (error: unknown) => error instanceof ExportWaitError && error.code === "failed" && error.resource?.errorCode === "render_timeout",
  );
});

test("rejects on a refusal such as 404 with its problem, without retrying", async () => {
  let connections = 0;
  const problem = { type: "https://resume-export.dev/problems/not-found", status: 404, title: "Not found" };
  await assert.rejects(
    waitForExport("e1", {
      baseUrl: BASE,
      fetch: async () => {
        connections++;
        return new Response(JSON.stringify(problem), { status: 404, headers: { "Content-Type": "application/problem+json" } });
      },
    }),
    (error: unknown) => error instanceof ExportWaitError && error.code === "http" && error.status === 404 && (error.problem as { status: number }).status === 404,
  );
  assert.equal(connections, 1);
});

/** The first event, then an open stream that only an abort ends (the body errors as fetch's does). */
function hangingFetch(): (url: string, init: RequestInit) => Promise<Response> {
  return async (_url, init) => {
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode(frame("queued")));
        init.signal?.addEventListener("abort", () => controller.error(new DOMException("aborted", "AbortError")));
      },
    });
    return new Response(body, { status: 200, headers: { "Content-Type": "text/event-stream" } });
  };
}

test("rejects with timeout when no final status comes in time", async () => {
  await assert.rejects(
    waitForExport("e1", { baseUrl: BASE, timeoutMs: 50, fetch: hangingFetch() }),
    (error: unknown) => error instanceof ExportWaitError && error.code === "timeout",
  );
});

test("rejects with aborted when the caller's signal aborts", async () => {
  const controller = new AbortController();
  const waiting = waitForExport("e1", { baseUrl: BASE, signal: controller.signal, fetch: hangingFetch() });
  setTimeout(() => controller.abort(), 20);
  await assert.rejects(waiting, (error: unknown) => error instanceof ExportWaitError && error.code === "aborted");
});

/**
 * Waiting for an export without polling: `GET /api/resumes/exports/{exportId}/events` is a Server-Sent Events stream
 * (decision 30). `EventSource` cannot send an `Authorization` header, so this reads the stream with `fetch` and a
 * streaming body reader instead.
 */
import type { components } from "./generated/schema.js";

export type ExportResource = components["schemas"]["ExportResponse"];

export interface WaitForExportOptions {
  /** Where the API is, e.g. `https://api.example.com`. */
  baseUrl: string;
  /** Read before every (re)connection, so a refreshed token is used. */
  accessToken?: () => string | undefined;
  /** Another fetch (tests, SSR); defaults to the global one. */
  fetch?: (input: string, init: RequestInit) => Promise<Response>;
  /** Gives up (rejects with `ExportWaitError` code `timeout`) after this long; default 5 minutes. */
  timeoutMs?: number;
  /** Aborting it rejects with `ExportWaitError` code `aborted` and closes the stream. */
  signal?: AbortSignal;
  /** Called with every status event, the current one first (e.g. to show "queued" then "processing"). */
  onStatus?: (resource: ExportResource) => void;
  /** Wait before connecting again after the server ended the stream without a final status or the network broke; default 1 s. */
  reconnectDelayMs?: number;
}

export type ExportWaitErrorCode = "failed" | "expired" | "timeout" | "aborted" | "http";

/** Why `waitForExport` rejected: `resource` on failed/expired, `status` and `problem` on an HTTP refusal (e.g. 404). */
export class ExportWaitError extends Error {
  constructor(
    readonly code: ExportWaitErrorCode,
    message: string,
    readonly resource?: ExportResource,
    readonly status?: number,
    readonly problem?: unknown,
  ) {
    super(message);
    this.name = "ExportWaitError";
  }
}

/**
 * Resolves with the export once it is `completed`; rejects with `ExportWaitError` when it `failed` or `expired`, on
 * timeout, on abort, or when the API refuses the stream (401, 404: an HTTP refusal is not retried). The server ends
 * each stream after a final status or after its maximum lifetime; in the latter case, and after a network error, this
 * connects again and gets the current status first, so nothing is missed.
 */
export async function waitForExport(exportId: string, options: WaitForExportOptions): Promise<ExportResource> {
  const timeoutMs = options.timeoutMs ?? 5 * 60_000;
  const reconnectDelayMs = options.reconnectDelayMs ?? 1_000;
  const doFetch = options.fetch ?? ((input: string, init: RequestInit) => fetch(input, init));
  const controller = new AbortController();
  let reason: ExportWaitError | undefined;
  const stop = (error: ExportWaitError) => {
    reason ??= error;
    controller.abort();
  };
  const timer = setTimeout(() => stop(new ExportWaitError("timeout", `export ${exportId} did not finish within ${timeoutMs} ms`)), timeoutMs);
  const onAbort = () => stop(new ExportWaitError("aborted", "waiting for the export was aborted"));
  if (options.signal?.aborted) {
    onAbort();
  }
  options.signal?.addEventListener("abort", onAbort, { once: true });

  const url = `${options.baseUrl.replace(/\/$/, "")}/api/resumes/exports/${encodeURIComponent(exportId)}/events`;
  try {
    while (true) {
      if (reason) {
        throw reason;
      }

      try {
        const final = await readOnce(url, doFetch, options, controller.signal);
        if (final) {
          return settle(final);
        }
      } catch (error) {
        if (reason) {
          throw reason;
        }

        if (error instanceof ExportWaitError) {
          throw error;
        }
        // A broken connection: connect again below.
      }

      await delay(reconnectDelayMs, controller.signal);
    }
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener("abort", onAbort);
    controller.abort();
  }
}

function settle(resource: ExportResource): ExportResource {
  if (resource.status === "completed") {
    return resource;
  }

  const code = resource.status === "expired" ? "expired" : "failed";
  const why = resource.errorCode ? `${resource.errorCode}: ${resource.errorMessage ?? ""}` : resource.status;
  throw new ExportWaitError(code, `export ${resource.id} ${resource.status} (${why})`, resource);
}

const finalStatuses = new Set(["completed", "failed", "expired"]);

/** One connection: the final export if the stream carried one, undefined if it ended without. */
async function readOnce(
  url: string,
  doFetch: NonNullable<WaitForExportOptions["fetch"]>,
  options: WaitForExportOptions,
  signal: AbortSignal,
): Promise<ExportResource | undefined> {
  const headers: Record<string, string> = { Accept: "text/event-stream" };
  const token = options.accessToken?.();
  if (token) {
    headers["Authorization"] = `Bearer ${token}`;
  }

  const response = await doFetch(url, { headers, signal, cache: "no-store" });
  if (!response.ok) {
    const text = await response.text().catch(() => "");
    let problem: unknown = text;
    try {
      problem = JSON.parse(text);
    } catch {
      // Not JSON: keep the text.
    }
    throw new ExportWaitError("http", `the export's status stream answered ${response.status}`, undefined, response.status, problem);
  }

  if (!response.body) {
    throw new Error("the response has no body to stream");
  }

  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let buffer = "";
  let eventName = "";
  let data: string[] = [];
  try {
    while (true) {
      const { value, done } = await reader.read();
      if (done) {
        return undefined;
      }

      buffer += decoder.decode(value, { stream: true });
      let newline: number;
      while ((newline = buffer.search(/\r\n|\r|\n/)) >= 0) {
        const line = buffer.slice(0, newline);
        buffer = buffer.slice(newline + (buffer.startsWith("\r\n", newline) ? 2 : 1));
        if (line === "") {
          if (data.length > 0 && (eventName === "" || eventName === "status")) {
            const resource = JSON.parse(data.join("\n")) as ExportResource;
            options.onStatus?.(resource);
            if (finalStatuses.has(resource.status)) {
              return resource;
            }
          }

          eventName = "";
          data = [];
        } else if (line.startsWith(":")) {
          // A heartbeat comment: it only keeps proxies from closing an idle stream.
        } else {
          const colon = line.indexOf(":");
          const field = colon < 0 ? line : line.slice(0, colon);
          const fieldValue = colon < 0 ? "" : line.slice(colon + 1).replace(/^ /, "");
          if (field === "event") {
            eventName = fieldValue;
          } else if (field === "data") {
            data.push(fieldValue);
          }
        }
      }
    }
  } finally {
    await reader.cancel().catch(() => undefined);
  }
}

function delay(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) {
      resolve();
      return;
    }

    const timer = setTimeout(resolve, ms);
    signal.addEventListener("abort", () => {
      clearTimeout(timer);
      resolve();
    }, { once: true });
  });
}

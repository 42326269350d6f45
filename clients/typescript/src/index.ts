/**
 * The typed client of the ResumeExport API for the single-page app.
 *
 * `paths` and `components` are generated from the API's OpenAPI document (src/generated/schema.d.ts, never edited by
 * hand: `npm run generate`, checked in CI by deploy/gates/client-drift.sh). Calls go through openapi-fetch, so every
 * path, parameter, body and response, errors included, is typed from that document.
 */
import createClient, { type Client, type Middleware } from "openapi-fetch";
import type { components, paths } from "./generated/schema.js";

export type { components, operations, paths } from "./generated/schema.js";
export { ExportWaitError, waitForExport, type ExportResource, type ExportWaitErrorCode, type WaitForExportOptions } from "./waitForExport.js";

export type Schemas = components["schemas"];

/**
 * An RFC 9457 problem (`application/problem+json`): every error the API returns has this shape, typed from the
 * document's one problem schema. Beside the standard members: `traceId` (quote it in bug reports), `code` on conflicts
 * (e.g. `stale_version`; each operation's 409 lists its codes), `limitName`/`limitKind`/`limit`/`usage`/`resetsAt` on
 * `plan-limit-exceeded`, `currentVersion` on a stale version (412), `retryAfterSeconds` on 429, `errors` on validation.
 */
export type ProblemDetails = Schemas["ProblemDetails"];

/** A 400 whose `errors` map is keyed by the JSON path of each invalid field, e.g. `sections[2].items[0].startDate`. */
export type ValidationProblemDetails = ProblemDetails & { errors: Record<string, string[]> };

export type ResumeExportClient = Client<paths>;

/** The `type` URIs of the API's problems: switch on these, not on `title` or `detail` (those are for people). */
export const ProblemTypes = {
  validation: "https://resume-export.dev/problems/validation",
  badRequest: "https://resume-export.dev/problems/bad-request",
  payloadTooLarge: "https://resume-export.dev/problems/payload-too-large",
  unsupportedMediaType: "https://resume-export.dev/problems/unsupported-media-type",
  preconditionFailed: "https://resume-export.dev/problems/precondition-failed",
  unauthorized: "https://resume-export.dev/problems/unauthorized",
  forbidden: "https://resume-export.dev/problems/forbidden",
  notFound: "https://resume-export.dev/problems/not-found",
  conflict: "https://resume-export.dev/problems/conflict",
  tooManyRequests: "https://resume-export.dev/problems/too-many-requests",
  planLimitExceeded: "https://resume-export.dev/problems/plan-limit-exceeded",
  serviceUnavailable: "https://resume-export.dev/problems/service-unavailable",
  unexpected: "https://resume-export.dev/problems/unexpected",
} as const;

export interface ResumeExportClientOptions {
  /** Where the API is, e.g. `https://api.example.com` (paths start with `/api/...`). */
  baseUrl: string;
  /**
   * Read before every request, so a token from a new login is used at once; undefined sends no Authorization header.
   * Ignored when `session` is given (the session's access token is sent instead).
   */
  accessToken?: () => string | undefined;
  /**
   * Transparent refresh: the tokens of the signed-in user, read before every request. When a request sent with an access
   * token comes back 401 (the token expired), the client makes one `POST /api/auth/refresh` — shared by every request
   * that got a 401 meanwhile — hands the rotated pair to `save`, and sends each of those requests once more with the new
   * access token. If the refresh is refused, `ended` is called and the original 401 is what the caller sees.
   */
  session?: SessionStore;
  /** Another fetch (tests, SSR); defaults to the global one. */
  fetch?: (request: Request) => Promise<Response>;
}

/** The pair a login, sign-up or refresh returns. */
export interface SessionTokens {
  accessToken: string;
  refreshToken: string;
}

/** Where the SPA keeps its tokens; the client only reads them and hands it the rotated ones. */
export interface SessionStore {
  accessToken(): string | undefined;
  refreshToken(): string | undefined;
  /** Keep both: the refresh token just presented is spent, and presenting it again ends the whole session. */
  save(tokens: SessionTokens): void;
  /** The session is over (refresh token expired, revoked or reused): sign in again. */
  ended?(): void;
}

export function createResumeExportClient(options: ResumeExportClientOptions): ResumeExportClient {
  const fetch = options.fetch ?? ((request: Request) => globalThis.fetch(request));
  const client = createClient<paths>({
    baseUrl: options.baseUrl,
    ...(options.session ? { fetch: refreshingFetch(options.baseUrl, options.session, fetch) } : options.fetch ? { fetch } : {}),
  });
  if (options.accessToken && !options.session) {
    client.use(bearerToken(options.accessToken));
  }

  return client;
}

/**
 * A fetch that sends the session's access token and, on a 401 to a request that carried one, refreshes once for all
 * concurrent callers (the API rotates refresh tokens and treats a spent one presented again as theft, so two parallel
 * refreshes with one token would end the session) and retries the request once.
 */
function refreshingFetch(baseUrl: string, session: SessionStore, fetch: (request: Request) => Promise<Response>): (request: Request) => Promise<Response> {
  let refreshing: Promise<string | undefined> | undefined;
  const refreshUrl = `${baseUrl.replace(/\/+$/, "")}/api/auth/refresh`;

  const refresh = async (): Promise<string | undefined> => {
    const refreshToken = session.refreshToken();
    if (!refreshToken) {
      session.ended?.();
      return undefined;
    }

    const response = await fetch(new Request(refreshUrl, {
      method: "POST",
      headers: { "Content-Type": "application/json", Accept: "application/json" },
      body: JSON.stringify({ refreshToken }),
    }));
    if (!response.ok) {
      // 400/401: the token is dead for good. 429/503 and the like: the session may still be alive; only this try failed.
      if (response.status === 400 || response.status === 401) {
        session.ended?.();
      }

      return undefined;
    }

    const tokens = (await response.json()) as SessionTokens;
    session.save({ accessToken: tokens.accessToken, refreshToken: tokens.refreshToken });
    return tokens.accessToken;
  };

  return async (request: Request) => {
    const sent = session.accessToken();
    const retry = sent ? request.clone() : undefined;
    if (sent) {
      request.headers.set("Authorization", `Bearer ${sent}`);
    }

    const response = await fetch(request);
    if (response.status !== 401 || !retry || isAuthEndpoint(request.url)) {
      return response;
    }

    // Another request may have refreshed while this one was in flight: then its new token is used without a second refresh.
    const current = session.accessToken();
    let fresh: string | undefined;
    if (current && current !== sent) {
      fresh = current;
    } else {
      refreshing ??= refresh().finally(() => {
        refreshing = undefined;
      });
      fresh = await refreshing;
    }

    if (!fresh) {
      return response;
    }

    retry.headers.set("Authorization", `Bearer ${fresh}`);
    return fetch(retry);
  };
}

/** Sign-in, sign-up, refresh and logout answer 401 for bad credentials, never for an expired access token. */
function isAuthEndpoint(url: string): boolean {
  return new URL(url).pathname.includes("/api/auth/");
}

function bearerToken(accessToken: () => string | undefined): Middleware {
  return {
    onRequest({ request }) {
      const token = accessToken();
      if (token) {
        request.headers.set("Authorization", `Bearer ${token}`);
      }

      return request;
    },
  };
}

export function isProblemDetails(value: unknown): value is ProblemDetails {
  return typeof value === "object" && value !== null && ("type" in value || "title" in value) && "status" in value;
}

export function isValidationProblem(value: unknown): value is ValidationProblemDetails {
  return isProblemDetails(value) && value.type === ProblemTypes.validation && typeof (value as { errors?: unknown }).errors === "object";
}

/**
 * A fresh key for `Idempotency-Key`: make one per user action (the click that requests an export) and send the same
 * key again when retrying that action after a timeout or a network error; the API then returns the first export (200)
 * instead of queueing a second one.
 */
export function newIdempotencyKey(): string {
  return crypto.randomUUID();
}

/** Seconds to wait before retrying a 429, from its `Retry-After` header (undefined when absent). */
export function retryAfterSeconds(response: Response): number | undefined {
  const value = response.headers.get("Retry-After");
  const seconds = value === null ? Number.NaN : Number(value);
  return Number.isFinite(seconds) ? seconds : undefined;
}

/** The `If-Match` header for a resume update: the version from its `ETag` (or its `version` field). */
export function ifMatch(version: number | string): { "If-Match": string } {
  return { "If-Match": `"${version}"` };
}

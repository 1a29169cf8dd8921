// The app's live connection to /api/v1/ws, reusable by any feature (chat today, call
// signalling later): nothing here knows what the events mean.
//
// - Each connection starts with a fresh single-use ticket from a cookie-authenticated POST
//   (ADR 0025): the page cannot read its HttpOnly session cookie, so it cannot send a token.
// - A lost connection is reopened with exponential backoff (with jitter, capped).
// - Events that arrive while disconnected are lost, so every "ready" (the first, and each
//   after a reconnect, including after the server's 1013 "too slow, refetch") tells the
//   resync listeners to refetch whatever they show.
// - A session that has ended (the ticket request answers 401) stops the socket; the API
//   client has already sent the user to sign-in.
import { api, ApiError, unwrap } from "../api/client";

/** Any event the server sends: a `type` and its own fields. */
export type SocketEvent = { type: string };

/** A feature describes its events as a map from type to shape. */
export type EventMap = Record<string, SocketEvent>;

export type SocketStatus = "idle" | "connecting" | "open" | "reconnecting" | "stopped";

type Handler = (event: SocketEvent) => void;

export type SocketOptions = {
  /** Where to connect (default: this origin's /api/v1/ws over wss/ws). */
  url?: string;
  /** The first reconnect waits about this long; each next one twice as long, up to maxDelayMs. */
  baseDelayMs?: number;
  maxDelayMs?: number;
  /** Get a ticket (default: POST /api/v1/auth/browser/ws-ticket). */
  ticket?: () => Promise<string>;
};

const TRY_AGAIN_LATER = 1013;
const PING_MS = 25_000;

async function fetchTicket(): Promise<string> {
  return (await unwrap(api.POST("/api/v1/auth/browser/ws-ticket"))).ticket;
}

function defaultUrl(): string {
  const scheme = window.location.protocol === "https:" ? "wss:" : "ws:";
  return `${scheme}//${window.location.host}/api/v1/ws`;
}

export class RealtimeSocket {
  private ws: WebSocket | null = null;
  private readonly handlers = new Map<string, Set<Handler>>();
  private readonly resyncs = new Set<() => void>();
  private readonly statuses = new Set<(s: SocketStatus) => void>();
  private status: SocketStatus = "idle";
  private attempt = 0;
  private retry: number | undefined;
  private ping: number | undefined;
  private generation = 0; // a connection of an earlier start() must not touch this one

  constructor(private readonly options: SocketOptions = {}) {}

  /** Connect (once; calling again while running does nothing). */
  start(): void {
    if (this.status !== "idle" && this.status !== "stopped") return;
    this.generation += 1;
    this.attempt = 0;
    void this.connect(this.generation);
  }

  /** Disconnect for good (sign-out, the page going away). */
  stop(): void {
    this.generation += 1;
    window.clearTimeout(this.retry);
    window.clearInterval(this.ping);
    const ws = this.ws;
    this.ws = null;
    if (ws && ws.readyState <= WebSocket.OPEN) ws.close(1000, "bye");
    this.setStatus("stopped");
  }

  /** Call handler for each event of this type; returns the unsubscribe function. */
  on<M extends EventMap, K extends keyof M & string>(
    type: K,
    handler: (event: M[K]) => void,
  ): () => void {
    let set = this.handlers.get(type);
    if (!set) {
      set = new Set();
      this.handlers.set(type, set);
    }
    const h = handler as Handler;
    set.add(h);
    return () => {
      set.delete(h);
    };
  }

  /** Send a message on the open connection; false when there is none (nothing is queued:
   * a call's signaling must not be replayed minutes later). */
  send(message: SocketEvent): boolean {
    const ws = this.ws;
    if (this.status !== "open" || !ws || ws.readyState !== WebSocket.OPEN) return false;
    ws.send(JSON.stringify(message));
    return true;
  }

  /** Called whenever events may have been missed (each "ready"): refetch what you show. */
  onResync(listener: () => void): () => void {
    this.resyncs.add(listener);
    return () => {
      this.resyncs.delete(listener);
    };
  }

  onStatus(listener: (s: SocketStatus) => void): () => void {
    this.statuses.add(listener);
    listener(this.status);
    return () => {
      this.statuses.delete(listener);
    };
  }

  get current(): SocketStatus {
    return this.status;
  }

  private setStatus(s: SocketStatus): void {
    if (this.status === s) return;
    this.status = s;
    for (const listener of [...this.statuses]) listener(s);
  }

  private async connect(generation: number): Promise<void> {
    this.setStatus(this.attempt === 0 ? "connecting" : "reconnecting");
    let ticket: string;
    try {
      ticket = await (this.options.ticket ?? fetchTicket)();
    } catch (e) {
      if (generation !== this.generation) return;
      if (e instanceof ApiError && (e.status === 401 || e.status === 403 || e.status === 404)) {
        this.stop(); // signed out (the API client took the user to sign-in) or not allowed
        return;
      }
      this.schedule(generation);
      return;
    }
    if (generation !== this.generation) return;
    const ws = new WebSocket(this.options.url ?? defaultUrl());
    this.ws = ws;
    ws.onopen = () => ws.send(JSON.stringify({ type: "auth", ticket }));
    ws.onmessage = (message) => this.receive(ws, message);
    ws.onclose = (close) => {
      if (this.ws !== ws) return;
      this.ws = null;
      window.clearInterval(this.ping);
      // 1013: the server dropped us for falling behind; the next "ready" resyncs anyway.
      if (close.code === TRY_AGAIN_LATER) this.attempt = 0;
      this.schedule(generation);
    };
  }

  private receive(ws: WebSocket, message: MessageEvent): void {
    if (this.ws !== ws || typeof message.data !== "string") return;
    let event: unknown;
    try {
      event = JSON.parse(message.data);
    } catch {
      return;
    }
    if (typeof event !== "object" || event === null) return;
    const type = (event as { type?: unknown }).type;
    if (typeof type !== "string") return;
    if (type === "ready") {
      this.attempt = 0;
      this.setStatus("open");
      window.clearInterval(this.ping);
      this.ping = window.setInterval(() => {
        if (ws.readyState === WebSocket.OPEN) ws.send(JSON.stringify({ type: "ping" }));
      }, PING_MS);
      for (const listener of [...this.resyncs]) listener();
      return;
    }
    if (type === "ping" || type === "pong") return;
    for (const handler of [...(this.handlers.get(type) ?? [])]) handler(event as SocketEvent);
  }

  private schedule(generation: number): void {
    if (generation !== this.generation) return;
    this.setStatus("reconnecting");
    const base = this.options.baseDelayMs ?? 500;
    const max = this.options.maxDelayMs ?? 30_000;
    const delay = Math.min(max, base * 2 ** this.attempt) * (0.5 + Math.random() / 2);
    this.attempt += 1;
    window.clearTimeout(this.retry);
    this.retry = window.setTimeout(() => void this.connect(generation), delay);
  }
}

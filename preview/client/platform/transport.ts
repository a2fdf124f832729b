/**
 * The one way the client talks to the preview server. It counts requests in flight so the page can say when
 * it is fully rendered, and it hands failures over in the shape LDS gives components (`{ status, body }`).
 */
let inFlight = 0;
const idleListeners = new Set<() => void>();

export interface TransportError {
  ok: false;
  status: number;
  statusText: string;
  body: unknown;
}

export function pendingRequests(): number {
  return inFlight;
}

export function onRequestsSettled(listener: () => void): () => void {
  idleListeners.add(listener);
  return () => idleListeners.delete(listener);
}

export async function request<T>(path: string, method = 'GET', body?: unknown): Promise<T> {
  inFlight++;
  try {
    const response = await fetch(path, {
      method,
      credentials: 'same-origin',
      headers: body === undefined ? {} : { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body)
    });
    const text = await response.text();
    let json: unknown = null;
    try {
      json = text ? JSON.parse(text) : null;
    } catch {
      json = { message: text };
    }
    if (!response.ok) {
      const error: TransportError = { ok: false, status: response.status, statusText: response.statusText, body: json };
      throw error;
    }
    return json as T;
  } finally {
    inFlight--;
    if (inFlight === 0) for (const l of [...idleListeners]) l();
  }
}

/** Live wires re-fetch when records change (LDS refreshes its cache the same way after a write). */
const liveWires = new Set<{ refresh(): Promise<void> | void }>();

export function trackWire(wire: { refresh(): Promise<void> | void }): () => void {
  liveWires.add(wire);
  return () => liveWires.delete(wire);
}

export async function refreshAllWires(): Promise<void> {
  await Promise.all([...liveWires].map((w) => w.refresh()));
}

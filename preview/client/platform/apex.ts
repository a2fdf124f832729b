/**
 * `@salesforce/apex/<Class>.<method>` for the preview: each import is a callable that posts to the server's
 * Apex registry, and a wire adapter (for `@wire(method, params)`); `refreshApex` re-runs a wired call.
 */
import { request, trackWire } from './transport';

const refreshers = new WeakMap<object, () => Promise<void>>();

export function apexMethod(className: string, method: string) {
  const call = (params?: Record<string, unknown>): Promise<unknown> =>
    request(`/api/apex/${encodeURIComponent(className)}/${encodeURIComponent(method)}`, 'POST', params ?? {});

  class ApexWire {
    private params: Record<string, unknown> | null = null;
    private connected = false;
    private untrack: (() => void) | null = null;
    private generation = 0;
    constructor(private readonly dataCallback: (value: { data: unknown; error: unknown }) => void) {}
    connect(): void {
      this.connected = true;
      this.untrack = trackWire(this);
      void this.refresh();
    }
    disconnect(): void {
      this.connected = false;
      this.untrack?.();
    }
    update(params: Record<string, unknown>): void {
      this.params = params;
      if (this.connected) void this.refresh();
    }
    async refresh(): Promise<void> {
      // A wired call with an undefined parameter waits, as on the platform.
      if (!this.params || Object.values(this.params).some((v) => v === undefined)) return;
      const generation = ++this.generation;
      let value: { data: unknown; error: unknown };
      try {
        value = { data: await call(this.params), error: undefined };
      } catch (error) {
        value = { data: undefined, error };
      }
      if (generation !== this.generation || !this.connected) return;
      refreshers.set(value, () => this.refresh());
      this.dataCallback(value);
    }
  }
  return Object.assign(call, { adapter: ApexWire });
}

export async function refreshApex(wiredValue: object | undefined): Promise<void> {
  const refresh = wiredValue ? refreshers.get(wiredValue) : undefined;
  if (refresh) await refresh();
}

export function getSObjectValue(record: Record<string, unknown>, field: string | { fieldApiName: string }): unknown {
  const path = typeof field === 'string' ? field : field.fieldApiName;
  return path
    .split('.')
    .reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[k] : undefined), record);
}

/**
 * `@salesforce/apex/<Class>.<method>` for the preview: each import is a callable that posts to the server's
 * Apex registry, and a wire adapter (for `@wire(method, params)`); `refreshApex` re-runs a wired call.
 */
import { request } from './transport';
import { DataOrErrorWire } from './wire';

const refreshers = new WeakMap<object, () => Promise<void>>();

export function apexMethod(className: string, method: string) {
  const call = (params?: Record<string, unknown>): Promise<unknown> =>
    request(`/api/apex/${encodeURIComponent(className)}/${encodeURIComponent(method)}`, 'POST', params ?? {});

  class ApexWire extends DataOrErrorWire<Record<string, unknown>> {
    // A wired call with an undefined parameter waits, as on the platform.
    protected ready(params: Record<string, unknown>): boolean {
      return !Object.values(params).some((v) => v === undefined);
    }
    protected fetch(params: Record<string, unknown>): Promise<unknown> {
      return call(params);
    }
    protected provisioned(value: { data: unknown; error: unknown }) {
      refreshers.set(value, () => this.refresh());
      return value;
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

/**
 * The base of the preview's wire adapters (graphql, getRecord, Apex, …): re-fetch when the config changes,
 * when records change (LDS refreshes its cache after a write) or on refresh; drop answers that arrive after a
 * newer request or after the component disconnected.
 */
import { trackWire } from './transport';

export abstract class FetchingWire<Config, Value> {
  protected config: Config | null = null;
  private connected = false;
  private untrack: (() => void) | null = null;
  private generation = 0;

  constructor(private readonly dataCallback: (value: Value) => void) {}

  /** Whether the config is complete (e.g. no undefined parameter, a record id is set). */
  protected abstract ready(config: Config): boolean;
  /** Fetches and returns the value to provision (errors are part of the value, never thrown). */
  protected abstract load(config: Config): Promise<Value>;
  /** Hook to decorate the value just before it is provisioned. */
  protected provisioned(value: Value): Value {
    return value;
  }

  connect(): void {
    this.connected = true;
    this.untrack = trackWire(this);
    void this.refresh();
  }

  disconnect(): void {
    this.connected = false;
    this.untrack?.();
  }

  update(config: Config): void {
    this.config = config;
    if (this.connected) void this.refresh();
  }

  async refresh(): Promise<void> {
    if (!this.config || !this.ready(this.config)) return;
    const generation = ++this.generation;
    const value = await this.load(this.config);
    if (generation === this.generation && this.connected) this.dataCallback(this.provisioned(value));
  }
}

/** `{ data, error }` adapters (getRecord, Apex): a failed request provisions the error. */
export abstract class DataOrErrorWire<Config> extends FetchingWire<Config, { data: unknown; error: unknown }> {
  protected abstract fetch(config: Config): Promise<unknown>;

  protected async load(config: Config): Promise<{ data: unknown; error: unknown }> {
    try {
      return { data: await this.fetch(config), error: undefined };
    } catch (error) {
      return { data: undefined, error };
    }
  }
}

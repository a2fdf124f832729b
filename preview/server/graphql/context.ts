/** What every GraphQL resolver and record operation gets: the viewer's security context and formatting. */
import type { DataStore, SfRecord } from '../data/store.ts';
import type { OrgDescribe } from '../metadata/describe.ts';
import type { SecurityContext } from '../security.ts';
import type { FilterEnv } from './filters.ts';
import type { Money, UserFormat } from './values.ts';

export interface RecordWriter {
  create(object: string, fields: Record<string, unknown>): SfRecord;
  update(id: string, fields: Record<string, unknown>): SfRecord;
  remove(id: string): void;
}

export interface ExecContext {
  sec: SecurityContext;
  store: DataStore;
  describe: OrgDescribe;
  env: FilterEnv;
  fmt: UserFormat;
  money: Money;
  writer: RecordWriter;
  /** Per-request memo (visible records per object, child indexes). */
  cache: Map<string, unknown>;
}

/**
 * The embedded demo org as one object: its describe (from the package metadata), permission sets, labels and
 * records, and per view-as user a session that answers GraphQL, record and Apex requests with that user's
 * sharing and security. GraphQL schemas are built once per permission profile.
 */
import type { GraphQLSchema } from 'graphql';
import { readOrgDescribe, type OrgDescribe } from './metadata/describe.ts';
import { readPermissionSets, readCustomLabels, type PermissionSetDescribe } from './metadata/permissions.ts';
import { DataStore, type DemoOrgDocument, type SfRecord } from './data/store.ts';
import { openDemoOrg, generateDemoOrg, type DemoOptions } from './data/demo-source.ts';
import { SecurityContext, assignedPermissionSets, personaOf, type Persona } from './security.ts';
import { buildUiApiSchema } from './graphql/schema.ts';
import { runGraphQL, type GraphQLRequest } from './graphql/execute.ts';
import { localDate, weekStartForLocale, type FiscalSettings } from './graphql/dates.ts';
import { localeTag, moneyOf, type Money, type UserFormat } from './graphql/values.ts';
import type { ExecContext } from './graphql/context.ts';
import { RecordService } from './records.ts';
import { callApex } from './apex/registry.ts';
import { APEX_SERVICES } from './apex/services.ts';

export interface PreviewOrgOptions {
  root: string;
  /** Where the demo org persists; null keeps it in memory (tests, benchmarks). */
  dataFile: string | null;
  demo?: Partial<DemoOptions>;
  /** A ready-made document instead of the generator's (the server tests' hand-made org). */
  document?: DemoOrgDocument;
  /** The clock (tests pin it). */
  now?: () => Date;
  /** One-line notices (a corrupt data file was regenerated, …). */
  report?: (line: string) => void;
}

export interface UserSummary {
  id: string;
  name: string;
  title: string | null;
  /** The main persona (leader > manager > rep > admin). */
  persona: Persona;
  /** Every persona the user's permission sets give (a manager is also a rep; sales ops may be leader and admin). */
  personas: Persona[];
  hasRole: boolean;
}

export function todayIso(now: Date): string {
  return now.toISOString().slice(0, 10);
}

export class PreviewOrg {
  readonly describe: OrgDescribe;
  readonly permissionSets: Map<string, PermissionSetDescribe>;
  readonly labels: Map<string, string>;
  private schemas = new Map<string, GraphQLSchema>();
  /** Visible records per user and object, shared across requests until the next write. */
  private readonly visibility = new Map<string, { version: number; records: SfRecord[] }>();
  private fullSchema: GraphQLSchema | null = null;

  private constructor(
    readonly options: PreviewOrgOptions,
    public store: DataStore
  ) {
    this.describe = readOrgDescribe(options.root);
    this.permissionSets = readPermissionSets(options.root);
    this.labels = readCustomLabels(options.root);
    this.computeAllFormulas();
  }

  static demoOptions(options: PreviewOrgOptions): DemoOptions {
    const now = (options.now ?? (() => new Date()))();
    return { seed: 42, anchorDate: todayIso(now), reps: 9, ...options.demo };
  }

  static async open(options: PreviewOrgOptions): Promise<PreviewOrg> {
    const demo = PreviewOrg.demoOptions(options);
    const store = options.document
      ? new DataStore(options.document, options.dataFile)
      : options.dataFile
        ? openDemoOrg(options.dataFile, demo, options.report ?? (() => undefined))
        : new DataStore(generateDemoOrg(demo), null);
    return new PreviewOrg(options, store);
  }

  /** Regenerates the demo org from its seed, anchored to today. */
  async reset(): Promise<void> {
    const doc = generateDemoOrg(PreviewOrg.demoOptions(this.options));
    this.store = new DataStore(doc, this.options.dataFile);
    this.store.save();
    this.computeAllFormulas();
  }

  now(): Date {
    return (this.options.now ?? (() => new Date()))();
  }

  private computeAllFormulas(): void {
    const anyUser = this.store.all('User')[0];
    if (!anyUser) return;
    for (const object of this.describe.objects.values()) {
      if (![...object.fields.values()].some((f) => f.formula)) continue;
      const service = this.session(anyUser.Id).records;
      for (const r of this.store.all(object.apiName)) service.computeFormulas(object, r);
    }
  }

  schema(): GraphQLSchema {
    this.fullSchema ??= buildUiApiSchema(this.describe);
    return this.fullSchema;
  }

  schemaFor(sec: SecurityContext): GraphQLSchema {
    const key = sec.access.key;
    if (!this.schemas.has(key)) this.schemas.set(key, buildUiApiSchema(this.describe, sec.access));
    return this.schemas.get(key)!;
  }

  users(): UserSummary[] {
    const rank: Record<Persona, number> = { leader: 0, manager: 1, rep: 2, admin: 3, none: 4 };
    const PERSONA_SETS: [string, Persona][] = [
      ['Coaching_Leader', 'leader'],
      ['Coaching_Manager', 'manager'],
      ['Coaching_Rep', 'rep'],
      ['Coaching_Admin', 'admin']
    ];
    return (
      this.store
        .all('User')
        .filter((u) => u.IsActive !== false)
        .map((u) => {
          const sets = assignedPermissionSets(this.store, u.Id);
          return {
            id: u.Id,
            name: String(u.Name ?? `${String(u.FirstName ?? '')} ${String(u.LastName ?? '')}`.trim()),
            title: (u.Title as string | null | undefined) ?? null,
            persona: personaOf(sets),
            personas: PERSONA_SETS.filter(([set]) => sets.includes(set)).map(([, p]) => p),
            hasRole: !!u.UserRoleId
          };
        })
        // Per persona, users in the role hierarchy first (the line managers and reps), then by name.
        .sort(
          (a, b) =>
            rank[a.persona] - rank[b.persona] || Number(b.hasRole) - Number(a.hasRole) || a.name.localeCompare(b.name)
        )
    );
  }

  /** The user the preview shows first: a manager (the product's main persona). */
  defaultUserId(persona: Persona = 'manager'): string {
    const users = this.users();
    return (users.find((u) => u.persona === persona) ?? users[0]).id;
  }

  fiscal(): FiscalSettings {
    // The start month is on Organization (FiscalYearStartMonth); older exports carry it on FiscalYearSettings.
    const organization = this.store.all('Organization')[0];
    const settings = this.store.all('FiscalYearSettings')[0];
    const startMonth = Number(
      organization?.FiscalYearStartMonth ?? settings?.StartMonth ?? this.store.meta.fiscalYearStartMonth ?? 1
    );
    const quarters = this.store
      .all('Period')
      .filter((p) => p.Type === 'Quarter')
      .map((p) => ({ start: String(p.StartDate), end: addOneDay(String(p.EndDate)) }))
      .sort((a, b) => a.start.localeCompare(b.start));
    return { startMonth: startMonth >= 1 && startMonth <= 12 ? startMonth : 1, quarters };
  }

  money(): Money {
    return moneyOf(this.store);
  }

  session(userId: string) {
    const sec = new SecurityContext(this.store, this.describe, this.permissionSets, userId, this.visibility);
    const user = sec.user;
    const money = this.money();
    const timeZone = String(user.TimeZoneSidKey ?? 'America/Los_Angeles');
    const fmt: UserFormat = {
      locale: localeTag(user.LocaleSidKey as string | undefined),
      timeZone,
      currency: String(user.DefaultCurrencyIsoCode ?? money.corporate)
    };
    const clock = () => {
      const now = this.now();
      return { now: now.toISOString(), today: localDate(now, timeZone) };
    };
    const records = new RecordService({ store: this.store, describe: this.describe, sec, fmt, money, now: clock });
    const ctx: ExecContext = {
      sec,
      store: this.store,
      describe: this.describe,
      env: {
        describe: this.describe,
        store: this.store,
        timeZone,
        dates: {
          today: clock().today,
          weekStart: weekStartForLocale(user.LocaleSidKey as string | undefined),
          fiscal: this.fiscal()
        }
      },
      fmt,
      money,
      writer: records,
      cache: new Map()
    };
    return {
      sec,
      ctx,
      records,
      fmt,
      graphql: (request: GraphQLRequest) => {
        ctx.cache.clear();
        return runGraphQL(this.schemaFor(sec), request, ctx);
      },
      apex: (className: string, method: string, params: Record<string, unknown>) =>
        callApex(APEX_SERVICES, { org: this, sec, ctx }, className, method, params)
    };
  }

  /** Sample records for the record pages: a rep (reachable by the user) and one of their open deals. */
  samples(userId: string): { userRecordId: string | null; opportunityRecordId: string | null } {
    const { sec } = this.session(userId);
    const users = this.users();
    const reps = users.filter((u) => u.persona === 'rep');
    const myReps = reps.filter((r) => (this.store.get(r.id) as SfRecord | undefined)?.ManagerId === userId);
    const rep = sec.persona === 'rep' ? userId : ((myReps[0] ?? reps[0])?.id ?? null);
    const opps = sec.visible('Opportunity');
    const opp =
      opps.find((o) => o.OwnerId === rep && o.IsClosed !== true) ?? opps.find((o) => o.IsClosed !== true) ?? opps[0];
    return { userRecordId: rep, opportunityRecordId: opp?.Id ?? null };
  }
}

function addOneDay(iso: string): string {
  const d = new Date(`${iso.slice(0, 10)}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

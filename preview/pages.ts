/**
 * The preview's pages: which components (by `c-` tag, with their properties) appear on each page.
 * UI engineers add a line here when their component exists; until then its slot shows "not built yet".
 *
 * Property values starting with `$` are filled in by the page: `$recordId` and `$objectApiName` on record
 * pages, `$userId` (the view-as user) everywhere.
 * `readyMarker` is a CSS selector the page's main component sets once it is fully rendered (the benchmark and
 * the e2e tests wait for it); pages without one use the shell's own marker (every slot rendered, no request
 * in flight).
 */

export type PagePersona = 'manager' | 'rep' | 'leader' | 'admin';

export interface PageSlot {
  /** The component's tag, e.g. `c-coaching-cockpit` (bundle `coachingCockpit`). */
  tag: string;
  props?: Record<string, unknown>;
  /** Layout region on the page. */
  region?: 'main' | 'sidebar';
}

export interface PageDefinition {
  id: string;
  title: string;
  /** Home pages: the Home of this persona. Record pages: the object they show. */
  kind: 'home' | 'record';
  persona?: PagePersona;
  objectApiName?: string;
  slots: PageSlot[];
  readyMarker?: string;
}

export const PAGES: PageDefinition[] = [
  {
    id: 'manager-home',
    title: 'Manager Home',
    kind: 'home',
    persona: 'manager',
    slots: [{ tag: 'c-coaching-cockpit' }, { tag: 'c-my-coaching-feedback', region: 'sidebar' }],
    readyMarker: 'c-coaching-cockpit [data-cockpit-ready]'
  },
  {
    id: 'rep-home',
    title: 'Rep Home',
    kind: 'home',
    persona: 'rep',
    slots: [{ tag: 'c-my-coaching' }]
  },
  {
    id: 'leader-oversight',
    title: 'Coaching Oversight',
    kind: 'home',
    persona: 'leader',
    slots: [{ tag: 'c-coaching-oversight' }],
    readyMarker: 'c-coaching-oversight [data-oversight-ready]'
  },
  {
    id: 'user-record',
    title: 'User',
    kind: 'record',
    objectApiName: 'User',
    slots: [
      { tag: 'c-rep-coaching-panel', props: { recordId: '$recordId', objectApiName: '$objectApiName' } },
      { tag: 'c-coaching-agenda', props: { recordId: '$recordId' } }
    ]
  },
  {
    id: 'opportunity-record',
    title: 'Opportunity',
    kind: 'record',
    objectApiName: 'Opportunity',
    slots: [{ tag: 'c-deal-coaching-panel', props: { recordId: '$recordId', objectApiName: '$objectApiName' } }]
  }
];

/** Developer pages of the preview itself (not persona pages): reachable by URL, not in the page list. */
export const DEV_PAGES: PageDefinition[] = [
  { id: 'dev-write', title: 'Try a write (developer)', kind: 'home', slots: [] },
  { id: 'dev-graphql', title: 'Run a GraphQL query (developer)', kind: 'home', slots: [] },
  // The benchmark's baseline: the shell alone, no component.
  { id: 'dev-blank', title: 'Blank page (baseline)', kind: 'home', slots: [] }
];

/** `c-coaching-cockpit` → `coachingCockpit`. */
export function bundleNameOf(tag: string): string {
  return tag.replace(/^c-/, '').replace(/-([a-z0-9])/g, (_m, c: string) => c.toUpperCase());
}

/** The Home page a persona lands on. */
export function homePageFor(persona: string): PageDefinition {
  const wanted = persona === 'admin' ? 'leader' : persona;
  return PAGES.find((p) => p.kind === 'home' && p.persona === wanted) ?? PAGES[0];
}

export function recordPageFor(objectApiName: string): PageDefinition | undefined {
  return PAGES.find((p) => p.kind === 'record' && p.objectApiName === objectApiName);
}

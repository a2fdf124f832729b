/**
 * The preview shell: a Lightning-like header with the view-as switcher and "Reset demo", links to every
 * preview page, the page's components (rendered dynamically from `preview/pages.ts`), toasts, and the page's
 * ready marker (`data-preview-ready` on <body>) once every slot rendered and no request is in flight.
 */
import { LightningElement } from 'lwc';
import COMPONENTS from 'preview:components';
import { CONTEXT } from '../../../platform/context';
import { pendingRequests, request, refreshAllWires } from '../../../platform/transport';
import { PAGES, DEV_PAGES, homePageFor, type PageSlot } from '../../../../pages';

interface Toast {
  key: number;
  title: string;
  message: string;
  variant: string;
}

const PERSONA_LABEL: Record<string, string> = {
  manager: 'Sales manager',
  rep: 'Sales rep',
  leader: 'Sales leader',
  admin: 'Admin',
  none: 'No coaching permission set'
};

function substitute(value: unknown): unknown {
  if (value === '$recordId') return CONTEXT.page.recordId;
  if (value === '$objectApiName') return CONTEXT.page.objectApiName;
  if (value === '$userId') return CONTEXT.user.id;
  return value;
}

export default class App extends LightningElement {
  toasts: Toast[] = [];
  componentError: string | null = null;
  resetting = false;
  private toastKey = 0;
  private quietFrames = 0;
  private readyWatch = false;

  get page() {
    return [...PAGES, ...DEV_PAGES].find((p) => p.id === CONTEXT.page.id) ?? homePageFor(CONTEXT.user.persona);
  }

  get isWriteProbe(): boolean {
    return CONTEXT.page.id === 'dev-write';
  }

  get isGraphqlProbe(): boolean {
    return CONTEXT.page.id === 'dev-graphql';
  }

  get pageTitle(): string {
    return CONTEXT.page.title;
  }

  get userLabel(): string {
    return `${CONTEXT.user.name} · ${PERSONA_LABEL[CONTEXT.user.persona] ?? CONTEXT.user.persona}`;
  }

  get users() {
    return CONTEXT.users.map((u) => ({
      ...u,
      label: `${u.name} — ${(u.personas.length ? u.personas : [u.persona]).map((p) => PERSONA_LABEL[p] ?? p).join(', ')}${u.title ? ` (${u.title})` : ''}`,
      selected: u.id === CONTEXT.user.id
    }));
  }

  get links() {
    const { samples } = CONTEXT;
    const links = [
      { key: 'home', label: 'Home', href: '/lightning/page/home' },
      ...PAGES.filter((p) => p.kind === 'home').map((p) => ({ key: p.id, label: p.title, href: `/preview/${p.id}` })),
      {
        key: 'user-record',
        label: 'Rep (User record)',
        href: samples.userRecordId ? `/lightning/r/User/${samples.userRecordId}/view` : null
      },
      {
        key: 'opportunity-record',
        label: 'Opportunity record',
        href: samples.opportunityRecordId ? `/lightning/r/Opportunity/${samples.opportunityRecordId}/view` : null
      }
    ];
    return links
      .filter((l) => l.href)
      .map((l) => ({
        ...l,
        current: l.key === CONTEXT.page.id ? 'page' : null,
        className: `slds-context-bar__item${l.key === CONTEXT.page.id ? ' slds-is-active' : ''}`
      }));
  }

  private slot(s: PageSlot, index: number) {
    const ctor = (COMPONENTS as Record<string, unknown>)[s.tag] ?? null;
    const props = Object.fromEntries(Object.entries(s.props ?? {}).map(([k, v]) => [k, substitute(v)]));
    return { key: `${s.tag}-${index}`, tag: s.tag, ctor, props, missing: !ctor };
  }

  get mainSlots() {
    return this.page.slots.filter((s) => (s.region ?? 'main') === 'main').map((s, i) => this.slot(s, i));
  }

  get sidebarSlots() {
    return this.page.slots.filter((s) => s.region === 'sidebar').map((s, i) => this.slot(s, i));
  }

  get hasSidebar(): boolean {
    return this.sidebarSlots.length > 0;
  }

  get mainClass(): string {
    return this.hasSidebar ? 'slds-col slds-size_1-of-1 slds-large-size_8-of-12' : 'slds-col slds-size_1-of-1';
  }

  get resetLabel(): string {
    return this.resetting ? 'Resetting…' : 'Reset demo';
  }

  get hasToasts(): boolean {
    return this.toasts.length > 0;
  }

  connectedCallback(): void {
    document.addEventListener('lightning__showtoast', this.handleToast);
    document.addEventListener('lightning__refreshevent', this.handleRefresh);
  }

  disconnectedCallback(): void {
    document.removeEventListener('lightning__showtoast', this.handleToast);
    document.removeEventListener('lightning__refreshevent', this.handleRefresh);
  }

  renderedCallback(): void {
    if (this.readyWatch) return;
    this.readyWatch = true;
    const tick = (): void => {
      // Ready once no request has been in flight for three frames in a row.
      this.quietFrames = pendingRequests() === 0 ? this.quietFrames + 1 : 0;
      if (this.quietFrames >= 3) {
        document.body.setAttribute('data-preview-ready', 'true');
        return;
      }
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  }

  errorCallback(error: Error): void {
    this.componentError = error?.message ?? String(error);
    console.error('A component on this page failed:', error);
  }

  handleToast = (event: Event): void => {
    const detail = (event as CustomEvent<{ title: string; message?: string; variant?: string }>).detail;
    const toast = {
      key: ++this.toastKey,
      title: detail.title,
      message: detail.message ?? '',
      variant: detail.variant ?? 'info'
    };
    this.toasts = [...this.toasts, toast];
    setTimeout(() => this.dismiss(toast.key), toast.variant === 'error' ? 10000 : 5000);
  };

  handleRefresh = (): void => {
    void refreshAllWires();
  };

  get toastItems() {
    return this.toasts.map((t) => ({
      ...t,
      className: `slds-notify slds-notify_toast slds-theme_${t.variant === 'error' ? 'error' : t.variant === 'success' ? 'success' : t.variant === 'warning' ? 'warning' : 'info'}`
    }));
  }

  dismiss(key: number): void {
    this.toasts = this.toasts.filter((t) => t.key !== key);
  }

  handleDismiss(event: Event): void {
    this.dismiss(Number((event.currentTarget as HTMLElement).dataset.key));
  }

  async handleViewAs(event: Event): Promise<void> {
    const userId = (event.target as HTMLSelectElement).value;
    await request('/api/view-as', 'POST', { userId });
    // Record pages stay on the record; Home pages go to the new user's Home.
    window.location.assign(CONTEXT.page.recordId ? window.location.pathname : '/lightning/page/home');
  }

  async handleReset(): Promise<void> {
    this.resetting = true;
    try {
      await request('/api/reset', 'POST', {});
      window.location.assign('/lightning/page/home');
    } catch (error) {
      this.resetting = false;
      const message = (error as { body?: { message?: string } }).body?.message ?? 'The demo could not be reset.';
      this.handleToast(new CustomEvent('x', { detail: { title: 'Reset failed', message, variant: 'error' } }));
    }
  }
}

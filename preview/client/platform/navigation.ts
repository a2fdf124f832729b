/**
 * `lightning/navigation` for the preview: NavigationMixin navigates between preview pages (record pages,
 * Home, named pages); CurrentPageReference describes the page the component is on.
 */
import { CONTEXT } from './context';

export interface PageReference {
  type: string;
  attributes?: Record<string, unknown>;
  state?: Record<string, unknown>;
}

const Navigate = Symbol('Navigate');
const GenerateUrl = Symbol('GenerateUrl');

export function urlFor(ref: PageReference): string {
  const a = ref.attributes ?? {};
  const state =
    ref.state && Object.keys(ref.state).length
      ? `?${new URLSearchParams(ref.state as Record<string, string>).toString()}`
      : '';
  switch (ref.type) {
    case 'standard__recordPage':
      return `/lightning/r/${String(a.objectApiName ?? 'record')}/${String(a.recordId)}/${String(a.actionName ?? 'view')}${state}`;
    case 'standard__namedPage':
      return a.pageName === 'home' ? `/lightning/page/home${state}` : `/lightning/page/${String(a.pageName)}${state}`;
    case 'standard__navItemPage':
      return `/lightning/n/${String(a.apiName)}${state}`;
    case 'standard__objectPage':
      return `/lightning/o/${String(a.objectApiName)}/${String(a.actionName ?? 'home')}${state}`;
    case 'standard__webPage':
      return String(a.url);
    default:
      return `/lightning/page/home`;
  }
}

type Constructor<T = object> = new (...args: any[]) => T;

function mixin<T extends Constructor>(Base: T) {
  return class extends Base {
    [Navigate](ref: PageReference, replace?: boolean): void {
      const url = urlFor(ref);
      if (replace) window.location.replace(url);
      else window.location.assign(url);
    }
    [GenerateUrl](ref: PageReference): Promise<string> {
      return Promise.resolve(urlFor(ref));
    }
  };
}

export const NavigationMixin = Object.assign(mixin, { Navigate, GenerateUrl });

/** Wire adapter: the current page as a page reference. */
export class CurrentPageReference {
  constructor(private readonly dataCallback: (value: PageReference) => void) {}
  connect(): void {
    const { page } = CONTEXT;
    const state = Object.fromEntries(new URLSearchParams(window.location.search));
    this.dataCallback(
      page.recordId
        ? {
            type: 'standard__recordPage',
            attributes: { recordId: page.recordId, objectApiName: page.objectApiName, actionName: 'view' },
            state
          }
        : { type: 'standard__namedPage', attributes: { pageName: 'home' }, state }
    );
  }
  disconnect(): void {}
  update(): void {}
}

/** What the server tells the page about the view-as user and the page (injected as `window.__PREVIEW__`). */
export interface PreviewUser {
  id: string;
  name: string;
  title: string | null;
  persona: string;
  personas: string[];
}

export interface PreviewContext {
  user: PreviewUser;
  i18n: { locale: string; lang: string; currency: string; timeZone: string; firstDayOfWeek: number; dir: string };
  customPermissions: string[];
  page: { id: string; title: string; recordId: string | null; objectApiName: string | null };
  users: PreviewUser[];
  /** Records to open the record pages with (a rep of the view-as manager, one of their opportunities). */
  samples: { userRecordId: string | null; opportunityRecordId: string | null };
  /** Built component constructors are looked up by tag; these tags have a bundle. */
  dataFile: string;
}

export const CONTEXT = (globalThis as unknown as { __PREVIEW__: PreviewContext }).__PREVIEW__;

/**
 * The reference data a coaching view needs besides records: the admin's settings (custom metadata) and the
 * org's fiscal quarters, both through `c/coachingApi` (the UI API serves neither). When a call fails the view
 * still works: settings fall back to the engine's defaults and quarters to the calendar, and `notices` says so
 * in words the manager sees, so no figure is silently computed on the wrong basis.
 */
import { getQuarters, getSettings } from 'c/coachingApi';
import { DEFAULT_SETTINGS } from 'c/coachingEngine';
import type { CoachingSettings, FiscalCalendar } from 'c/coachingModel';
import { reduceErrors, type AnyError } from 'c/ldsErrors';
import settingsFallbackLabel from '@salesforce/label/c.Coaching_Settings_Defaulted';
import quartersFallbackLabel from '@salesforce/label/c.Coaching_Quarters_Defaulted';

export interface ReferenceData {
  settings: CoachingSettings;
  fiscal: FiscalCalendar;
  /** Why a fallback is in use, for the page to show. Empty when everything came from the org. */
  notices: string[];
}

/** Quarters requested around today: the engine reads four before the current one, and the next one. */
export const QUARTERS_AROUND = 13;

export const CALENDAR_QUARTERS: FiscalCalendar = Object.freeze({
  startMonth: 1,
  nameByStartYear: false,
  customQuarters: []
}) as FiscalCalendar;

const messageOf = (error: unknown): string => reduceErrors(error as AnyError).join(' ');

export async function loadReferenceData(now: string): Promise<ReferenceData> {
  const [settings, quarters] = await Promise.allSettled([
    getSettings(),
    getQuarters(now.slice(0, 10), QUARTERS_AROUND)
  ]);
  const notices: string[] = [];
  let resolved: CoachingSettings = DEFAULT_SETTINGS;
  if (settings.status === 'fulfilled') {
    resolved = settings.value.settings;
    if (settings.value.message) notices.push(settings.value.message);
  } else notices.push(`${settingsFallbackLabel} ${messageOf(settings.reason)}`.trim());
  let fiscal: FiscalCalendar = CALENDAR_QUARTERS;
  if (quarters.status === 'fulfilled') {
    fiscal = quarters.value.calendar;
    if (quarters.value.message) notices.push(quarters.value.message);
  } else notices.push(`${quartersFallbackLabel} ${messageOf(quarters.reason)}`.trim());
  return { settings: resolved, fiscal, notices };
}

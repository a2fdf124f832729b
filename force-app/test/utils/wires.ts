/**
 * Typed handles on the sfdx-lwc-jest wire adapter stubs, and a pinned clock, shared by the container tests.
 * The stubs' own types are `unknown` in types/lightning-platform.d.ts (they are wire adapters on the platform).
 */
import { graphql } from 'lightning/graphql';

type ConfigFilter = (config: { query?: unknown; variables?: Record<string, unknown> }) => boolean;

export interface TestGraphqlAdapter {
  emit(value: unknown, filter?: ConfigFilter, refresh?: () => Promise<void>): void;
  emitErrors(errors: unknown, filter?: ConfigFilter, refresh?: () => Promise<void>): void;
  getLastConfig(): { query?: unknown; variables?: Record<string, unknown> } | undefined;
}

export interface TestLdsAdapter {
  emit(value: unknown): void;
  error(body?: unknown, status?: number, statusText?: string): void;
  getLastConfig(): Record<string, unknown>;
}

export const graphqlAdapter = graphql as unknown as TestGraphqlAdapter;

export const ldsAdapter = (adapter: unknown): TestLdsAdapter => adapter as TestLdsAdapter;

/**
 * Fixes "now" for `new Date()` and `Date.now()` while timers stay real (the tests wait on them).
 * Default: Tuesday 24 November 2026, 15:00 UTC, 07:00 in Los Angeles (the Jest user's zone): the demo org's now.
 */
export function pinClock(now = '2026-11-24T15:00:00.000Z'): void {
  jest.useFakeTimers({ now: new Date(now), doNotFake: ['setTimeout', 'setImmediate', 'queueMicrotask', 'nextTick'] });
}

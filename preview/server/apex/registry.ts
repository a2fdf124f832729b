/**
 * `@salesforce/apex/<Class>.<method>` on the server: each Apex read service of the package is implemented in
 * TypeScript over the demo org (`services.ts`), returning the same DTO the Apex class returns (docs/apex.md; the
 * DTO types live in `c/coachingApi`). Register an implementation there as `'Class.method': fn`.
 * As on the platform, the caller needs access to the class through a permission set, and a failure reaches
 * the component as `{ body: { message, exceptionType } }`.
 */
import type { PreviewOrg } from '../org.ts';
import type { SecurityContext } from '../security.ts';
import type { ExecContext } from '../graphql/context.ts';

export interface ApexCall {
  org: PreviewOrg;
  sec: SecurityContext;
  ctx: ExecContext;
}

export type ApexService = (call: ApexCall, params: Record<string, unknown>) => unknown;

export class ApexError extends Error {
  readonly body: { message: string; exceptionType: string; isUserDefinedException: boolean; stackTrace: null };
  constructor(
    readonly status: number,
    message: string,
    exceptionType = 'System.AuraHandledException'
  ) {
    super(message);
    this.body = {
      message,
      exceptionType,
      isUserDefinedException: exceptionType === 'System.AuraHandledException',
      stackTrace: null
    };
  }
}

export function callApex(
  registry: Record<string, ApexService>,
  call: ApexCall,
  className: string,
  method: string,
  params: Record<string, unknown>
): unknown {
  if (!call.sec.access.apexClasses.has(className))
    throw new ApexError(
      403,
      `You do not have access to the Apex class named '${className}'.`,
      'System.NoAccessException'
    );
  const service = registry[`${className}.${method}`];
  if (!service)
    throw new ApexError(
      501,
      `The local preview does not implement ${className}.${method} yet: add it to preview/server/apex/registry.ts.`,
      'System.UnsupportedOperationException'
    );
  return service(call, params);
}

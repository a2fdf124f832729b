/** fast-check's assert under a name the jest lint rule recognises as an assertion (it throws on a counterexample). */
import fc from 'fast-check';

export function assertProperty<Ts>(property: fc.IRawProperty<Ts>, params?: fc.Parameters<Ts>): void {
  fc.assert(property, params);
}

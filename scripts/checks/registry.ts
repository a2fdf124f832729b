/** The list of offline fidelity checks, in the order `npm test` runs them. */
import type { Finding } from '../lib/project.ts';
import * as metadata from './metadata.check.ts';
import * as jsMeta from './js-meta.check.ts';
import * as fieldRefs from './field-refs.check.ts';
import * as lwcCompile from './lwc-compile.check.ts';
import * as metadataSchema from './metadata-schema.check.ts';
import * as permissionSets from './permission-sets.check.ts';
import * as personaMatrix from './persona-matrix.check.ts';
import * as formulas from './formulas.check.ts';
import * as reports from './reports.check.ts';
import * as platformRefs from './platform-refs.check.ts';
import * as apexParse from './apex-parse.check.ts';
import * as apexSchema from './apex-schema.check.ts';
import * as apexConventions from './apex-conventions.check.ts';
import * as apexContract from './apex-contract.check.ts';
import * as apexPmd from './apex-pmd.check.ts';
import * as apexMocks from './apex-mocks.check.ts';
import * as graphqlQueries from './graphql.check.ts';
import * as flexipages from './flexipages.check.ts';

export interface Check {
  id: string;
  name: string;
  run: (root: string) => Finding[] | Promise<Finding[]>;
}

export const CHECKS: Check[] = [
  { id: 'metadata', name: metadata.name, run: metadata.run },
  { id: 'js-meta', name: jsMeta.name, run: jsMeta.run },
  { id: 'field-refs', name: fieldRefs.name, run: (root) => fieldRefs.run(root) },
  { id: 'lwc-compile', name: lwcCompile.name, run: lwcCompile.run },
  { id: 'metadata-schema', name: metadataSchema.name, run: metadataSchema.run },
  { id: 'permission-sets', name: permissionSets.name, run: permissionSets.run },
  { id: 'persona-matrix', name: personaMatrix.name, run: personaMatrix.run },
  { id: 'formulas', name: formulas.name, run: formulas.run },
  { id: 'reports', name: reports.name, run: reports.run },
  { id: 'platform-refs', name: platformRefs.name, run: platformRefs.run },
  { id: 'flexipages', name: flexipages.name, run: flexipages.run },
  { id: 'apex-parse', name: apexParse.name, run: apexParse.run },
  { id: 'apex-schema', name: apexSchema.name, run: apexSchema.run },
  { id: 'apex-conventions', name: apexConventions.name, run: apexConventions.run },
  { id: 'apex-contract', name: apexContract.name, run: apexContract.run },
  { id: 'apex-pmd', name: apexPmd.name, run: (root) => apexPmd.run(root) },
  { id: 'apex-mocks', name: apexMocks.name, run: apexMocks.run },
  { id: 'graphql', name: graphqlQueries.name, run: graphqlQueries.run }
];

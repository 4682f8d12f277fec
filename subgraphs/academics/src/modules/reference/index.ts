/** Reference data (permission module `student`): the school's academic years, classes, divisions and subjects. */
import { defineModule } from '@syncad/subgraph-kit';
import { resolvers } from './resolvers';

export { referenceLoaders } from './loaders';
export { referenceService } from './referenceService';

// A STUDENT changes nothing here; reference data is the school's catalogue, nobody's own.
export const referenceModule = defineModule(__dirname, { guards: 'student', resolvers });

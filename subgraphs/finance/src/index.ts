import { runSubgraph } from '@syncad/subgraph-kit';
import { subgraph } from './subgraph';

runSubgraph(subgraph);

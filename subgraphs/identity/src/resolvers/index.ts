/** Every resolver of the identity subgraph, typed against the generated schema types. */
import { DateTimeScalar } from '@syncad/subgraph-kit';
import type { Resolvers } from '../generated/graphql';
import { Me } from './Me';
import { Mutation } from './Mutation';
import { MySchool } from './MySchool';
import { Query } from './Query';
import { Role } from './Role';
import { User } from './User';

export const resolvers: Resolvers = { DateTime: DateTimeScalar, Query, Mutation, Me, MySchool, User, Role };

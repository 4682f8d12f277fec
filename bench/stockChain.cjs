// The floor of the libraries this architecture is built on, for bench/floor.ts: the bare chain's
// processes, hops and SQL (bench/bareChain.cjs's operations), but as stock Apollo Federation: a
// subgraph per place built with @apollo/subgraph and served by @apollo/server's standalone server,
// and a stock @apollo/gateway over their composed supergraph. Minimal schemas shaped like ours so
// the floor's queries run unchanged; no authentication, permissions, global ids, logs or limits.
//
// `node stockChain.cjs academics|finance|transport` (with bareChain's server environment);
// `node stockChain.cjs gateway` with STOCK_SUBGRAPHS: {name: url}.
'use strict';
const { ApolloServer } = require('@apollo/server');
const { startStandaloneServer } = require('@apollo/server/standalone');
const { buildSubgraphSchema } = require('@apollo/subgraph');
const { ApolloGateway, IntrospectAndCompose } = require('@apollo/gateway');
const DataLoader = require('dataloader');
const { parse } = require('graphql');

const LINK = 'extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])';

const typeDefs = {
  academics: `${LINK}
    scalar Date
    type Query { classRoster(classId: ID!): [Student!]! exam(id: ID!): Exam }
    type Student @key(fields: "id") { id: ID! admissionNo: String! fullName: String! rollNo: Int attendanceOn(date: Date!): Attendance }
    type Attendance { status: String! }
    type Exam { results: [ExamResult!]! }
    type ExamResult { id: ID! marks: String absent: Boolean! percentage: String grade: String rank: Int student: Student! }`,
  finance: `${LINK}
    type Student @key(fields: "id") { id: ID! feeBalance: String! }`,
  transport: `${LINK}
    type Query { trip(id: ID!): Trip }
    type Trip { status: String! direction: String! route: Route! bus: Bus! manifest: TripManifest! }
    type Route { name: String! }
    type Bus { registrationNo: String! }
    type TripManifest { expectedCount: Int! boardedCount: Int! absentCount: Int! notMarkedCount: Int! droppedCount: Int!
      stops: [ManifestStop!]! boardedNotDropped: [ManifestLine!]! }
    type ManifestStop { stop: Stop! tripStop: TripStop expected: [ManifestLine!]! }
    type Stop { name: String! }
    type TripStop { sequence: Int! arrivedAt: String }
    type ManifestLine { student: Student! boarding: Mark drop: Mark }
    type Mark { status: String! markedAt: String }
    type Student @key(fields: "id", resolvable: false) { id: ID! }`,
};

/** Each place's resolvers over bareChain's operations; entity references batched per request (DataLoader), as ours are. */
function resolversOf(name, ops) {
  if (name === 'academics')
    return {
      Query: {
        // The floor's roster query names its day $d (attendanceOn's argument); the fee page has none.
        classRoster: (_, { classId }, __, info) => {
          const date = info.variableValues.d;
          return date ? ops.roster({ classId, date }) : ops.feeRoster({ classId });
        },
        exam: async (_, { id }) => ({ results: await ops.results({ examId: id }) }),
      },
      Student: { __resolveReference: (ref, ctx) => ctx.students.load(ref.id) },
    };
  if (name === 'finance')
    return {
      Student: { __resolveReference: async (ref, ctx) => ({ id: ref.id, ...(await ctx.balances.load(ref.id)) }) },
    };
  return { Query: { trip: (_, { id }) => ops.manifest({ tripId: id }) } };
}

async function startSubgraph(name) {
  const { serverOperations } = require('./bareChain.cjs');
  const ops = serverOperations();
  const schoolId = process.env.STOCK_SCHOOL_ID;
  const server = new ApolloServer({ schema: buildSubgraphSchema({ typeDefs: parse(typeDefs[name]), resolvers: resolversOf(name, ops) }) });
  const { url } = await startStandaloneServer(server, {
    listen: { port: 0, host: '127.0.0.1' },
    context: async () => ({
      students: new DataLoader((ids) => ops.students({ ids: [...ids] })),
      balances: new DataLoader((ids) => ops.balances({ schoolId, ids: [...ids] })),
    }),
  });
  return url;
}

async function startGateway() {
  const subgraphs = Object.entries(JSON.parse(process.env.STOCK_SUBGRAPHS)).map(([name, url]) => ({ name, url }));
  const gateway = new ApolloGateway({ supergraphSdl: new IntrospectAndCompose({ subgraphs }) });
  const server = new ApolloServer({ gateway });
  const { url } = await startStandaloneServer(server, { listen: { port: 0, host: '127.0.0.1' } });
  return url;
}

const role = process.argv[2];
(role === 'gateway' ? startGateway() : typeDefs[role] ? startSubgraph(role) : Promise.reject(new Error(`unknown role ${role}`))).then(
  (url) => console.log(JSON.stringify({ msg: 'listening', url })),
  (err) => {
    console.error(err);
    process.exit(1);
  },
);
// A bench process: exit at once (which also writes a CPU profile, if one is taken).
process.once('SIGTERM', () => process.exit(0));

/** Fee structures: thin resolvers over the service and loaders. */
import type { Resolvers } from '../../generated/graphql';
import { feeStructureService } from './feeStructureService';

export const resolvers: Resolvers = {
  Query: {
    feeStructures: (_, args, ctx) => feeStructureService.page(ctx, args),
    feeStructure: (_, { id }, ctx) => feeStructureService.byId(ctx, id),
  },
  Mutation: {
    createFeeStructure: (_, { input }, ctx) => feeStructureService.create(ctx, input),
    updateFeeStructure: (_, { input: { id, ...changes } }, ctx) => feeStructureService.update(ctx, id, changes),
    removeFeeStructure: async (_, { input: { id } }, ctx) => ctx.globalIds.seal('FeeStructure', await feeStructureService.remove(ctx, id)),
  },
  FeeStructure: {
    __resolveReference: (ref, ctx) => feeStructureService.byId(ctx, ref.id),
    academicYear: (fs) => ({ id: fs.academicYearId }),
    class: (fs) => (fs.classId ? { id: fs.classId } : null),
    charged: (fs, _, ctx) => ctx.loaders.feeStructureCharged.load(fs.id),
  },
};

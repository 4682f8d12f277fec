import { defineConfig } from 'drizzle-kit';

export default defineConfig({
  dialect: 'postgresql',
  schema: './shared-db/src/schema/school/index.ts',
  out: './migrations/school',
});

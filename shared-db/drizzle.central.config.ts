import { defineConfig } from 'drizzle-kit';

export default defineConfig({
  dialect: 'postgresql',
  schema: './shared-db/src/schema/central.ts',
  out: './migrations/central',
});

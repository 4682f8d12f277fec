import { defineConfig } from 'drizzle-kit';

export default defineConfig({
  dialect: 'postgresql',
  schema: './shared-db/src/schema/school/*.ts',
  out: './migrations/school',
});

DROP INDEX "Student_userId_idx";--> statement-breakpoint
CREATE UNIQUE INDEX "Student_userId_key" ON "Student" USING btree ("userId") WHERE "Student"."userId" IS NOT NULL;
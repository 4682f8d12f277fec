ALTER TABLE "EmployeeUserSchool" ADD COLUMN "invitedAt" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "EmployeeUserSchool" ADD COLUMN "invitedProfile" jsonb;
CREATE TABLE "StudentGuardian" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"schoolId" uuid NOT NULL,
	"studentId" uuid NOT NULL,
	"userId" uuid NOT NULL,
	"relation" varchar(30) NOT NULL,
	"isPrimary" boolean DEFAULT false NOT NULL,
	"codeHash" varchar(64),
	"codeExpiresAt" timestamp with time zone,
	"invitedBy" uuid,
	"invitedAt" timestamp with time zone DEFAULT now() NOT NULL,
	"acceptedAt" timestamp with time zone,
	CONSTRAINT "StudentGuardian_accepted_or_code" CHECK (("StudentGuardian"."acceptedAt" IS NULL) = ("StudentGuardian"."codeHash" IS NOT NULL))
);
--> statement-breakpoint
ALTER TABLE "Announcement" DROP CONSTRAINT "Announcement_audience_check";--> statement-breakpoint
ALTER TABLE "Class" ADD COLUMN "classTeacherId" uuid;--> statement-breakpoint
ALTER TABLE "Division" ADD COLUMN "classTeacherId" uuid;--> statement-breakpoint
ALTER TABLE "StudentGuardian" ADD CONSTRAINT "StudentGuardian_studentId_Student_id_fk" FOREIGN KEY ("studentId") REFERENCES "public"."Student"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "StudentGuardian_studentId_userId_key" ON "StudentGuardian" USING btree ("studentId","userId");--> statement-breakpoint
CREATE INDEX "StudentGuardian_userId_idx" ON "StudentGuardian" USING btree ("userId");--> statement-breakpoint
CREATE UNIQUE INDEX "StudentGuardian_one_primary_key" ON "StudentGuardian" USING btree ("studentId") WHERE "StudentGuardian"."isPrimary";--> statement-breakpoint
ALTER TABLE "Announcement" ADD CONSTRAINT "Announcement_audience_check" CHECK ("Announcement"."audience" IN ('SCHOOL', 'CLASS', 'GUARDIANS'));--> statement-breakpoint
-- Who linked, invited or unlinked which guardian: the audit trail records every change (0010).
CREATE TRIGGER "StudentGuardian_audit_insert" AFTER INSERT ON "StudentGuardian" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "AuditEntry_record"();
--> statement-breakpoint
CREATE TRIGGER "StudentGuardian_audit_update" AFTER UPDATE ON "StudentGuardian" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "AuditEntry_record"();
--> statement-breakpoint
CREATE TRIGGER "StudentGuardian_audit_delete" AFTER DELETE ON "StudentGuardian" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "AuditEntry_record"();

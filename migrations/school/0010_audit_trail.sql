CREATE TABLE "AuditEntry" (
	"seq" bigserial PRIMARY KEY NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"actorKind" varchar(10) NOT NULL,
	"actorId" uuid,
	"tableName" varchar(60) NOT NULL,
	"recordId" uuid NOT NULL,
	"action" varchar(10) NOT NULL,
	"before" jsonb,
	"after" jsonb
);
--> statement-breakpoint
CREATE INDEX "AuditEntry_at_seq_idx" ON "AuditEntry" USING btree ("at","seq");--> statement-breakpoint
CREATE INDEX "AuditEntry_tableName_recordId_idx" ON "AuditEntry" USING btree ("tableName","recordId","seq");--> statement-breakpoint
-- Who made a change: the transaction's syncad.actor ("USER:<id>" or "API_KEY:<id>"), which the API
-- sets in every transaction it opens; a change made without it came from outside the API.
CREATE OR REPLACE FUNCTION "AuditEntry_actor"(OUT kind text, OUT id uuid)
LANGUAGE plpgsql STABLE AS $$
DECLARE
  actor text := nullif(current_setting('syncad.actor', true), '');
BEGIN
  kind := coalesce(split_part(actor, ':', 1), 'DATABASE');
  id := nullif(split_part(actor, ':', 2), '')::uuid;
END;
$$;
--> statement-breakpoint
-- One entry per changed row, set-based over the statement's transition tables (a class's
-- attendance of 5,000 marks is one INSERT here, not 5,000). An update that changes nothing but
-- updatedAt leaves no entry.
CREATE OR REPLACE FUNCTION "AuditEntry_record"() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  actor record := "AuditEntry_actor"();
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO "AuditEntry" ("actorKind", "actorId", "tableName", "recordId", action, after)
      SELECT actor.kind, actor.id, TG_TABLE_NAME, n.id, 'CREATED', to_jsonb(n) FROM new_rows n;
  ELSIF TG_OP = 'UPDATE' THEN
    INSERT INTO "AuditEntry" ("actorKind", "actorId", "tableName", "recordId", action, before, after)
      SELECT actor.kind, actor.id, TG_TABLE_NAME, n.id, 'UPDATED', to_jsonb(o), to_jsonb(n)
      FROM old_rows o JOIN new_rows n USING (id)
      WHERE to_jsonb(o) - 'updatedAt' IS DISTINCT FROM to_jsonb(n) - 'updatedAt';
  ELSE
    INSERT INTO "AuditEntry" ("actorKind", "actorId", "tableName", "recordId", action, before)
      SELECT actor.kind, actor.id, TG_TABLE_NAME, o.id, 'DELETED', to_jsonb(o) FROM old_rows o;
  END IF;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION "AuditEntry_forbid_change"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'the audit trail is append-only: % refused', TG_OP USING ERRCODE = '55000';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER "AuditEntry_append_only" BEFORE UPDATE OR DELETE ON "AuditEntry"
  FOR EACH ROW EXECUTE FUNCTION "AuditEntry_forbid_change"();
--> statement-breakpoint
CREATE TRIGGER "AuditEntry_no_truncate" BEFORE TRUNCATE ON "AuditEntry"
  FOR EACH STATEMENT EXECUTE FUNCTION "AuditEntry_forbid_change"();
--> statement-breakpoint
-- The audited tables. A trigger with transition tables takes one event, hence three per table;
-- FeeVoucher is append-only already, so only its inserts.
CREATE TRIGGER "Attendance_audit_insert" AFTER INSERT ON "Attendance" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "AuditEntry_record"();
--> statement-breakpoint
CREATE TRIGGER "Attendance_audit_update" AFTER UPDATE ON "Attendance" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "AuditEntry_record"();
--> statement-breakpoint
CREATE TRIGGER "Attendance_audit_delete" AFTER DELETE ON "Attendance" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "AuditEntry_record"();
--> statement-breakpoint
CREATE TRIGGER "Result_audit_insert" AFTER INSERT ON "Result" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "AuditEntry_record"();
--> statement-breakpoint
CREATE TRIGGER "Result_audit_update" AFTER UPDATE ON "Result" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "AuditEntry_record"();
--> statement-breakpoint
CREATE TRIGGER "Result_audit_delete" AFTER DELETE ON "Result" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "AuditEntry_record"();
--> statement-breakpoint
CREATE TRIGGER "Exam_audit_insert" AFTER INSERT ON "Exam" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "AuditEntry_record"();
--> statement-breakpoint
CREATE TRIGGER "Exam_audit_update" AFTER UPDATE ON "Exam" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "AuditEntry_record"();
--> statement-breakpoint
CREATE TRIGGER "Exam_audit_delete" AFTER DELETE ON "Exam" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "AuditEntry_record"();
--> statement-breakpoint
CREATE TRIGGER "FeeStructure_audit_insert" AFTER INSERT ON "FeeStructure" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "AuditEntry_record"();
--> statement-breakpoint
CREATE TRIGGER "FeeStructure_audit_update" AFTER UPDATE ON "FeeStructure" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "AuditEntry_record"();
--> statement-breakpoint
CREATE TRIGGER "FeeStructure_audit_delete" AFTER DELETE ON "FeeStructure" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "AuditEntry_record"();
--> statement-breakpoint
CREATE TRIGGER "FeeVoucher_audit_insert" AFTER INSERT ON "FeeVoucher" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "AuditEntry_record"();
--> statement-breakpoint
CREATE TRIGGER "TripStudentMark_audit_insert" AFTER INSERT ON "TripStudentMark" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "AuditEntry_record"();
--> statement-breakpoint
CREATE TRIGGER "TripStudentMark_audit_update" AFTER UPDATE ON "TripStudentMark" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "AuditEntry_record"();
--> statement-breakpoint
CREATE TRIGGER "TripStudentMark_audit_delete" AFTER DELETE ON "TripStudentMark" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "AuditEntry_record"();
--> statement-breakpoint
-- Released with the audit trail: a library copy or title withdrawn (lost, damaged, discarded) stays
-- on record with its issues, never issued again.
ALTER TABLE "Book" ADD COLUMN "withdrawnOn" date;--> statement-breakpoint
ALTER TABLE "BookCopy" ADD COLUMN "withdrawnOn" date;--> statement-breakpoint
ALTER TABLE "BookCopy" ADD COLUMN "withdrawalReason" varchar(200);

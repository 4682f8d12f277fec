CREATE TABLE "AuditEntry" (
	"seq" bigserial PRIMARY KEY NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"actorKind" varchar(10) NOT NULL,
	"actorId" uuid,
	"tableName" varchar(60) NOT NULL,
	"recordId" uuid NOT NULL,
	"action" varchar(10) NOT NULL,
	"before" jsonb,
	"after" jsonb,
	"schoolId" uuid NOT NULL
);
--> statement-breakpoint
CREATE INDEX "AuditEntry_schoolId_at_seq_idx" ON "AuditEntry" USING btree ("schoolId","at","seq");--> statement-breakpoint
CREATE INDEX "AuditEntry_tableName_recordId_idx" ON "AuditEntry" USING btree ("tableName","recordId","seq");--> statement-breakpoint
-- Who made a change: as in the school databases' trail (school migration 0010).
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
-- Roles and memberships: one entry per changed row; the record is the column TG_ARGV[0] names
-- (a membership is recorded on its user).
CREATE OR REPLACE FUNCTION "AuditEntry_record"() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  actor record := "AuditEntry_actor"();
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO "AuditEntry" ("actorKind", "actorId", "schoolId", "tableName", "recordId", action, after)
      SELECT actor.kind, actor.id, n."schoolId", TG_TABLE_NAME, (to_jsonb(n) ->> TG_ARGV[0])::uuid, 'CREATED', to_jsonb(n)
      FROM new_rows n;
  ELSIF TG_OP = 'UPDATE' THEN
    INSERT INTO "AuditEntry" ("actorKind", "actorId", "schoolId", "tableName", "recordId", action, before, after)
      SELECT actor.kind, actor.id, n."schoolId", TG_TABLE_NAME, (to_jsonb(n) ->> TG_ARGV[0])::uuid, 'UPDATED', to_jsonb(o), to_jsonb(n)
      FROM old_rows o JOIN new_rows n USING (id)
      WHERE to_jsonb(o) - 'updatedAt' IS DISTINCT FROM to_jsonb(n) - 'updatedAt';
  ELSE
    INSERT INTO "AuditEntry" ("actorKind", "actorId", "schoolId", "tableName", "recordId", action, before)
      SELECT actor.kind, actor.id, o."schoolId", TG_TABLE_NAME, (to_jsonb(o) ->> TG_ARGV[0])::uuid, 'DELETED', to_jsonb(o)
      FROM old_rows o;
  END IF;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
-- A role's permissions: one entry per role and statement, on the role, its flags named
-- "<module>.<flag>" (a new role's rows are one entry). Rows deleted with their role leave
-- no entry of their own: the role's DELETED entry says it.
CREATE OR REPLACE FUNCTION "AuditEntry_record_permissions"() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  actor record := "AuditEntry_actor"();
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO "AuditEntry" ("actorKind", "actorId", "schoolId", "tableName", "recordId", action, after)
      SELECT actor.kind, actor.id, r."schoolId", TG_TABLE_NAME, n."roleId", 'UPDATED',
        jsonb_object_agg(m.name || '.read', n.read) || jsonb_object_agg(m.name || '.write', n.write)
          || jsonb_object_agg(m.name || '.delete', n."delete")
      FROM new_rows n JOIN "Role" r ON r.id = n."roleId" JOIN "Module" m ON m.id = n."moduleId"
      GROUP BY r."schoolId", n."roleId";
  ELSE
    INSERT INTO "AuditEntry" ("actorKind", "actorId", "schoolId", "tableName", "recordId", action, before, after)
      SELECT actor.kind, actor.id, r."schoolId", TG_TABLE_NAME, n."roleId", 'UPDATED',
        jsonb_object_agg(m.name || '.read', o.read) || jsonb_object_agg(m.name || '.write', o.write)
          || jsonb_object_agg(m.name || '.delete', o."delete"),
        jsonb_object_agg(m.name || '.read', n.read) || jsonb_object_agg(m.name || '.write', n.write)
          || jsonb_object_agg(m.name || '.delete', n."delete")
      FROM old_rows o JOIN new_rows n USING (id) JOIN "Role" r ON r.id = n."roleId" JOIN "Module" m ON m.id = n."moduleId"
      WHERE (o.read, o.write, o."delete") IS DISTINCT FROM (n.read, n.write, n."delete")
      GROUP BY r."schoolId", n."roleId";
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
CREATE TRIGGER "Role_audit_insert" AFTER INSERT ON "Role" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "AuditEntry_record"('id');
--> statement-breakpoint
CREATE TRIGGER "Role_audit_update" AFTER UPDATE ON "Role" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "AuditEntry_record"('id');
--> statement-breakpoint
CREATE TRIGGER "Role_audit_delete" AFTER DELETE ON "Role" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "AuditEntry_record"('id');
--> statement-breakpoint
CREATE TRIGGER "Role_Module_Permission_audit_insert" AFTER INSERT ON "Role_Module_Permission" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "AuditEntry_record_permissions"();
--> statement-breakpoint
CREATE TRIGGER "Role_Module_Permission_audit_update" AFTER UPDATE ON "Role_Module_Permission"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "AuditEntry_record_permissions"();
--> statement-breakpoint
CREATE TRIGGER "EmployeeUserSchool_audit_insert" AFTER INSERT ON "EmployeeUserSchool" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "AuditEntry_record"('userId');
--> statement-breakpoint
CREATE TRIGGER "EmployeeUserSchool_audit_update" AFTER UPDATE ON "EmployeeUserSchool"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "AuditEntry_record"('userId');
--> statement-breakpoint
CREATE TRIGGER "EmployeeUserSchool_audit_delete" AFTER DELETE ON "EmployeeUserSchool" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "AuditEntry_record"('userId');
--> statement-breakpoint
-- The audit module (read only: SCHOOL_ADMIN by default) for the schools that exist already.
INSERT INTO "Module" (name, description) VALUES ('audit', 'The audit trail: who changed which record, before and after')
  ON CONFLICT (name) DO NOTHING;
--> statement-breakpoint
INSERT INTO "Role_Module_Permission" ("roleId", "moduleId", read, write, "delete")
  SELECT r.id, m.id, r.name = 'SCHOOL_ADMIN', false, false FROM "Role" r CROSS JOIN "Module" m WHERE m.name = 'audit'
  ON CONFLICT ("roleId", "moduleId") DO NOTHING;

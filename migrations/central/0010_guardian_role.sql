-- The built-in GUARDIAN role for every school (new schools get it from seedBuiltinRoles). A
-- school's own role named GUARDIAN is renamed first, so the name means the built-in, self-scoped role.
UPDATE "Role" SET "name" = 'GUARDIAN_OWN_' || left("id"::text, 8) WHERE "name" = 'GUARDIAN';
--> statement-breakpoint
INSERT INTO "Role" ("schoolId", "name", "description", "isSelfScoped")
SELECT "id", 'GUARDIAN', 'A guardian: reads only their own children''s records', true FROM "School";
--> statement-breakpoint
INSERT INTO "Role_Module_Permission" ("roleId", "moduleId", "read", "write", "delete")
SELECT r."id", m."id",
       m."name" IN ('student', 'attendance', 'exam', 'fee', 'transport', 'library', 'announcement', 'leave', 'message'),
       m."name" IN ('leave', 'message'),
       false
FROM "Role" r CROSS JOIN "Module" m
WHERE r."name" = 'GUARDIAN';

CREATE TABLE "SchoolSchemaStatus" (
	"schoolId" uuid PRIMARY KEY NOT NULL,
	"version" varchar(200),
	"lastFailure" text,
	"failedAt" timestamp with time zone,
	"updatedAt" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "SchoolSchemaStatus" ADD CONSTRAINT "SchoolSchemaStatus_schoolId_School_id_fk" FOREIGN KEY ("schoolId") REFERENCES "public"."School"("id") ON DELETE cascade ON UPDATE no action;
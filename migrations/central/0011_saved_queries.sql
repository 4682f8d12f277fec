CREATE TABLE "SavedQuery" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"schoolId" uuid NOT NULL,
	"authorId" uuid NOT NULL,
	"name" varchar(100) NOT NULL,
	"description" text,
	"query" text NOT NULL,
	"variables" text,
	"shared" boolean DEFAULT false NOT NULL,
	"createdAt" timestamp with time zone DEFAULT now() NOT NULL,
	"updatedAt" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "SavedQuery" ADD CONSTRAINT "SavedQuery_schoolId_School_id_fk" FOREIGN KEY ("schoolId") REFERENCES "public"."School"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "SavedQuery" ADD CONSTRAINT "SavedQuery_authorId_User_id_fk" FOREIGN KEY ("authorId") REFERENCES "public"."User"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "SavedQuery_schoolId_authorId_name_key" ON "SavedQuery" USING btree ("schoolId","authorId","name");--> statement-breakpoint
CREATE INDEX "SavedQuery_schoolId_shared_idx" ON "SavedQuery" USING btree ("schoolId") WHERE "SavedQuery"."shared";
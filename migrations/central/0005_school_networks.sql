CREATE TABLE "LoginFailure" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"schoolId" uuid NOT NULL,
	"address" "inet",
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "SchoolNetwork" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"schoolId" uuid NOT NULL,
	"cidr" "cidr" NOT NULL,
	"label" varchar(100) NOT NULL,
	"createdBy" uuid NOT NULL,
	"createdAt" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "LoginFailure" ADD CONSTRAINT "LoginFailure_schoolId_School_id_fk" FOREIGN KEY ("schoolId") REFERENCES "public"."School"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "SchoolNetwork" ADD CONSTRAINT "SchoolNetwork_schoolId_School_id_fk" FOREIGN KEY ("schoolId") REFERENCES "public"."School"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "SchoolNetwork" ADD CONSTRAINT "SchoolNetwork_createdBy_User_id_fk" FOREIGN KEY ("createdBy") REFERENCES "public"."User"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "LoginFailure_schoolId_at_idx" ON "LoginFailure" USING btree ("schoolId","at");--> statement-breakpoint
CREATE UNIQUE INDEX "SchoolNetwork_schoolId_cidr_key" ON "SchoolNetwork" USING btree ("schoolId","cidr");
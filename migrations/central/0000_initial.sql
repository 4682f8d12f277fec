CREATE TABLE "EmployeeUserSchool" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"userId" uuid NOT NULL,
	"schoolId" uuid NOT NULL,
	"roleId" uuid NOT NULL,
	"isActive" boolean DEFAULT true NOT NULL,
	"createdAt" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "LoginThrottle" (
	"loginKey" varchar(300) NOT NULL,
	"failures" integer DEFAULT 0 NOT NULL,
	"windowStartedAt" timestamp with time zone DEFAULT now() NOT NULL,
	"lockedUntil" timestamp with time zone,
	CONSTRAINT "LoginThrottle_pkey" PRIMARY KEY("loginKey")
);
--> statement-breakpoint
CREATE TABLE "Module" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" varchar(50) NOT NULL,
	"description" text,
	"createdAt" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "Module_name_unique" UNIQUE("name")
);
--> statement-breakpoint
CREATE TABLE "RefreshToken" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"sessionId" uuid NOT NULL,
	"tokenHash" varchar(64) NOT NULL,
	"createdAt" timestamp with time zone DEFAULT now() NOT NULL,
	"expiresAt" timestamp with time zone NOT NULL,
	"usedAt" timestamp with time zone,
	CONSTRAINT "RefreshToken_tokenHash_unique" UNIQUE("tokenHash")
);
--> statement-breakpoint
CREATE TABLE "Role" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"schoolId" uuid NOT NULL,
	"name" varchar(50) NOT NULL,
	"description" text,
	"isSelfScoped" boolean DEFAULT false NOT NULL,
	"createdAt" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "Role_Module_Permission" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"roleId" uuid NOT NULL,
	"moduleId" uuid NOT NULL,
	"read" boolean DEFAULT false NOT NULL,
	"write" boolean DEFAULT false NOT NULL,
	"delete" boolean DEFAULT false NOT NULL,
	"updatedAt" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "School" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" varchar(200) NOT NULL,
	"databaseName" varchar(63) NOT NULL,
	"dbServer" varchar(63) DEFAULT 'default' NOT NULL,
	"subdomain" varchar(63) NOT NULL,
	"district" text,
	"board" text,
	"evaluationMode" boolean DEFAULT false NOT NULL,
	"settings" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"createdAt" timestamp with time zone DEFAULT now() NOT NULL,
	"updatedAt" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "School_databaseName_unique" UNIQUE("databaseName"),
	CONSTRAINT "School_subdomain_unique" UNIQUE("subdomain"),
	CONSTRAINT "School_subdomain_format" CHECK ("School"."subdomain" ~ '^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$')
);
--> statement-breakpoint
CREATE TABLE "Session" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"userId" uuid NOT NULL,
	"schoolId" uuid NOT NULL,
	"roleId" uuid NOT NULL,
	"userAgent" text,
	"createdAt" timestamp with time zone DEFAULT now() NOT NULL,
	"expiresAt" timestamp with time zone NOT NULL,
	"revokedAt" timestamp with time zone,
	"revokedReason" varchar(40)
);
--> statement-breakpoint
CREATE TABLE "User" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"email" varchar(254),
	"phone" varchar(20),
	"passwordHash" text NOT NULL,
	"firstName" varchar(100) NOT NULL,
	"lastName" varchar(100),
	"isActive" boolean DEFAULT true NOT NULL,
	"createdAt" timestamp with time zone DEFAULT now() NOT NULL,
	"updatedAt" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "User_email_or_phone" CHECK ("User"."email" IS NOT NULL OR "User"."phone" IS NOT NULL)
);
--> statement-breakpoint
ALTER TABLE "EmployeeUserSchool" ADD CONSTRAINT "EmployeeUserSchool_userId_User_id_fk" FOREIGN KEY ("userId") REFERENCES "public"."User"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "EmployeeUserSchool" ADD CONSTRAINT "EmployeeUserSchool_schoolId_School_id_fk" FOREIGN KEY ("schoolId") REFERENCES "public"."School"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "EmployeeUserSchool" ADD CONSTRAINT "EmployeeUserSchool_roleId_Role_id_fk" FOREIGN KEY ("roleId") REFERENCES "public"."Role"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "RefreshToken" ADD CONSTRAINT "RefreshToken_sessionId_Session_id_fk" FOREIGN KEY ("sessionId") REFERENCES "public"."Session"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "Role" ADD CONSTRAINT "Role_schoolId_School_id_fk" FOREIGN KEY ("schoolId") REFERENCES "public"."School"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "Role_Module_Permission" ADD CONSTRAINT "Role_Module_Permission_roleId_Role_id_fk" FOREIGN KEY ("roleId") REFERENCES "public"."Role"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "Role_Module_Permission" ADD CONSTRAINT "Role_Module_Permission_moduleId_Module_id_fk" FOREIGN KEY ("moduleId") REFERENCES "public"."Module"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "Session" ADD CONSTRAINT "Session_userId_User_id_fk" FOREIGN KEY ("userId") REFERENCES "public"."User"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "Session" ADD CONSTRAINT "Session_schoolId_School_id_fk" FOREIGN KEY ("schoolId") REFERENCES "public"."School"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "Session" ADD CONSTRAINT "Session_roleId_Role_id_fk" FOREIGN KEY ("roleId") REFERENCES "public"."Role"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "EmployeeUserSchool_userId_schoolId_key" ON "EmployeeUserSchool" USING btree ("userId","schoolId");--> statement-breakpoint
CREATE INDEX "EmployeeUserSchool_schoolId_idx" ON "EmployeeUserSchool" USING btree ("schoolId");--> statement-breakpoint
CREATE INDEX "RefreshToken_sessionId_idx" ON "RefreshToken" USING btree ("sessionId");--> statement-breakpoint
CREATE UNIQUE INDEX "Role_schoolId_name_key" ON "Role" USING btree ("schoolId","name");--> statement-breakpoint
CREATE UNIQUE INDEX "Role_Module_Permission_roleId_moduleId_key" ON "Role_Module_Permission" USING btree ("roleId","moduleId");--> statement-breakpoint
CREATE INDEX "Session_userId_idx" ON "Session" USING btree ("userId");--> statement-breakpoint
CREATE UNIQUE INDEX "User_email_key" ON "User" USING btree ("email");--> statement-breakpoint
CREATE UNIQUE INDEX "User_phone_key" ON "User" USING btree ("phone");
ALTER TABLE "LoginThrottle" ADD COLUMN "lastAttemptAt" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
ALTER TABLE "RefreshToken" ADD COLUMN "successorSealed" text;--> statement-breakpoint
ALTER TABLE "Session" ADD COLUMN "clientAddress" varchar(64);--> statement-breakpoint
ALTER TABLE "Session" ADD COLUMN "lastSeenAt" timestamp with time zone DEFAULT now() NOT NULL;
CREATE TABLE "FeeBooksClosing" (
	"schoolId" uuid PRIMARY KEY NOT NULL,
	"closedUntil" date NOT NULL,
	"closedBy" uuid NOT NULL,
	"closedAt" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "FeeVoucher" ALTER COLUMN "balanceAfter" SET DATA TYPE numeric(20, 2);
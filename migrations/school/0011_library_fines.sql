CREATE TABLE "LibrarySettings" (
	"schoolId" uuid PRIMARY KEY NOT NULL,
	"finePerDay" numeric(12, 2) DEFAULT '0' NOT NULL,
	"updatedBy" uuid,
	"updatedAt" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "LibrarySettings_finePerDay_check" CHECK ("LibrarySettings"."finePerDay" >= 0)
);
--> statement-breakpoint
ALTER TABLE "LibraryBookIssue" ADD COLUMN "returnedBy" uuid;--> statement-breakpoint
ALTER TABLE "LibraryBookIssue" ADD COLUMN "fineAmount" numeric(12, 2);--> statement-breakpoint
ALTER TABLE "LibraryBookIssue" ADD COLUMN "fineVoucherNo" varchar(40);--> statement-breakpoint
CREATE INDEX "LibraryBookIssue_fine_pending_idx" ON "LibraryBookIssue" USING btree ("returnedOn") WHERE "LibraryBookIssue"."fineAmount" IS NOT NULL AND "LibraryBookIssue"."fineVoucherNo" IS NULL;--> statement-breakpoint
ALTER TABLE "LibraryBookIssue" ADD CONSTRAINT "LibraryBookIssue_fine_on_return" CHECK ("LibraryBookIssue"."fineAmount" IS NULL OR ("LibraryBookIssue"."fineAmount" > 0 AND "LibraryBookIssue"."returnedOn" IS NOT NULL));
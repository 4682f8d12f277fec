CREATE TABLE "FeeVoucherCounter" (
	"academicYearId" uuid PRIMARY KEY NOT NULL,
	"schoolId" uuid NOT NULL,
	"lastNo" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "FeeVoucherCounter_lastNo_check" CHECK ("FeeVoucherCounter"."lastNo" >= 0)
);
--> statement-breakpoint
ALTER TABLE "FeeVoucher" ADD COLUMN "academicYearId" uuid;--> statement-breakpoint
ALTER TABLE "FeeVoucher" ADD COLUMN "seq" integer;--> statement-breakpoint
ALTER TABLE "FeeVoucher" ADD COLUMN "feeStructureId" uuid;--> statement-breakpoint
ALTER TABLE "FeeVoucher" ADD COLUMN "reference" varchar(100);--> statement-breakpoint
ALTER TABLE "FeeVoucher" ADD COLUMN "balanceAfter" numeric(12, 2);--> statement-breakpoint
ALTER TABLE "FeeVoucherCounter" ADD CONSTRAINT "FeeVoucherCounter_academicYearId_AcademicYear_id_fk" FOREIGN KEY ("academicYearId") REFERENCES "public"."AcademicYear"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "FeeVoucher" ADD CONSTRAINT "FeeVoucher_academicYearId_AcademicYear_id_fk" FOREIGN KEY ("academicYearId") REFERENCES "public"."AcademicYear"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "FeeVoucher" ADD CONSTRAINT "FeeVoucher_feeStructureId_FeeStructure_id_fk" FOREIGN KEY ("feeStructureId") REFERENCES "public"."FeeStructure"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "FeeLedger_feeStructureId_idx" ON "FeeLedger" USING btree ("feeStructureId");--> statement-breakpoint
CREATE UNIQUE INDEX "FeeVoucher_academicYearId_seq_key" ON "FeeVoucher" USING btree ("academicYearId","seq");--> statement-breakpoint
CREATE UNIQUE INDEX "FeeVoucher_charge_once_key" ON "FeeVoucher" USING btree ("studentId","feeStructureId") WHERE "FeeVoucher"."kind" = 'CHARGE';--> statement-breakpoint
CREATE INDEX "FeeVoucher_studentId_idx" ON "FeeVoucher" USING btree ("studentId");--> statement-breakpoint
ALTER TABLE "FeeVoucher" ADD CONSTRAINT "FeeVoucher_numbered" CHECK (("FeeVoucher"."academicYearId" IS NULL) = ("FeeVoucher"."seq" IS NULL) AND ("FeeVoucher"."seq" IS NULL OR "FeeVoucher"."seq" > 0));
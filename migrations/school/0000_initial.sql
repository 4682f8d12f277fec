CREATE TABLE "Announcement" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"schoolId" uuid NOT NULL,
	"title" varchar(200) NOT NULL,
	"body" text NOT NULL,
	"audience" varchar(10) NOT NULL,
	"classId" uuid,
	"publishedBy" uuid,
	"publishedAt" timestamp with time zone DEFAULT now() NOT NULL,
	"expiresAt" timestamp with time zone,
	CONSTRAINT "Announcement_audience_check" CHECK ("Announcement"."audience" IN ('SCHOOL', 'CLASS')),
	CONSTRAINT "Announcement_class_matches_audience" CHECK (("Announcement"."audience" = 'CLASS') = ("Announcement"."classId" IS NOT NULL))
);
--> statement-breakpoint
CREATE TABLE "LeaveApplication" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"schoolId" uuid NOT NULL,
	"studentId" uuid NOT NULL,
	"fromDate" date NOT NULL,
	"toDate" date NOT NULL,
	"reason" text NOT NULL,
	"status" varchar(20) DEFAULT 'PENDING' NOT NULL,
	"appliedBy" uuid,
	"decidedBy" uuid,
	"decidedAt" timestamp with time zone,
	"decisionNote" text,
	"createdAt" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "LeaveApplication_status_check" CHECK ("LeaveApplication"."status" IN ('PENDING', 'APPROVED', 'REJECTED')),
	CONSTRAINT "LeaveApplication_dates" CHECK ("LeaveApplication"."toDate" >= "LeaveApplication"."fromDate")
);
--> statement-breakpoint
CREATE TABLE "Message" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"schoolId" uuid NOT NULL,
	"threadId" uuid NOT NULL,
	"senderId" uuid NOT NULL,
	"body" text NOT NULL,
	"sentAt" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "MessageThread" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"schoolId" uuid NOT NULL,
	"subject" varchar(200) NOT NULL,
	"createdBy" uuid NOT NULL,
	"createdAt" timestamp with time zone DEFAULT now() NOT NULL,
	"lastMessageAt" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "MessageThreadParticipant" (
	"threadId" uuid NOT NULL,
	"userId" uuid NOT NULL,
	"lastReadAt" timestamp with time zone,
	CONSTRAINT "MessageThreadParticipant_pkey" PRIMARY KEY("threadId","userId")
);
--> statement-breakpoint
CREATE TABLE "Exam" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"schoolId" uuid NOT NULL,
	"academicYearId" uuid NOT NULL,
	"classId" uuid NOT NULL,
	"subjectId" uuid NOT NULL,
	"name" varchar(100) NOT NULL,
	"maxMarks" numeric(6, 2) NOT NULL,
	"examDate" date NOT NULL,
	"createdAt" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "Exam_maxMarks_positive" CHECK ("Exam"."maxMarks" > 0)
);
--> statement-breakpoint
CREATE TABLE "Result" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"schoolId" uuid NOT NULL,
	"examId" uuid NOT NULL,
	"studentId" uuid NOT NULL,
	"marks" numeric(6, 2),
	"isAbsent" boolean DEFAULT false NOT NULL,
	"remarks" text,
	"enteredBy" uuid,
	"createdAt" timestamp with time zone DEFAULT now() NOT NULL,
	"updatedAt" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "Result_marks_or_absent" CHECK (("Result"."isAbsent" AND "Result"."marks" IS NULL) OR (NOT "Result"."isAbsent" AND "Result"."marks" >= 0))
);
--> statement-breakpoint
CREATE TABLE "FeeLedger" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"schoolId" uuid NOT NULL,
	"studentId" uuid NOT NULL,
	"academicYear" varchar(20) NOT NULL,
	"voucherNo" varchar(40) NOT NULL,
	"date" date NOT NULL,
	"amount" numeric(12, 2) NOT NULL,
	"account" varchar(30) NOT NULL,
	"entryType" varchar(2) NOT NULL,
	"feeStructureId" uuid,
	"narration" text,
	"createdAt" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "FeeLedger_amount_nonzero" CHECK ("FeeLedger"."amount" <> 0),
	CONSTRAINT "FeeLedger_account_check" CHECK ("FeeLedger"."account" IN ('FEE_RECEIVABLE', 'FEE_INCOME', 'CASH', 'BANK', 'FEE_DISCOUNT')),
	CONSTRAINT "FeeLedger_entryType_sign" CHECK (("FeeLedger"."entryType" = 'DR' AND "FeeLedger"."amount" > 0) OR ("FeeLedger"."entryType" = 'CR' AND "FeeLedger"."amount" < 0))
);
--> statement-breakpoint
CREATE TABLE "FeeStructure" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"schoolId" uuid NOT NULL,
	"academicYearId" uuid NOT NULL,
	"classId" uuid,
	"name" varchar(100) NOT NULL,
	"amount" numeric(12, 2) NOT NULL,
	"dueDate" date,
	"createdAt" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "FeeStructure_amount_positive" CHECK ("FeeStructure"."amount" > 0)
);
--> statement-breakpoint
CREATE TABLE "FeeVoucher" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"schoolId" uuid NOT NULL,
	"voucherNo" varchar(40) NOT NULL,
	"kind" varchar(20) NOT NULL,
	"date" date NOT NULL,
	"studentId" uuid NOT NULL,
	"idempotencyKey" varchar(100),
	"reversesVoucherId" uuid,
	"narration" text,
	"createdBy" uuid,
	"createdAt" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "FeeVoucher_voucherNo_key" UNIQUE("voucherNo"),
	CONSTRAINT "FeeVoucher_kind_check" CHECK ("FeeVoucher"."kind" IN ('CHARGE', 'PAYMENT', 'DISCOUNT', 'REVERSAL')),
	CONSTRAINT "FeeVoucher_reversal_link" CHECK (("FeeVoucher"."kind" = 'REVERSAL') = ("FeeVoucher"."reversesVoucherId" IS NOT NULL))
);
--> statement-breakpoint
CREATE TABLE "AcademicYear" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"schoolId" uuid NOT NULL,
	"name" varchar(20) NOT NULL,
	"startDate" date NOT NULL,
	"endDate" date NOT NULL,
	"isCurrent" boolean DEFAULT false NOT NULL,
	"createdAt" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "AcademicYear_dates" CHECK ("AcademicYear"."endDate" > "AcademicYear"."startDate")
);
--> statement-breakpoint
CREATE TABLE "Class" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"schoolId" uuid NOT NULL,
	"name" varchar(50) NOT NULL,
	"sortOrder" integer DEFAULT 0 NOT NULL,
	"createdAt" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "Division" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"schoolId" uuid NOT NULL,
	"classId" uuid NOT NULL,
	"name" varchar(20) NOT NULL,
	"createdAt" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "GradeBand" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"schoolId" uuid NOT NULL,
	"grade" varchar(5) NOT NULL,
	"minPercent" numeric(5, 2) NOT NULL,
	CONSTRAINT "GradeBand_minPercent_range" CHECK ("GradeBand"."minPercent" BETWEEN 0 AND 100)
);
--> statement-breakpoint
CREATE TABLE "Subject" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"schoolId" uuid NOT NULL,
	"name" varchar(100) NOT NULL,
	"code" varchar(20) NOT NULL,
	"createdAt" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "Attendance" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"schoolId" uuid NOT NULL,
	"studentId" uuid NOT NULL,
	"date" date NOT NULL,
	"status" varchar(20) NOT NULL,
	"markedBy" uuid,
	"remarks" text,
	"createdAt" timestamp with time zone DEFAULT now() NOT NULL,
	"updatedAt" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "Attendance_status_check" CHECK ("Attendance"."status" IN ('PRESENT', 'ABSENT', 'LATE', 'LEAVE'))
);
--> statement-breakpoint
CREATE TABLE "Student" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"schoolId" uuid NOT NULL,
	"userId" uuid,
	"admissionNo" varchar(50) NOT NULL,
	"firstName" varchar(100) NOT NULL,
	"lastName" varchar(100),
	"dateOfBirth" date,
	"gender" varchar(10),
	"guardianName" varchar(200),
	"guardianPhone" varchar(20),
	"classId" uuid,
	"divisionId" uuid,
	"status" varchar(20) DEFAULT 'ACTIVE' NOT NULL,
	"createdAt" timestamp with time zone DEFAULT now() NOT NULL,
	"updatedAt" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "Student_status_check" CHECK ("Student"."status" IN ('ACTIVE', 'TRANSFERRED', 'LEFT'))
);
--> statement-breakpoint
CREATE TABLE "StudentClass" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"schoolId" uuid NOT NULL,
	"studentId" uuid NOT NULL,
	"academicYearId" uuid NOT NULL,
	"classId" uuid NOT NULL,
	"divisionId" uuid,
	"rollNo" integer,
	"fromDate" date NOT NULL,
	"toDate" date,
	"createdAt" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "StudentClass_dates" CHECK ("StudentClass"."toDate" IS NULL OR "StudentClass"."toDate" >= "StudentClass"."fromDate")
);
--> statement-breakpoint
CREATE TABLE "Bus" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"schoolId" uuid NOT NULL,
	"registrationNo" varchar(30) NOT NULL,
	"capacity" integer NOT NULL,
	"driverName" varchar(100),
	"driverPhone" varchar(20),
	"isActive" boolean DEFAULT true NOT NULL,
	"createdAt" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "Bus_capacity_positive" CHECK ("Bus"."capacity" > 0)
);
--> statement-breakpoint
CREATE TABLE "BusRoute" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"schoolId" uuid NOT NULL,
	"name" varchar(100) NOT NULL,
	"busId" uuid,
	"description" text,
	"createdAt" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "BusRouteStop" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"schoolId" uuid NOT NULL,
	"routeId" uuid NOT NULL,
	"stopId" uuid NOT NULL,
	"sequence" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "BusStop" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"schoolId" uuid NOT NULL,
	"name" varchar(100) NOT NULL,
	"address" text,
	"latitude" numeric(9, 6),
	"longitude" numeric(9, 6),
	"createdAt" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "StudentTransport" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"schoolId" uuid NOT NULL,
	"studentId" uuid NOT NULL,
	"routeId" uuid NOT NULL,
	"stopId" uuid NOT NULL,
	"createdAt" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "Trip" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"schoolId" uuid NOT NULL,
	"busId" uuid NOT NULL,
	"routeId" uuid NOT NULL,
	"date" date NOT NULL,
	"direction" varchar(10) NOT NULL,
	"status" varchar(20) DEFAULT 'SCHEDULED' NOT NULL,
	"startedAt" timestamp with time zone,
	"endedAt" timestamp with time zone,
	"createdAt" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "Trip_direction_check" CHECK ("Trip"."direction" IN ('PICKUP', 'DROP')),
	CONSTRAINT "Trip_status_check" CHECK ("Trip"."status" IN ('SCHEDULED', 'IN_PROGRESS', 'COMPLETED', 'CANCELLED'))
);
--> statement-breakpoint
CREATE TABLE "TripStop" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"schoolId" uuid NOT NULL,
	"tripId" uuid NOT NULL,
	"stopId" uuid NOT NULL,
	"sequence" integer NOT NULL,
	"scheduledAt" timestamp with time zone,
	"arrivedAt" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "TripStudentMark" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"schoolId" uuid NOT NULL,
	"tripId" uuid NOT NULL,
	"studentId" uuid NOT NULL,
	"stopId" uuid,
	"status" varchar(20) NOT NULL,
	"markedBy" uuid,
	"markedAt" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "TripStudentMark_status_check" CHECK ("TripStudentMark"."status" IN ('BOARDED', 'DROPPED', 'ABSENT'))
);
--> statement-breakpoint
CREATE TABLE "Book" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"schoolId" uuid NOT NULL,
	"title" varchar(300) NOT NULL,
	"author" varchar(200),
	"isbn" varchar(20),
	"createdAt" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "BookCopy" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"schoolId" uuid NOT NULL,
	"bookId" uuid NOT NULL,
	"accessionNo" varchar(30) NOT NULL,
	"createdAt" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "LibraryBookIssue" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"schoolId" uuid NOT NULL,
	"bookCopyId" uuid NOT NULL,
	"studentId" uuid NOT NULL,
	"issuedOn" date NOT NULL,
	"dueDate" date NOT NULL,
	"returnedOn" date,
	"issuedBy" uuid,
	"createdAt" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "LibraryBookIssue_due_after_issue" CHECK ("LibraryBookIssue"."dueDate" >= "LibraryBookIssue"."issuedOn"),
	CONSTRAINT "LibraryBookIssue_return_after_issue" CHECK ("LibraryBookIssue"."returnedOn" IS NULL OR "LibraryBookIssue"."returnedOn" >= "LibraryBookIssue"."issuedOn")
);
--> statement-breakpoint
ALTER TABLE "Announcement" ADD CONSTRAINT "Announcement_classId_Class_id_fk" FOREIGN KEY ("classId") REFERENCES "public"."Class"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "LeaveApplication" ADD CONSTRAINT "LeaveApplication_studentId_Student_id_fk" FOREIGN KEY ("studentId") REFERENCES "public"."Student"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "Message" ADD CONSTRAINT "Message_threadId_MessageThread_id_fk" FOREIGN KEY ("threadId") REFERENCES "public"."MessageThread"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "MessageThreadParticipant" ADD CONSTRAINT "MessageThreadParticipant_threadId_MessageThread_id_fk" FOREIGN KEY ("threadId") REFERENCES "public"."MessageThread"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "Exam" ADD CONSTRAINT "Exam_academicYearId_AcademicYear_id_fk" FOREIGN KEY ("academicYearId") REFERENCES "public"."AcademicYear"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "Exam" ADD CONSTRAINT "Exam_classId_Class_id_fk" FOREIGN KEY ("classId") REFERENCES "public"."Class"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "Exam" ADD CONSTRAINT "Exam_subjectId_Subject_id_fk" FOREIGN KEY ("subjectId") REFERENCES "public"."Subject"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "Result" ADD CONSTRAINT "Result_examId_Exam_id_fk" FOREIGN KEY ("examId") REFERENCES "public"."Exam"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "Result" ADD CONSTRAINT "Result_studentId_Student_id_fk" FOREIGN KEY ("studentId") REFERENCES "public"."Student"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "FeeLedger" ADD CONSTRAINT "FeeLedger_studentId_Student_id_fk" FOREIGN KEY ("studentId") REFERENCES "public"."Student"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "FeeLedger" ADD CONSTRAINT "FeeLedger_voucherNo_FeeVoucher_voucherNo_fk" FOREIGN KEY ("voucherNo") REFERENCES "public"."FeeVoucher"("voucherNo") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "FeeLedger" ADD CONSTRAINT "FeeLedger_feeStructureId_FeeStructure_id_fk" FOREIGN KEY ("feeStructureId") REFERENCES "public"."FeeStructure"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "FeeStructure" ADD CONSTRAINT "FeeStructure_academicYearId_AcademicYear_id_fk" FOREIGN KEY ("academicYearId") REFERENCES "public"."AcademicYear"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "FeeStructure" ADD CONSTRAINT "FeeStructure_classId_Class_id_fk" FOREIGN KEY ("classId") REFERENCES "public"."Class"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "FeeVoucher" ADD CONSTRAINT "FeeVoucher_studentId_Student_id_fk" FOREIGN KEY ("studentId") REFERENCES "public"."Student"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "Division" ADD CONSTRAINT "Division_classId_Class_id_fk" FOREIGN KEY ("classId") REFERENCES "public"."Class"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "Attendance" ADD CONSTRAINT "Attendance_studentId_Student_id_fk" FOREIGN KEY ("studentId") REFERENCES "public"."Student"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "Student" ADD CONSTRAINT "Student_classId_Class_id_fk" FOREIGN KEY ("classId") REFERENCES "public"."Class"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "Student" ADD CONSTRAINT "Student_divisionId_Division_id_fk" FOREIGN KEY ("divisionId") REFERENCES "public"."Division"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "StudentClass" ADD CONSTRAINT "StudentClass_studentId_Student_id_fk" FOREIGN KEY ("studentId") REFERENCES "public"."Student"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "StudentClass" ADD CONSTRAINT "StudentClass_academicYearId_AcademicYear_id_fk" FOREIGN KEY ("academicYearId") REFERENCES "public"."AcademicYear"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "StudentClass" ADD CONSTRAINT "StudentClass_classId_Class_id_fk" FOREIGN KEY ("classId") REFERENCES "public"."Class"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "StudentClass" ADD CONSTRAINT "StudentClass_divisionId_Division_id_fk" FOREIGN KEY ("divisionId") REFERENCES "public"."Division"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "BusRoute" ADD CONSTRAINT "BusRoute_busId_Bus_id_fk" FOREIGN KEY ("busId") REFERENCES "public"."Bus"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "BusRouteStop" ADD CONSTRAINT "BusRouteStop_routeId_BusRoute_id_fk" FOREIGN KEY ("routeId") REFERENCES "public"."BusRoute"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "BusRouteStop" ADD CONSTRAINT "BusRouteStop_stopId_BusStop_id_fk" FOREIGN KEY ("stopId") REFERENCES "public"."BusStop"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "StudentTransport" ADD CONSTRAINT "StudentTransport_studentId_Student_id_fk" FOREIGN KEY ("studentId") REFERENCES "public"."Student"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "StudentTransport" ADD CONSTRAINT "StudentTransport_routeId_BusRoute_id_fk" FOREIGN KEY ("routeId") REFERENCES "public"."BusRoute"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "StudentTransport" ADD CONSTRAINT "StudentTransport_stopId_BusStop_id_fk" FOREIGN KEY ("stopId") REFERENCES "public"."BusStop"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "Trip" ADD CONSTRAINT "Trip_busId_Bus_id_fk" FOREIGN KEY ("busId") REFERENCES "public"."Bus"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "Trip" ADD CONSTRAINT "Trip_routeId_BusRoute_id_fk" FOREIGN KEY ("routeId") REFERENCES "public"."BusRoute"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "TripStop" ADD CONSTRAINT "TripStop_tripId_Trip_id_fk" FOREIGN KEY ("tripId") REFERENCES "public"."Trip"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "TripStop" ADD CONSTRAINT "TripStop_stopId_BusStop_id_fk" FOREIGN KEY ("stopId") REFERENCES "public"."BusStop"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "TripStudentMark" ADD CONSTRAINT "TripStudentMark_tripId_Trip_id_fk" FOREIGN KEY ("tripId") REFERENCES "public"."Trip"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "TripStudentMark" ADD CONSTRAINT "TripStudentMark_studentId_Student_id_fk" FOREIGN KEY ("studentId") REFERENCES "public"."Student"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "TripStudentMark" ADD CONSTRAINT "TripStudentMark_stopId_BusStop_id_fk" FOREIGN KEY ("stopId") REFERENCES "public"."BusStop"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "BookCopy" ADD CONSTRAINT "BookCopy_bookId_Book_id_fk" FOREIGN KEY ("bookId") REFERENCES "public"."Book"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "LibraryBookIssue" ADD CONSTRAINT "LibraryBookIssue_bookCopyId_BookCopy_id_fk" FOREIGN KEY ("bookCopyId") REFERENCES "public"."BookCopy"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "LibraryBookIssue" ADD CONSTRAINT "LibraryBookIssue_studentId_Student_id_fk" FOREIGN KEY ("studentId") REFERENCES "public"."Student"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "Announcement_schoolId_publishedAt_idx" ON "Announcement" USING btree ("schoolId","publishedAt");--> statement-breakpoint
CREATE INDEX "LeaveApplication_studentId_idx" ON "LeaveApplication" USING btree ("studentId");--> statement-breakpoint
CREATE INDEX "Message_threadId_sentAt_idx" ON "Message" USING btree ("threadId","sentAt");--> statement-breakpoint
CREATE INDEX "MessageThreadParticipant_userId_idx" ON "MessageThreadParticipant" USING btree ("userId");--> statement-breakpoint
CREATE INDEX "Exam_schoolId_classId_idx" ON "Exam" USING btree ("schoolId","classId");--> statement-breakpoint
CREATE INDEX "Result_schoolId_examId_idx" ON "Result" USING btree ("schoolId","examId");--> statement-breakpoint
CREATE INDEX "Result_studentId_idx" ON "Result" USING btree ("studentId");--> statement-breakpoint
CREATE UNIQUE INDEX "Result_examId_studentId_key" ON "Result" USING btree ("examId","studentId");--> statement-breakpoint
CREATE INDEX "FeeLedger_schoolId_studentId_idx" ON "FeeLedger" USING btree ("schoolId","studentId");--> statement-breakpoint
CREATE INDEX "FeeLedger_schoolId_date_idx" ON "FeeLedger" USING btree ("schoolId","date");--> statement-breakpoint
CREATE INDEX "FeeLedger_voucherNo_idx" ON "FeeLedger" USING btree ("voucherNo");--> statement-breakpoint
CREATE INDEX "FeeStructure_schoolId_academicYearId_idx" ON "FeeStructure" USING btree ("schoolId","academicYearId");--> statement-breakpoint
CREATE UNIQUE INDEX "FeeVoucher_idempotencyKey_key" ON "FeeVoucher" USING btree ("idempotencyKey");--> statement-breakpoint
CREATE UNIQUE INDEX "FeeVoucher_reversesVoucherId_key" ON "FeeVoucher" USING btree ("reversesVoucherId");--> statement-breakpoint
CREATE UNIQUE INDEX "AcademicYear_schoolId_name_key" ON "AcademicYear" USING btree ("schoolId","name");--> statement-breakpoint
CREATE UNIQUE INDEX "AcademicYear_one_current_key" ON "AcademicYear" USING btree ("schoolId") WHERE "AcademicYear"."isCurrent";--> statement-breakpoint
CREATE UNIQUE INDEX "Class_schoolId_name_key" ON "Class" USING btree ("schoolId","name");--> statement-breakpoint
CREATE UNIQUE INDEX "Division_classId_name_key" ON "Division" USING btree ("classId","name");--> statement-breakpoint
CREATE UNIQUE INDEX "GradeBand_schoolId_grade_key" ON "GradeBand" USING btree ("schoolId","grade");--> statement-breakpoint
CREATE UNIQUE INDEX "GradeBand_schoolId_minPercent_key" ON "GradeBand" USING btree ("schoolId","minPercent");--> statement-breakpoint
CREATE UNIQUE INDEX "Subject_schoolId_code_key" ON "Subject" USING btree ("schoolId","code");--> statement-breakpoint
CREATE INDEX "Attendance_school_date_idx" ON "Attendance" USING btree ("schoolId","date");--> statement-breakpoint
CREATE INDEX "Attendance_student_idx" ON "Attendance" USING btree ("studentId");--> statement-breakpoint
CREATE UNIQUE INDEX "Attendance_studentId_date_key" ON "Attendance" USING btree ("studentId","date");--> statement-breakpoint
CREATE INDEX "Student_schoolId_idx" ON "Student" USING btree ("schoolId");--> statement-breakpoint
CREATE INDEX "Student_class_idx" ON "Student" USING btree ("classId");--> statement-breakpoint
CREATE UNIQUE INDEX "Student_admissionNo_schoolId_idx" ON "Student" USING btree ("admissionNo","schoolId");--> statement-breakpoint
CREATE INDEX "Student_userId_idx" ON "Student" USING btree ("userId");--> statement-breakpoint
CREATE INDEX "StudentClass_studentId_idx" ON "StudentClass" USING btree ("studentId");--> statement-breakpoint
CREATE INDEX "StudentClass_class_idx" ON "StudentClass" USING btree ("classId","divisionId");--> statement-breakpoint
CREATE UNIQUE INDEX "StudentClass_one_current_key" ON "StudentClass" USING btree ("studentId") WHERE "StudentClass"."toDate" IS NULL;--> statement-breakpoint
CREATE UNIQUE INDEX "Bus_schoolId_registrationNo_key" ON "Bus" USING btree ("schoolId","registrationNo");--> statement-breakpoint
CREATE UNIQUE INDEX "BusRouteStop_routeId_sequence_key" ON "BusRouteStop" USING btree ("routeId","sequence");--> statement-breakpoint
CREATE UNIQUE INDEX "BusRouteStop_routeId_stopId_key" ON "BusRouteStop" USING btree ("routeId","stopId");--> statement-breakpoint
CREATE UNIQUE INDEX "StudentTransport_studentId_key" ON "StudentTransport" USING btree ("studentId");--> statement-breakpoint
CREATE INDEX "StudentTransport_routeId_idx" ON "StudentTransport" USING btree ("routeId");--> statement-breakpoint
CREATE INDEX "Trip_school_bus_date_idx" ON "Trip" USING btree ("schoolId","busId","date");--> statement-breakpoint
CREATE UNIQUE INDEX "TripStop_tripId_sequence_key" ON "TripStop" USING btree ("tripId","sequence");--> statement-breakpoint
CREATE UNIQUE INDEX "TripStop_tripId_stopId_key" ON "TripStop" USING btree ("tripId","stopId");--> statement-breakpoint
CREATE UNIQUE INDEX "TripStudentMark_tripId_studentId_key" ON "TripStudentMark" USING btree ("tripId","studentId");--> statement-breakpoint
CREATE UNIQUE INDEX "BookCopy_schoolId_accessionNo_key" ON "BookCopy" USING btree ("schoolId","accessionNo");--> statement-breakpoint
CREATE INDEX "LibraryBookIssue_studentId_idx" ON "LibraryBookIssue" USING btree ("studentId");--> statement-breakpoint
CREATE INDEX "LibraryBookIssue_dueDate_open_idx" ON "LibraryBookIssue" USING btree ("dueDate") WHERE "LibraryBookIssue"."returnedOn" IS NULL;--> statement-breakpoint
CREATE UNIQUE INDEX "LibraryBookIssue_one_open_per_copy_key" ON "LibraryBookIssue" USING btree ("bookCopyId") WHERE "LibraryBookIssue"."returnedOn" IS NULL;
DROP INDEX "TripStudentMark_tripId_studentId_key";--> statement-breakpoint
ALTER TABLE "BusRoute" ADD COLUMN "isActive" boolean DEFAULT true NOT NULL;--> statement-breakpoint
ALTER TABLE "BusRouteStop" ADD COLUMN "pickupTime" time;--> statement-breakpoint
ALTER TABLE "BusRouteStop" ADD COLUMN "dropTime" time;--> statement-breakpoint
ALTER TABLE "StudentTransport" ADD COLUMN "dropStopId" uuid;--> statement-breakpoint
ALTER TABLE "Trip" ADD COLUMN "scheduledAt" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "TripStop" ADD COLUMN "skipped" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "TripStudentMark" ADD COLUMN "kind" varchar(10) GENERATED ALWAYS AS (CASE WHEN "status" = 'DROPPED' THEN 'DROP' ELSE 'BOARDING' END) STORED NOT NULL;--> statement-breakpoint
ALTER TABLE "StudentTransport" ADD CONSTRAINT "StudentTransport_dropStopId_BusStop_id_fk" FOREIGN KEY ("dropStopId") REFERENCES "public"."BusStop"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "Trip_date_idx" ON "Trip" USING btree ("date");--> statement-breakpoint
CREATE UNIQUE INDEX "Trip_routeId_date_direction_key" ON "Trip" USING btree ("routeId","date","direction");--> statement-breakpoint
CREATE UNIQUE INDEX "Trip_busId_direction_scheduledAt_key" ON "Trip" USING btree ("busId","direction","scheduledAt");--> statement-breakpoint
CREATE UNIQUE INDEX "TripStudentMark_tripId_studentId_kind_key" ON "TripStudentMark" USING btree ("tripId","studentId","kind");--> statement-breakpoint
CREATE INDEX "TripStudentMark_studentId_markedAt_idx" ON "TripStudentMark" USING btree ("studentId","markedAt");
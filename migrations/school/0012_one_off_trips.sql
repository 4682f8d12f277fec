CREATE TABLE "OneOffRider" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"schoolId" uuid NOT NULL,
	"routeId" uuid NOT NULL,
	"studentId" uuid NOT NULL,
	"stopId" uuid NOT NULL,
	"dropStopId" uuid NOT NULL,
	"createdAt" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "BusRoute" ADD COLUMN "oneOffOn" date;--> statement-breakpoint
ALTER TABLE "OneOffRider" ADD CONSTRAINT "OneOffRider_routeId_BusRoute_id_fk" FOREIGN KEY ("routeId") REFERENCES "public"."BusRoute"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "OneOffRider" ADD CONSTRAINT "OneOffRider_studentId_Student_id_fk" FOREIGN KEY ("studentId") REFERENCES "public"."Student"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "OneOffRider" ADD CONSTRAINT "OneOffRider_stopId_BusStop_id_fk" FOREIGN KEY ("stopId") REFERENCES "public"."BusStop"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "OneOffRider" ADD CONSTRAINT "OneOffRider_dropStopId_BusStop_id_fk" FOREIGN KEY ("dropStopId") REFERENCES "public"."BusStop"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "OneOffRider_routeId_studentId_key" ON "OneOffRider" USING btree ("routeId","studentId");--> statement-breakpoint
CREATE INDEX "OneOffRider_studentId_idx" ON "OneOffRider" USING btree ("studentId");--> statement-breakpoint
CREATE VIEW "public"."RouteRider" AS (SELECT id, "schoolId", "studentId", "routeId", "stopId", "dropStopId", "createdAt" FROM "StudentTransport"
  UNION ALL SELECT id, "schoolId", "studentId", "routeId", "stopId", "dropStopId", "createdAt" FROM "OneOffRider");
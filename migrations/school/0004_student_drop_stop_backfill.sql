-- Riders assigned before pickup and drop stops were told apart get off where they get on:
-- their drop stop is their pickup stop. (The next migration makes the drop stop required.)
UPDATE "StudentTransport" SET "dropStopId" = "stopId" WHERE "dropStopId" IS NULL;

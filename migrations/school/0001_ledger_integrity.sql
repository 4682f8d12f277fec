-- Double-entry integrity, enforced by the database rather than trusted to the service.
-- 1. Every voucher's lines sum to zero and number at least two, checked at commit
--    (a deferred constraint trigger) so a voucher's lines can be inserted one by one.
CREATE OR REPLACE FUNCTION "FeeLedger_assert_voucher_balanced"() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  line_count integer;
  total numeric;
BEGIN
  SELECT count(*), coalesce(sum("amount"), 0) INTO line_count, total
    FROM "FeeLedger" WHERE "voucherNo" = NEW."voucherNo";
  IF line_count < 2 OR total <> 0 THEN
    RAISE EXCEPTION 'voucher % is unbalanced: % lines summing to %', NEW."voucherNo", line_count, total
      USING ERRCODE = '23514';
  END IF;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER "FeeLedger_voucher_balanced"
  AFTER INSERT ON "FeeLedger"
  DEFERRABLE INITIALLY DEFERRED
  FOR EACH ROW EXECUTE FUNCTION "FeeLedger_assert_voucher_balanced"();
--> statement-breakpoint
-- 2. Ledger lines and vouchers are append-only: a correction is a reversal voucher.
CREATE OR REPLACE FUNCTION "FeeLedger_forbid_change"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% is append-only: post a reversal voucher instead of % ', TG_TABLE_NAME, TG_OP
    USING ERRCODE = '55000';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER "FeeLedger_append_only"
  BEFORE UPDATE OR DELETE ON "FeeLedger"
  FOR EACH ROW EXECUTE FUNCTION "FeeLedger_forbid_change"();
--> statement-breakpoint
CREATE TRIGGER "FeeVoucher_append_only"
  BEFORE UPDATE OR DELETE ON "FeeVoucher"
  FOR EACH ROW EXECUTE FUNCTION "FeeLedger_forbid_change"();
--> statement-breakpoint
CREATE TRIGGER "FeeLedger_no_truncate"
  BEFORE TRUNCATE ON "FeeLedger"
  FOR EACH STATEMENT EXECUTE FUNCTION "FeeLedger_forbid_change"();

-- The ledger's database guard, closing what 0001 left open.
-- 1. A voucher's lines arrive in one INSERT statement, into a voucher that has no lines yet: a
--    posted voucher accepts no new line. Each line names its voucher's student, date and
--    academic year (and school); that the voucher exists is FeeLedger's foreign key.
CREATE OR REPLACE FUNCTION "FeeLedger_assert_lines_fit_voucher"() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  bad record;
BEGIN
  SELECT n."voucherNo" INTO bad
    FROM new_lines n
    JOIN "FeeVoucher" v ON v."voucherNo" = n."voucherNo"
    LEFT JOIN "AcademicYear" y ON y.id = v."academicYearId"
    WHERE n."studentId" <> v."studentId" OR n.date <> v.date OR n."schoolId" <> v."schoolId"
      OR (y.id IS NOT NULL AND n."academicYear" <> y.name)
    LIMIT 1;
  IF FOUND THEN
    RAISE EXCEPTION 'a ledger line of voucher % differs from its voucher in student, date, school or academic year', bad."voucherNo"
      USING ERRCODE = '23514';
  END IF;
  SELECT added."voucherNo" INTO bad
    FROM (SELECT "voucherNo", count(*) AS n FROM new_lines GROUP BY "voucherNo") added
    WHERE (SELECT count(*) FROM "FeeLedger" l WHERE l."voucherNo" = added."voucherNo") <> added.n
    LIMIT 1;
  IF FOUND THEN
    RAISE EXCEPTION 'voucher % has lines already: a posted voucher accepts no new line (post a reversal voucher)', bad."voucherNo"
      USING ERRCODE = '55000';
  END IF;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER "FeeLedger_lines_fit_voucher"
  AFTER INSERT ON "FeeLedger"
  REFERENCING NEW TABLE AS new_lines
  FOR EACH STATEMENT EXECUTE FUNCTION "FeeLedger_assert_lines_fit_voucher"();
--> statement-breakpoint
-- 2. Every voucher has balanced lines at commit, at least two: a voucher without any is refused
--    (0001 checks only vouchers that have lines, when each line is inserted).
CREATE OR REPLACE FUNCTION "FeeVoucher_assert_has_lines"() RETURNS trigger
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
CREATE CONSTRAINT TRIGGER "FeeVoucher_balanced_lines"
  AFTER INSERT ON "FeeVoucher"
  DEFERRABLE INITIALLY DEFERRED
  FOR EACH ROW EXECUTE FUNCTION "FeeVoucher_assert_has_lines"();

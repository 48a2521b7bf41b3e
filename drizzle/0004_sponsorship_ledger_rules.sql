-- The ledger is append-only and balanced, enforced by the database itself so that no code path
-- (a bug, a script, a hand edit through a SQLite browser) can rewrite history or post an unbalanced entry.
-- A posting's lines are inserted first, then its postings row, which checks and seals them.
CREATE TRIGGER `postings_no_update` BEFORE UPDATE ON `postings`
BEGIN
	SELECT RAISE(ABORT, 'postings are append-only');
END;
--> statement-breakpoint
CREATE TRIGGER `postings_no_delete` BEFORE DELETE ON `postings`
BEGIN
	SELECT RAISE(ABORT, 'postings are append-only');
END;
--> statement-breakpoint
CREATE TRIGGER `posting_lines_no_update` BEFORE UPDATE ON `posting_lines`
BEGIN
	SELECT RAISE(ABORT, 'postings are append-only');
END;
--> statement-breakpoint
CREATE TRIGGER `posting_lines_no_delete` BEFORE DELETE ON `posting_lines`
BEGIN
	SELECT RAISE(ABORT, 'postings are append-only');
END;
--> statement-breakpoint
CREATE TRIGGER `posting_lines_sealed` BEFORE INSERT ON `posting_lines`
WHEN EXISTS (SELECT 1 FROM `postings` WHERE `id` = NEW.`posting_id`)
BEGIN
	SELECT RAISE(ABORT, 'postings are append-only: a written posting takes no new lines');
END;
--> statement-breakpoint
CREATE TRIGGER `posting_lines_nonzero` BEFORE INSERT ON `posting_lines`
WHEN NEW.`amount_paise` = 0 OR typeof(NEW.`amount_paise`) <> 'integer'
BEGIN
	SELECT RAISE(ABORT, 'a posting line is a non-zero whole number of paise');
END;
--> statement-breakpoint
CREATE TRIGGER `postings_balanced` AFTER INSERT ON `postings`
WHEN (SELECT count(*) FROM `posting_lines` WHERE `posting_id` = NEW.`id`) < 2
	OR (SELECT sum(`amount_paise`) FROM `posting_lines` WHERE `posting_id` = NEW.`id`) <> 0
BEGIN
	SELECT RAISE(ABORT, 'a posting needs at least two lines that sum to zero');
END;
--> statement-breakpoint
INSERT INTO `ledger_accounts` (`code`, `name`, `type`, `fcra`, `sort_order`) VALUES
	('fcra_receipt', 'FCRA Receipt Account', 'asset', 1, 1),
	('fcra_utilisation', 'FCRA Utilisation Account', 'asset', 1, 2),
	('local_bank', 'Local Bank Account', 'asset', 0, 3),
	('office_cash', 'Office Cash', 'asset', 0, 4),
	('in_kind_stock', 'In-kind Stock', 'asset', 0, 5),
	('sponsor_receivable', 'Sponsor Receivable', 'asset', 0, 6),
	('pooled_fund', 'Pooled Fund', 'fund', 0, 7),
	('support_to_families', 'Support to Families', 'expense', 0, 8),
	('administration', 'Administration', 'expense', 0, 9);

CREATE TABLE `ledger_accounts` (
	`code` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`type` text NOT NULL,
	`fcra` integer DEFAULT false NOT NULL,
	`sort_order` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `posting_lines` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`posting_id` integer NOT NULL,
	`account_code` text NOT NULL,
	`amount_paise` integer NOT NULL,
	`sponsor_id` integer,
	`sponsorship_id` integer,
	`sponsored_child_id` integer,
	`funding` text,
	FOREIGN KEY (`account_code`) REFERENCES `ledger_accounts`(`code`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`sponsor_id`) REFERENCES `sponsors`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`sponsorship_id`) REFERENCES `sponsorships`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`sponsored_child_id`) REFERENCES `sponsored_children`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `posting_lines_posting` ON `posting_lines` (`posting_id`);--> statement-breakpoint
CREATE INDEX `posting_lines_account` ON `posting_lines` (`account_code`);--> statement-breakpoint
CREATE INDEX `posting_lines_sponsor` ON `posting_lines` (`sponsor_id`,`account_code`);--> statement-breakpoint
CREATE INDEX `posting_lines_child` ON `posting_lines` (`sponsored_child_id`,`account_code`);--> statement-breakpoint
CREATE TABLE `postings` (
	`id` integer PRIMARY KEY NOT NULL,
	`kind` text NOT NULL,
	`value_date` text NOT NULL,
	`for_month` text,
	`receipt_no` text,
	`voucher_no` text,
	`financial_year` text NOT NULL,
	`sponsor_id` integer,
	`sponsorship_id` integer,
	`sponsored_child_id` integer,
	`mode` text,
	`reference` text,
	`funding` text,
	`eligible_80g` integer,
	`recipient_name` text,
	`recipient_mark` text,
	`in_kind_description` text,
	`attachment` text,
	`reverses_id` integer,
	`reason` text,
	`created_by` integer,
	`created_at` text NOT NULL,
	FOREIGN KEY (`sponsor_id`) REFERENCES `sponsors`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`sponsorship_id`) REFERENCES `sponsorships`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`sponsored_child_id`) REFERENCES `sponsored_children`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`reverses_id`) REFERENCES `postings`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `postings_receipt_no` ON `postings` (`receipt_no`);--> statement-breakpoint
CREATE UNIQUE INDEX `postings_voucher_no` ON `postings` (`voucher_no`);--> statement-breakpoint
CREATE UNIQUE INDEX `postings_reverses` ON `postings` (`reverses_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `postings_dues_month` ON `postings` (`sponsorship_id`,`for_month`) WHERE kind = 'dues';--> statement-breakpoint
CREATE INDEX `postings_kind_month` ON `postings` (`kind`,`for_month`);--> statement-breakpoint
CREATE INDEX `postings_child_month` ON `postings` (`sponsored_child_id`,`for_month`);--> statement-breakpoint
CREATE INDEX `postings_sponsor` ON `postings` (`sponsor_id`,`value_date`);--> statement-breakpoint
CREATE INDEX `postings_value_date` ON `postings` (`value_date`);--> statement-breakpoint
CREATE TABLE `sponsored_children` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`child_id` integer NOT NULL,
	`guardian_name` text NOT NULL,
	`guardian_relation` text NOT NULL,
	`payout_method` text NOT NULL,
	`bank_name` text,
	`account_number` text,
	`ifsc` text,
	`photo_consent` integer DEFAULT false NOT NULL,
	`story_consent` integer DEFAULT false NOT NULL,
	`priority` integer DEFAULT 3 NOT NULL,
	`mission_vatsalya` integer DEFAULT false NOT NULL,
	`monthly_support_paise` integer NOT NULL,
	`progress_note` text,
	`status` text DEFAULT 'waiting' NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`child_id`) REFERENCES `children`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `sponsored_children_child` ON `sponsored_children` (`child_id`);--> statement-breakpoint
CREATE INDEX `sponsored_children_status` ON `sponsored_children` (`status`,`priority`);--> statement-breakpoint
CREATE TABLE `sponsors` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`code` text NOT NULL,
	`kind` text NOT NULL,
	`name` text NOT NULL,
	`address` text,
	`phone` text,
	`email` text,
	`tax_id_type` text,
	`tax_id` text,
	`citizenship` text NOT NULL,
	`passport_country` text,
	`wants_80g` integer DEFAULT false NOT NULL,
	`correspondent_name` text,
	`correspondent_phone` text,
	`correspondent_email` text,
	`notes` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `sponsors_code` ON `sponsors` (`code`);--> statement-breakpoint
CREATE INDEX `sponsors_name` ON `sponsors` (`name`);--> statement-breakpoint
CREATE TABLE `sponsorship_status_changes` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`sponsorship_id` integer NOT NULL,
	`status` text NOT NULL,
	`from_month` text NOT NULL,
	`reason_kind` text,
	`reason` text,
	`changed_on` text NOT NULL,
	`changed_by` integer,
	FOREIGN KEY (`sponsorship_id`) REFERENCES `sponsorships`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`changed_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `sponsorship_status_changes_sponsorship` ON `sponsorship_status_changes` (`sponsorship_id`,`from_month`);--> statement-breakpoint
CREATE TABLE `sponsorships` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`sponsor_id` integer NOT NULL,
	`sponsored_child_id` integer NOT NULL,
	`purpose` text NOT NULL,
	`monthly_paise` integer NOT NULL,
	`start_month` text NOT NULL,
	`planned_end` text,
	`planned_end_approximate` integer DEFAULT false NOT NULL,
	`status` text DEFAULT 'active' NOT NULL,
	`status_reason_kind` text,
	`status_reason` text,
	`status_changed_at` text,
	`dues_through` text,
	`created_at` text NOT NULL,
	FOREIGN KEY (`sponsor_id`) REFERENCES `sponsors`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`sponsored_child_id`) REFERENCES `sponsored_children`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `sponsorships_sponsor` ON `sponsorships` (`sponsor_id`);--> statement-breakpoint
CREATE INDEX `sponsorships_child` ON `sponsorships` (`sponsored_child_id`);
CREATE TABLE `case_actions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`case_id` integer NOT NULL,
	`description` text NOT NULL,
	`due_on` text NOT NULL,
	`owner_id` integer NOT NULL,
	`done_on` text,
	`created_at` text NOT NULL,
	FOREIGN KEY (`case_id`) REFERENCES `cases`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`owner_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `case_actions_owner_due` ON `case_actions` (`owner_id`,`done_on`,`due_on`);--> statement-breakpoint
CREATE INDEX `case_actions_case` ON `case_actions` (`case_id`);--> statement-breakpoint
CREATE TABLE `case_attachments` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`case_id` integer NOT NULL,
	`entry_id` integer NOT NULL,
	`file_name` text NOT NULL,
	`mime_type` text NOT NULL,
	`bytes` integer NOT NULL,
	`sha256` text NOT NULL,
	`stored_path` text NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`case_id`) REFERENCES `cases`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`entry_id`) REFERENCES `case_entries`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `case_attachments_case` ON `case_attachments` (`case_id`);--> statement-breakpoint
CREATE TABLE `case_children` (
	`case_id` integer NOT NULL,
	`child_id` integer NOT NULL,
	PRIMARY KEY(`case_id`, `child_id`),
	FOREIGN KEY (`case_id`) REFERENCES `cases`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`child_id`) REFERENCES `children`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `case_children_child` ON `case_children` (`child_id`);--> statement-breakpoint
CREATE TABLE `case_entries` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`case_id` integer NOT NULL,
	`happened_on` text NOT NULL,
	`kind` text NOT NULL,
	`text` text NOT NULL,
	`author_id` integer NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`case_id`) REFERENCES `cases`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`author_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `case_entries_case` ON `case_entries` (`case_id`,`happened_on`);--> statement-breakpoint
CREATE TABLE `case_referrals` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`case_id` integer NOT NULL,
	`authority` text NOT NULL,
	`authority_name` text NOT NULL,
	`contact` text,
	`referred_on` text NOT NULL,
	`reason` text NOT NULL,
	`status` text DEFAULT 'sent' NOT NULL,
	`created_by` integer NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`case_id`) REFERENCES `cases`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `case_referrals_case` ON `case_referrals` (`case_id`);--> statement-breakpoint
CREATE TABLE `case_types` (
	`case_id` integer NOT NULL,
	`type` text NOT NULL,
	PRIMARY KEY(`case_id`, `type`),
	FOREIGN KEY (`case_id`) REFERENCES `cases`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `case_types_type` ON `case_types` (`type`);--> statement-breakpoint
CREATE TABLE `case_workers` (
	`case_id` integer NOT NULL,
	`user_id` integer NOT NULL,
	PRIMARY KEY(`case_id`, `user_id`),
	FOREIGN KEY (`case_id`) REFERENCES `cases`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `case_workers_user` ON `case_workers` (`user_id`);--> statement-breakpoint
CREATE TABLE `cases` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`case_number` text NOT NULL,
	`status` text DEFAULT 'open' NOT NULL,
	`reporter_kind` text NOT NULL,
	`reporter_name` text,
	`reported_on` text NOT NULL,
	`summary` text NOT NULL,
	`village` text,
	`gram_panchayat` text,
	`risk_level` text NOT NULL,
	`risk_reason` text NOT NULL,
	`planned_marriage_on` text,
	`outcome` text,
	`outcome_note` text,
	`closed_on` text,
	`created_by` integer NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `cases_number` ON `cases` (`case_number`);--> statement-breakpoint
CREATE INDEX `cases_status` ON `cases` (`status`);--> statement-breakpoint
CREATE INDEX `cases_reported` ON `cases` (`reported_on`);--> statement-breakpoint
ALTER TABLE `office` ADD `address` text;--> statement-breakpoint
ALTER TABLE `office` ADD `phone` text;--> statement-breakpoint
ALTER TABLE `office` ADD `email` text;
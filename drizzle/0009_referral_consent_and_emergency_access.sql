CREATE TABLE `case_access_grants` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`case_id` integer NOT NULL,
	`user_id` integer NOT NULL,
	`reason` text NOT NULL,
	`granted_at` text NOT NULL,
	`expires_at` text NOT NULL,
	FOREIGN KEY (`case_id`) REFERENCES `cases`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `case_access_grants_user` ON `case_access_grants` (`user_id`,`expires_at`);--> statement-breakpoint
CREATE INDEX `case_access_grants_case` ON `case_access_grants` (`case_id`);--> statement-breakpoint
ALTER TABLE `case_referrals` ADD `consent_from` text;--> statement-breakpoint
ALTER TABLE `case_referrals` ADD `consent_method` text;--> statement-breakpoint
ALTER TABLE `case_referrals` ADD `consent_witness` text;--> statement-breakpoint
ALTER TABLE `case_referrals` ADD `consent_attachment_id` integer REFERENCES case_attachments(id);--> statement-breakpoint
ALTER TABLE `case_referrals` ADD `consent_waiver` text;--> statement-breakpoint
ALTER TABLE `case_referrals` ADD `consent_note` text;--> statement-breakpoint
ALTER TABLE `case_referrals` ADD `consent_recorded_at` text;
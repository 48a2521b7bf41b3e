CREATE TABLE `case_firs` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`case_id` integer NOT NULL,
	`referral_id` integer,
	`fir_number` text NOT NULL,
	`police_station` text NOT NULL,
	`lodged_on` text NOT NULL,
	`entry_id` integer NOT NULL,
	`created_by` integer NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`case_id`) REFERENCES `cases`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`referral_id`) REFERENCES `case_referrals`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`entry_id`) REFERENCES `case_entries`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `case_firs_case` ON `case_firs` (`case_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `case_firs_number` ON `case_firs` (`police_station`,`fir_number`);
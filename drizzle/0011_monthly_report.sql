CREATE TABLE `monthly_report_notes` (
	`month` text PRIMARY KEY NOT NULL,
	`escalations_json` text NOT NULL,
	`next_month_plan` text NOT NULL,
	`updated_at` text NOT NULL,
	`updated_by` integer NOT NULL,
	FOREIGN KEY (`updated_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `monthly_report_versions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`month` text NOT NULL,
	`version` integer NOT NULL,
	`figures_json` text NOT NULL,
	`signed_by` integer NOT NULL,
	`signed_by_name` text NOT NULL,
	`signed_at` text NOT NULL,
	`changes_json` text,
	FOREIGN KEY (`signed_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `monthly_report_versions_month` ON `monthly_report_versions` (`month`,`version`);--> statement-breakpoint
ALTER TABLE `office` ADD `monthly_report_sections` text;
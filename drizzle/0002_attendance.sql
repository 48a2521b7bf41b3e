CREATE TABLE `attendance_flags` (
	`child_id` integer PRIMARY KEY NOT NULL,
	`month` text NOT NULL,
	`risk` integer NOT NULL,
	`reasons_json` text NOT NULL,
	`raised_at` text NOT NULL,
	`status` text DEFAULT 'open' NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`child_id`) REFERENCES `children`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `attendance_flags_risk` ON `attendance_flags` (`risk`);--> statement-breakpoint
CREATE INDEX `attendance_flags_status` ON `attendance_flags` (`status`);--> statement-breakpoint
CREATE TABLE `attendance_imports` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`file_name` text NOT NULL,
	`sha256` text NOT NULL,
	`school_id` integer NOT NULL,
	`month` text NOT NULL,
	`imported_at` text NOT NULL,
	`imported_by` integer NOT NULL,
	`children_count` integer NOT NULL,
	`replaced_import_id` integer,
	FOREIGN KEY (`school_id`) REFERENCES `schools`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`imported_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `attendance_imports_school_month` ON `attendance_imports` (`school_id`,`month`);--> statement-breakpoint
CREATE INDEX `attendance_imports_month` ON `attendance_imports` (`month`);--> statement-breakpoint
CREATE TABLE `attendance_layouts` (
	`layout_key` text PRIMARY KEY NOT NULL,
	`school_id` integer NOT NULL,
	`mapping_json` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`school_id`) REFERENCES `schools`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `attendance_months` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`child_id` integer NOT NULL,
	`school_id` integer NOT NULL,
	`month` text NOT NULL,
	`import_id` integer NOT NULL,
	`marks` text NOT NULL,
	`days_present_halves` integer NOT NULL,
	`days_open` integer NOT NULL,
	`longest_absence_run` integer NOT NULL,
	`leading_absence` integer NOT NULL,
	`trailing_absence` integer NOT NULL,
	`class_grade` integer,
	`section` text,
	`roll` text,
	FOREIGN KEY (`child_id`) REFERENCES `children`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`school_id`) REFERENCES `schools`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`import_id`) REFERENCES `attendance_imports`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `attendance_months_child_month` ON `attendance_months` (`child_id`,`month`);--> statement-breakpoint
CREATE INDEX `attendance_months_school_month` ON `attendance_months` (`school_id`,`month`);--> statement-breakpoint
CREATE INDEX `attendance_months_month` ON `attendance_months` (`month`);--> statement-breakpoint
CREATE INDEX `attendance_months_import` ON `attendance_months` (`import_id`);
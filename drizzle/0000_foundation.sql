CREATE TABLE `audit_log` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`user_id` integer,
	`username` text,
	`action` text NOT NULL,
	`entity` text,
	`entity_id` text,
	`summary` text,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `audit_log_at` ON `audit_log` (`at`);--> statement-breakpoint
CREATE INDEX `audit_log_entity` ON `audit_log` (`entity`,`entity_id`);--> statement-breakpoint
CREATE TABLE `counters` (
	`name` text PRIMARY KEY NOT NULL,
	`value` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `office` (
	`id` integer PRIMARY KEY NOT NULL,
	`organisation` text NOT NULL,
	`office_name` text NOT NULL,
	`office_code` text NOT NULL,
	`district` text NOT NULL,
	`block` text NOT NULL,
	`created_at` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `settings` (
	`key` text PRIMARY KEY NOT NULL,
	`value` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `users` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`username` text NOT NULL,
	`full_name` text NOT NULL,
	`role` text NOT NULL,
	`password_hash` text NOT NULL,
	`active` integer DEFAULT true NOT NULL,
	`language` text DEFAULT 'en' NOT NULL,
	`failed_logins` integer DEFAULT 0 NOT NULL,
	`locked_until` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `users_username_unique` ON `users` (`username`);--> statement-breakpoint
CREATE TABLE `children` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`child_code` text NOT NULL,
	`name_en` text,
	`name_bn` text,
	`name_key` text NOT NULL,
	`sex` text NOT NULL,
	`birth_basis` text NOT NULL,
	`date_of_birth` text,
	`age_years` integer,
	`age_as_of` text,
	`guardian_name` text,
	`guardian_relation` text,
	`phone` text,
	`village` text,
	`gram_panchayat` text,
	`school_id` integer,
	`class_grade` integer,
	`section` text,
	`roll` text,
	`created_by` integer,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`school_id`) REFERENCES `schools`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `children_code` ON `children` (`child_code`);--> statement-breakpoint
CREATE INDEX `children_school_class` ON `children` (`school_id`,`class_grade`);--> statement-breakpoint
CREATE INDEX `children_village` ON `children` (`village`);--> statement-breakpoint
CREATE INDEX `children_name_en` ON `children` (`name_en`);--> statement-breakpoint
CREATE TABLE `schools` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`udise` text NOT NULL,
	`type` text NOT NULL,
	`gram_panchayat` text,
	`village` text,
	`head_teacher` text,
	`phone` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `schools_udise` ON `schools` (`udise`);--> statement-breakpoint
CREATE INDEX `schools_name` ON `schools` (`name`);
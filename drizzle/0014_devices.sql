CREATE TABLE `devices` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`token_hash` text NOT NULL,
	`paired_at` text NOT NULL,
	`paired_from` text,
	`last_used_at` text,
	`last_address` text,
	`revoked_at` text
);
--> statement-breakpoint
CREATE UNIQUE INDEX `devices_token_hash_unique` ON `devices` (`token_hash`);--> statement-breakpoint
CREATE INDEX `devices_revoked` ON `devices` (`revoked_at`);--> statement-breakpoint
ALTER TABLE `audit_log` ADD `device_id` integer REFERENCES devices(id);
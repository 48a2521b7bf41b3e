CREATE TABLE `departure_check_ins` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`departure_id` integer NOT NULL,
	`checked_on` text NOT NULL,
	`method` text NOT NULL,
	`outcome` text NOT NULL,
	`note` text,
	`created_by` integer NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`departure_id`) REFERENCES `departures`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `departure_check_ins_departure` ON `departure_check_ins` (`departure_id`,`checked_on`);--> statement-breakpoint
CREATE TABLE `departures` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`reporting_point_id` integer NOT NULL,
	`reported_by` text,
	`reported_on` text NOT NULL,
	`child_id` integer,
	`name` text NOT NULL,
	`sex` text NOT NULL,
	`birth_basis` text NOT NULL,
	`date_of_birth` text,
	`age_years` integer,
	`guardian_name` text,
	`guardian_relation` text,
	`village` text,
	`para` text,
	`gram_panchayat` text,
	`left_on` text NOT NULL,
	`purpose` text NOT NULL,
	`purpose_detail` text,
	`dest_state` text NOT NULL,
	`dest_district` text,
	`dest_place` text,
	`dest_address` text,
	`employer` text,
	`contact_phone` text,
	`arranged_by` text NOT NULL,
	`agent_id` integer,
	`agent_name` text,
	`agent_phone` text,
	`with_guardian` integer NOT NULL,
	`travelled_with` text,
	`travelled_with_relation` text,
	`family_knows` text NOT NULL,
	`family_agreed` text NOT NULL,
	`doc_appointment_letter` text NOT NULL,
	`doc_id` text NOT NULL,
	`doc_school_admission` text NOT NULL,
	`migrant_phone` text,
	`expected_return_on` text,
	`score` integer NOT NULL,
	`computed_level` text NOT NULL,
	`level` text NOT NULL,
	`flags_json` text NOT NULL,
	`flags_hash` integer DEFAULT 0 NOT NULL,
	`overdue_return` integer DEFAULT false NOT NULL,
	`level_override` text,
	`override_reason` text,
	`how_sure` integer,
	`override_by` integer,
	`override_at` text,
	`last_check_in_on` text,
	`last_check_in_outcome` text,
	`returned_on` text,
	`return_condition` text,
	`return_note` text,
	`case_id` integer,
	`created_by` integer NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`reporting_point_id`) REFERENCES `reporting_points`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`child_id`) REFERENCES `children`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`agent_id`) REFERENCES `migration_agents`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`override_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`case_id`) REFERENCES `cases`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `departures_gp` ON `departures` (`gram_panchayat`,`left_on`);--> statement-breakpoint
CREATE INDEX `departures_left` ON `departures` (`left_on`);--> statement-breakpoint
CREATE INDEX `departures_agent` ON `departures` (`agent_id`,`left_on`);--> statement-breakpoint
CREATE INDEX `departures_child` ON `departures` (`child_id`);--> statement-breakpoint
CREATE INDEX `departures_point` ON `departures` (`reporting_point_id`);--> statement-breakpoint
CREATE INDEX `departures_overdue` ON `departures` (`returned_on`,`expected_return_on`);--> statement-breakpoint
CREATE TABLE `migration_agents` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`aliases` text,
	`phones` text,
	`village` text,
	`works_for` text,
	`licence_number` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `migration_agents_name` ON `migration_agents` (`name`);--> statement-breakpoint
CREATE TABLE `reporting_points` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`kind` text NOT NULL,
	`name` text NOT NULL,
	`contact_person` text,
	`phone` text,
	`village` text,
	`gram_panchayat` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `reporting_points_gp` ON `reporting_points` (`gram_panchayat`);--> statement-breakpoint
CREATE INDEX `reporting_points_name` ON `reporting_points` (`name`);
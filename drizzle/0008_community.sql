CREATE TABLE `action_points` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`meeting_id` integer NOT NULL,
	`committee_id` integer NOT NULL,
	`what` text NOT NULL,
	`who` text NOT NULL,
	`due_on` text NOT NULL,
	`status` text DEFAULT 'open' NOT NULL,
	`closed_on` text,
	`closing_note` text,
	`updated_by` integer,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`meeting_id`) REFERENCES `committee_meetings`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`committee_id`) REFERENCES `committees`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`updated_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `action_points_status_due` ON `action_points` (`status`,`due_on`);--> statement-breakpoint
CREATE INDEX `action_points_committee` ON `action_points` (`committee_id`);--> statement-breakpoint
CREATE TABLE `community_activity_headcounts` (
	`activity_id` integer NOT NULL,
	`category` text NOT NULL,
	`sex` text NOT NULL,
	`count` integer NOT NULL,
	PRIMARY KEY(`activity_id`, `category`, `sex`),
	FOREIGN KEY (`activity_id`) REFERENCES `community_activities`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `community_activity_participants` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`activity_id` integer NOT NULL,
	`stakeholder_id` integer,
	`volunteer_id` integer,
	`child_id` integer,
	FOREIGN KEY (`activity_id`) REFERENCES `community_activities`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`stakeholder_id`) REFERENCES `stakeholders`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`volunteer_id`) REFERENCES `volunteers`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`child_id`) REFERENCES `children`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "community_activity_participants_one_person" CHECK((("community_activity_participants"."stakeholder_id" IS NOT NULL) + ("community_activity_participants"."volunteer_id" IS NOT NULL) + ("community_activity_participants"."child_id" IS NOT NULL)) = 1)
);
--> statement-breakpoint
CREATE INDEX `community_activity_participants_activity` ON `community_activity_participants` (`activity_id`);--> statement-breakpoint
CREATE INDEX `community_activity_participants_stakeholder` ON `community_activity_participants` (`stakeholder_id`);--> statement-breakpoint
CREATE TABLE `community_activity_topics` (
	`activity_id` integer NOT NULL,
	`topic` text NOT NULL,
	PRIMARY KEY(`activity_id`, `topic`),
	FOREIGN KEY (`activity_id`) REFERENCES `community_activities`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `committee_meetings` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`committee_id` integer NOT NULL,
	`held_on` text NOT NULL,
	`place` text NOT NULL,
	`members_on_roll` integer NOT NULL,
	`members_present` integer NOT NULL,
	`quorum_required` integer NOT NULL,
	`quorate` integer NOT NULL,
	`decisions` text,
	`sheet_file_name` text,
	`sheet_mime_type` text,
	`sheet_bytes` integer,
	`sheet_sha256` text,
	`sheet_stored_path` text,
	`created_by` integer NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`committee_id`) REFERENCES `committees`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `committee_meetings_committee` ON `committee_meetings` (`committee_id`,`held_on`);--> statement-breakpoint
CREATE INDEX `committee_meetings_held` ON `committee_meetings` (`held_on`);--> statement-breakpoint
CREATE TABLE `committee_members` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`committee_id` integer NOT NULL,
	`stakeholder_id` integer,
	`volunteer_id` integer,
	`child_id` integer,
	`role` text NOT NULL,
	`joined_on` text NOT NULL,
	`left_on` text,
	`created_at` text NOT NULL,
	FOREIGN KEY (`committee_id`) REFERENCES `committees`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`stakeholder_id`) REFERENCES `stakeholders`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`volunteer_id`) REFERENCES `volunteers`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`child_id`) REFERENCES `children`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "committee_members_one_person" CHECK((("committee_members"."stakeholder_id" IS NOT NULL) + ("committee_members"."volunteer_id" IS NOT NULL) + ("committee_members"."child_id" IS NOT NULL)) = 1)
);
--> statement-breakpoint
CREATE INDEX `committee_members_committee` ON `committee_members` (`committee_id`);--> statement-breakpoint
CREATE INDEX `committee_members_stakeholder` ON `committee_members` (`stakeholder_id`);--> statement-breakpoint
CREATE TABLE `committees` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`level` text NOT NULL,
	`area` text NOT NULL,
	`gram_panchayat` text,
	`formed_on` text NOT NULL,
	`created_by` integer NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `committees_level` ON `committees` (`level`);--> statement-breakpoint
CREATE INDEX `committees_gp` ON `committees` (`gram_panchayat`);--> statement-breakpoint
CREATE TABLE `community_activities` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`type` text NOT NULL,
	`held_on` text NOT NULL,
	`village` text,
	`gram_panchayat` text,
	`topics_note` text,
	`facilitators` text NOT NULL,
	`notes` text,
	`created_by` integer NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `community_activities_held` ON `community_activities` (`held_on`);--> statement-breakpoint
CREATE INDEX `community_activities_gp` ON `community_activities` (`gram_panchayat`);--> statement-breakpoint
CREATE TABLE `meeting_attendees` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`meeting_id` integer NOT NULL,
	`member_id` integer,
	`stakeholder_id` integer,
	`volunteer_id` integer,
	`child_id` integer,
	FOREIGN KEY (`meeting_id`) REFERENCES `committee_meetings`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`member_id`) REFERENCES `committee_members`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`stakeholder_id`) REFERENCES `stakeholders`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`volunteer_id`) REFERENCES `volunteers`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`child_id`) REFERENCES `children`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "meeting_attendees_one_person" CHECK((("meeting_attendees"."stakeholder_id" IS NOT NULL) + ("meeting_attendees"."volunteer_id" IS NOT NULL) + ("meeting_attendees"."child_id" IS NOT NULL)) = 1)
);
--> statement-breakpoint
CREATE INDEX `meeting_attendees_meeting` ON `meeting_attendees` (`meeting_id`);--> statement-breakpoint
CREATE TABLE `meeting_issue_children` (
	`issue_id` integer NOT NULL,
	`child_id` integer NOT NULL,
	PRIMARY KEY(`issue_id`, `child_id`),
	FOREIGN KEY (`issue_id`) REFERENCES `meeting_issues`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`child_id`) REFERENCES `children`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `meeting_issue_children_child` ON `meeting_issue_children` (`child_id`);--> statement-breakpoint
CREATE TABLE `meeting_issues` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`meeting_id` integer NOT NULL,
	`position` integer NOT NULL,
	`text` text NOT NULL,
	`case_id` integer,
	`departure_id` integer,
	FOREIGN KEY (`meeting_id`) REFERENCES `committee_meetings`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`case_id`) REFERENCES `cases`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`departure_id`) REFERENCES `departures`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `meeting_issues_meeting` ON `meeting_issues` (`meeting_id`);--> statement-breakpoint
CREATE TABLE `case_referral_stakeholders` (
	`referral_id` integer PRIMARY KEY NOT NULL,
	`stakeholder_id` integer NOT NULL,
	FOREIGN KEY (`referral_id`) REFERENCES `case_referrals`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`stakeholder_id`) REFERENCES `stakeholders`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `case_referral_stakeholders_stakeholder` ON `case_referral_stakeholders` (`stakeholder_id`);--> statement-breakpoint
CREATE TABLE `stakeholders` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`sex` text NOT NULL,
	`category` text NOT NULL,
	`designation` text,
	`institution` text,
	`school_id` integer,
	`gram_panchayat` text,
	`village` text,
	`phone` text,
	`created_by` integer NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`school_id`) REFERENCES `schools`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `stakeholders_category` ON `stakeholders` (`category`);--> statement-breakpoint
CREATE INDEX `stakeholders_name` ON `stakeholders` (`name`);
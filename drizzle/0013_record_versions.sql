CREATE TABLE `idempotency_keys` (
	`user_id` integer NOT NULL,
	`key` text NOT NULL,
	`method` text NOT NULL,
	`input_hash` text NOT NULL,
	`outcome` text NOT NULL,
	`final` integer DEFAULT false NOT NULL,
	`created_at` text NOT NULL,
	PRIMARY KEY(`user_id`, `key`)
);
--> statement-breakpoint
CREATE INDEX `idempotency_keys_created` ON `idempotency_keys` (`created_at`);--> statement-breakpoint
ALTER TABLE `children` ADD `version` integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE `schools` ADD `version` integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE `cases` ADD `version` integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE `sponsored_children` ADD `version` integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE `sponsors` ADD `version` integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE `departures` ADD `version` integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE `committees` ADD `version` integer DEFAULT 1 NOT NULL;--> statement-breakpoint
-- A record's version goes up by one whenever a field people edit changes, whichever method (or script) changed it,
-- so an edit form holding an older version is refused rather than silently overwriting that change. A method that
-- sets the version itself (a case whose links changed) is left alone: recursive triggers are off.

CREATE TRIGGER `schools_version` AFTER UPDATE ON `schools`
WHEN NEW.`version` = OLD.`version` AND (NEW.`name` IS NOT OLD.`name` OR NEW.`udise` IS NOT OLD.`udise` OR NEW.`type` IS NOT OLD.`type` OR NEW.`gram_panchayat` IS NOT OLD.`gram_panchayat` OR NEW.`village` IS NOT OLD.`village` OR NEW.`head_teacher` IS NOT OLD.`head_teacher` OR NEW.`phone` IS NOT OLD.`phone`)
BEGIN
	UPDATE `schools` SET `version` = OLD.`version` + 1 WHERE `id` = NEW.`id`;
END;
--> statement-breakpoint
CREATE TRIGGER `children_version` AFTER UPDATE ON `children`
WHEN NEW.`version` = OLD.`version` AND (NEW.`name_en` IS NOT OLD.`name_en` OR NEW.`name_bn` IS NOT OLD.`name_bn` OR NEW.`sex` IS NOT OLD.`sex` OR NEW.`birth_basis` IS NOT OLD.`birth_basis` OR NEW.`date_of_birth` IS NOT OLD.`date_of_birth` OR NEW.`age_years` IS NOT OLD.`age_years` OR NEW.`age_as_of` IS NOT OLD.`age_as_of` OR NEW.`guardian_name` IS NOT OLD.`guardian_name` OR NEW.`guardian_relation` IS NOT OLD.`guardian_relation` OR NEW.`phone` IS NOT OLD.`phone` OR NEW.`village` IS NOT OLD.`village` OR NEW.`gram_panchayat` IS NOT OLD.`gram_panchayat` OR NEW.`school_id` IS NOT OLD.`school_id` OR NEW.`class_grade` IS NOT OLD.`class_grade` OR NEW.`section` IS NOT OLD.`section` OR NEW.`roll` IS NOT OLD.`roll`)
BEGIN
	UPDATE `children` SET `version` = OLD.`version` + 1 WHERE `id` = NEW.`id`;
END;
--> statement-breakpoint
CREATE TRIGGER `cases_version` AFTER UPDATE ON `cases`
WHEN NEW.`version` = OLD.`version` AND (NEW.`status` IS NOT OLD.`status` OR NEW.`reporter_kind` IS NOT OLD.`reporter_kind` OR NEW.`reporter_name` IS NOT OLD.`reporter_name` OR NEW.`reported_on` IS NOT OLD.`reported_on` OR NEW.`summary` IS NOT OLD.`summary` OR NEW.`village` IS NOT OLD.`village` OR NEW.`gram_panchayat` IS NOT OLD.`gram_panchayat` OR NEW.`risk_level` IS NOT OLD.`risk_level` OR NEW.`risk_reason` IS NOT OLD.`risk_reason` OR NEW.`planned_marriage_on` IS NOT OLD.`planned_marriage_on` OR NEW.`outcome` IS NOT OLD.`outcome` OR NEW.`outcome_note` IS NOT OLD.`outcome_note` OR NEW.`closed_on` IS NOT OLD.`closed_on`)
BEGIN
	UPDATE `cases` SET `version` = OLD.`version` + 1 WHERE `id` = NEW.`id`;
END;
--> statement-breakpoint
CREATE TRIGGER `sponsors_version` AFTER UPDATE ON `sponsors`
WHEN NEW.`version` = OLD.`version` AND (NEW.`kind` IS NOT OLD.`kind` OR NEW.`name` IS NOT OLD.`name` OR NEW.`address` IS NOT OLD.`address` OR NEW.`phone` IS NOT OLD.`phone` OR NEW.`email` IS NOT OLD.`email` OR NEW.`tax_id_type` IS NOT OLD.`tax_id_type` OR NEW.`tax_id` IS NOT OLD.`tax_id` OR NEW.`citizenship` IS NOT OLD.`citizenship` OR NEW.`passport_country` IS NOT OLD.`passport_country` OR NEW.`wants_80g` IS NOT OLD.`wants_80g` OR NEW.`correspondent_name` IS NOT OLD.`correspondent_name` OR NEW.`correspondent_phone` IS NOT OLD.`correspondent_phone` OR NEW.`correspondent_email` IS NOT OLD.`correspondent_email` OR NEW.`notes` IS NOT OLD.`notes`)
BEGIN
	UPDATE `sponsors` SET `version` = OLD.`version` + 1 WHERE `id` = NEW.`id`;
END;
--> statement-breakpoint
CREATE TRIGGER `sponsored_children_version` AFTER UPDATE ON `sponsored_children`
WHEN NEW.`version` = OLD.`version` AND (NEW.`guardian_name` IS NOT OLD.`guardian_name` OR NEW.`guardian_relation` IS NOT OLD.`guardian_relation` OR NEW.`payout_method` IS NOT OLD.`payout_method` OR NEW.`bank_name` IS NOT OLD.`bank_name` OR NEW.`account_number` IS NOT OLD.`account_number` OR NEW.`ifsc` IS NOT OLD.`ifsc` OR NEW.`photo_consent` IS NOT OLD.`photo_consent` OR NEW.`story_consent` IS NOT OLD.`story_consent` OR NEW.`priority` IS NOT OLD.`priority` OR NEW.`mission_vatsalya` IS NOT OLD.`mission_vatsalya` OR NEW.`monthly_support_paise` IS NOT OLD.`monthly_support_paise` OR NEW.`progress_note` IS NOT OLD.`progress_note` OR NEW.`status` IS NOT OLD.`status`)
BEGIN
	UPDATE `sponsored_children` SET `version` = OLD.`version` + 1 WHERE `id` = NEW.`id`;
END;
--> statement-breakpoint
CREATE TRIGGER `departures_version` AFTER UPDATE ON `departures`
WHEN NEW.`version` = OLD.`version` AND (NEW.`reporting_point_id` IS NOT OLD.`reporting_point_id` OR NEW.`reported_by` IS NOT OLD.`reported_by` OR NEW.`reported_on` IS NOT OLD.`reported_on` OR NEW.`child_id` IS NOT OLD.`child_id` OR NEW.`name` IS NOT OLD.`name` OR NEW.`sex` IS NOT OLD.`sex` OR NEW.`birth_basis` IS NOT OLD.`birth_basis` OR NEW.`date_of_birth` IS NOT OLD.`date_of_birth` OR NEW.`age_years` IS NOT OLD.`age_years` OR NEW.`guardian_name` IS NOT OLD.`guardian_name` OR NEW.`guardian_relation` IS NOT OLD.`guardian_relation` OR NEW.`village` IS NOT OLD.`village` OR NEW.`para` IS NOT OLD.`para` OR NEW.`gram_panchayat` IS NOT OLD.`gram_panchayat` OR NEW.`left_on` IS NOT OLD.`left_on` OR NEW.`purpose` IS NOT OLD.`purpose` OR NEW.`purpose_detail` IS NOT OLD.`purpose_detail` OR NEW.`dest_state` IS NOT OLD.`dest_state` OR NEW.`dest_district` IS NOT OLD.`dest_district` OR NEW.`dest_place` IS NOT OLD.`dest_place` OR NEW.`dest_address` IS NOT OLD.`dest_address` OR NEW.`employer` IS NOT OLD.`employer` OR NEW.`contact_phone` IS NOT OLD.`contact_phone` OR NEW.`arranged_by` IS NOT OLD.`arranged_by` OR NEW.`agent_id` IS NOT OLD.`agent_id` OR NEW.`agent_name` IS NOT OLD.`agent_name` OR NEW.`agent_phone` IS NOT OLD.`agent_phone` OR NEW.`with_guardian` IS NOT OLD.`with_guardian` OR NEW.`travelled_with` IS NOT OLD.`travelled_with` OR NEW.`travelled_with_relation` IS NOT OLD.`travelled_with_relation` OR NEW.`family_knows` IS NOT OLD.`family_knows` OR NEW.`family_agreed` IS NOT OLD.`family_agreed` OR NEW.`doc_appointment_letter` IS NOT OLD.`doc_appointment_letter` OR NEW.`doc_id` IS NOT OLD.`doc_id` OR NEW.`doc_school_admission` IS NOT OLD.`doc_school_admission` OR NEW.`migrant_phone` IS NOT OLD.`migrant_phone` OR NEW.`expected_return_on` IS NOT OLD.`expected_return_on`)
BEGIN
	UPDATE `departures` SET `version` = OLD.`version` + 1 WHERE `id` = NEW.`id`;
END;
--> statement-breakpoint
CREATE TRIGGER `committees_version` AFTER UPDATE ON `committees`
WHEN NEW.`version` = OLD.`version` AND (NEW.`name` IS NOT OLD.`name` OR NEW.`level` IS NOT OLD.`level` OR NEW.`area` IS NOT OLD.`area` OR NEW.`gram_panchayat` IS NOT OLD.`gram_panchayat` OR NEW.`formed_on` IS NOT OLD.`formed_on`)
BEGIN
	UPDATE `committees` SET `version` = OLD.`version` + 1 WHERE `id` = NEW.`id`;
END;

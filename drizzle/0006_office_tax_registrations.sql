ALTER TABLE `office` ADD `pan` text;--> statement-breakpoint
ALTER TABLE `office` ADD `urn_80g` text;--> statement-breakpoint
ALTER TABLE `office` ADD `urn_80g_issued_on` text;--> statement-breakpoint
ALTER TABLE `office` ADD `fcra_registration` text;
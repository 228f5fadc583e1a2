CREATE TABLE `goal_targets` (
	`team_id` text NOT NULL,
	`goal_id` integer NOT NULL,
	`year` integer NOT NULL,
	`quarter` integer NOT NULL,
	`value` real NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	PRIMARY KEY(`goal_id`, `year`, `quarter`),
	FOREIGN KEY (`goal_id`) REFERENCES `goals`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "goal_targets_quarter_ck" CHECK("goal_targets"."quarter" between 0 and 4)
);
--> statement-breakpoint
CREATE TABLE `progress_evidence` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`team_id` text NOT NULL,
	`progress_update_id` integer NOT NULL,
	`kind` text DEFAULT 'link' NOT NULL,
	`url` text NOT NULL,
	`label` text,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`progress_update_id`) REFERENCES `progress_updates`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `progress_evidence_update_idx` ON `progress_evidence` (`progress_update_id`);--> statement-breakpoint
ALTER TABLE `goals` ADD `iku_code` text;--> statement-breakpoint
ALTER TABLE `goals` ADD `iku_text` text;--> statement-breakpoint
ALTER TABLE `goals` ADD `direction` text DEFAULT 'higher' NOT NULL;--> statement-breakpoint
ALTER TABLE `progress_updates` ADD `year` integer;--> statement-breakpoint
ALTER TABLE `progress_updates` ADD `quarter` integer;--> statement-breakpoint
ALTER TABLE `progress_updates` ADD `obstacles` text;--> statement-breakpoint
ALTER TABLE `progress_updates` ADD `follow_up_actions` text;--> statement-breakpoint
CREATE INDEX `progress_updates_goal_quarter_idx` ON `progress_updates` (`goal_id`,`year`,`quarter`);
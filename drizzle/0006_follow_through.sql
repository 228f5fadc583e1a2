CREATE TABLE `action_item_chases` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`team_id` text NOT NULL,
	`action_item_id` integer NOT NULL,
	`kind` text NOT NULL,
	`due_date` text NOT NULL,
	`claimed_by` text NOT NULL,
	`claimed_at` integer NOT NULL,
	`sent_at` integer,
	FOREIGN KEY (`action_item_id`) REFERENCES `action_items`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `action_item_chases_uq` ON `action_item_chases` (`action_item_id`,`kind`,`due_date`);--> statement-breakpoint
CREATE TABLE `action_items` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`team_id` text NOT NULL,
	`partnership_id` integer NOT NULL,
	`what` text NOT NULL,
	`owner_user_id` text NOT NULL,
	`owner_unit_id` integer,
	`due_date` text NOT NULL,
	`status` text DEFAULT 'open' NOT NULL,
	`note` text,
	`evidence_url` text,
	`source` text NOT NULL,
	`source_link` text,
	`notes_id` integer,
	`cycle_id` integer,
	`dimension` text,
	`requested_due_date` text,
	`request_reason` text,
	`request_status` text,
	`done_at` integer,
	`created_by` text NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`partnership_id`) REFERENCES `partnerships`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`owner_unit_id`) REFERENCES `units`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`notes_id`) REFERENCES `meeting_notes`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `action_items_partnership_idx` ON `action_items` (`team_id`,`partnership_id`,`status`,`due_date`);--> statement-breakpoint
CREATE INDEX `action_items_owner_idx` ON `action_items` (`team_id`,`owner_user_id`,`status`);--> statement-breakpoint
CREATE INDEX `action_items_status_due_idx` ON `action_items` (`status`,`due_date`);--> statement-breakpoint
CREATE INDEX `action_items_notes_idx` ON `action_items` (`notes_id`);--> statement-breakpoint
CREATE TABLE `escalations` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`team_id` text NOT NULL,
	`partnership_id` integer NOT NULL,
	`subject` text NOT NULL,
	`action_item_id` integer,
	`goal_id` integer,
	`subject_key` text NOT NULL,
	`recipients` text NOT NULL,
	`claimed_by` text NOT NULL,
	`escalated_at` integer NOT NULL,
	`sent_at` integer,
	FOREIGN KEY (`partnership_id`) REFERENCES `partnerships`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`action_item_id`) REFERENCES `action_items`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`goal_id`) REFERENCES `goals`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `escalations_subject_uq` ON `escalations` (`team_id`,`subject_key`);--> statement-breakpoint
CREATE INDEX `escalations_partnership_idx` ON `escalations` (`team_id`,`partnership_id`,`escalated_at`);--> statement-breakpoint
CREATE TABLE `leaves` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`team_id` text NOT NULL,
	`user_id` text NOT NULL,
	`from_date` text NOT NULL,
	`to_date` text NOT NULL,
	`delegate_user_id` text,
	`recorded_by` text NOT NULL,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `leaves_team_user_idx` ON `leaves` (`team_id`,`user_id`,`to_date`);--> statement-breakpoint
CREATE TABLE `meeting_notes` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`team_id` text NOT NULL,
	`partnership_id` integer NOT NULL,
	`delivery_id` integer,
	`meeting_date` text NOT NULL,
	`attendees` text DEFAULT '[]' NOT NULL,
	`decisions` text DEFAULT '[]' NOT NULL,
	`channel_id` text,
	`thread_ts` text,
	`message_ts` text,
	`recorded_by` text NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`partnership_id`) REFERENCES `partnerships`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`delivery_id`) REFERENCES `deliveries`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `meeting_notes_delivery_uq` ON `meeting_notes` (`delivery_id`);--> statement-breakpoint
CREATE INDEX `meeting_notes_partnership_idx` ON `meeting_notes` (`team_id`,`partnership_id`,`meeting_date`);--> statement-breakpoint
ALTER TABLE `partnerships` ADD `escalation_workdays` integer DEFAULT 5 NOT NULL;
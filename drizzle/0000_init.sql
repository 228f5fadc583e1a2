CREATE TABLE `evaluation_cycles` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`team_id` text NOT NULL,
	`partnership_id` integer NOT NULL,
	`schedule_id` integer,
	`status` text DEFAULT 'open' NOT NULL,
	`opened_by` text NOT NULL,
	`opened_at` integer NOT NULL,
	`closes_at` integer NOT NULL,
	`remind_at` integer,
	`reminded_at` integer,
	`closed_at` integer,
	`claimed_by` text,
	`claimed_at` integer,
	`channel_id` text NOT NULL,
	`prompt_ts` text,
	`summary_ts` text,
	`summary_json` text,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`partnership_id`) REFERENCES `partnerships`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`schedule_id`) REFERENCES `schedules`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `evaluation_cycles_partnership_idx` ON `evaluation_cycles` (`partnership_id`,`opened_at`);--> statement-breakpoint
CREATE INDEX `evaluation_cycles_status_idx` ON `evaluation_cycles` (`status`,`closes_at`);--> statement-breakpoint
CREATE TABLE `evaluation_invitations` (
	`team_id` text NOT NULL,
	`cycle_id` integer NOT NULL,
	`user_id` text NOT NULL,
	`unit_id` integer,
	`dm_channel_id` text,
	`dm_ts` text,
	`reminded_at` integer,
	`created_at` integer NOT NULL,
	PRIMARY KEY(`cycle_id`, `user_id`),
	FOREIGN KEY (`cycle_id`) REFERENCES `evaluation_cycles`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`unit_id`) REFERENCES `units`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `evaluation_invitations_user_idx` ON `evaluation_invitations` (`team_id`,`user_id`);--> statement-breakpoint
CREATE TABLE `evaluation_responses` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`team_id` text NOT NULL,
	`cycle_id` integer NOT NULL,
	`user_id` text NOT NULL,
	`unit_id` integer,
	`coordination` integer NOT NULL,
	`communication` integer NOT NULL,
	`collaboration` integer NOT NULL,
	`efficiency` integer NOT NULL,
	`satisfaction` integer NOT NULL,
	`trust` integer NOT NULL,
	`role_clarity` integer NOT NULL,
	`what_works` text,
	`what_to_improve` text,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`cycle_id`) REFERENCES `evaluation_cycles`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`unit_id`) REFERENCES `units`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `evaluation_responses_cycle_user_uq` ON `evaluation_responses` (`cycle_id`,`user_id`);--> statement-breakpoint
CREATE TABLE `goals` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`team_id` text NOT NULL,
	`partnership_id` integer NOT NULL,
	`title` text NOT NULL,
	`indicator` text NOT NULL,
	`baseline` real,
	`target` real,
	`measure_unit` text,
	`due_date` text,
	`owner_unit_id` integer,
	`person_in_charge_id` text,
	`current_value` real,
	`status` text DEFAULT 'on_track' NOT NULL,
	`created_by` text NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`partnership_id`) REFERENCES `partnerships`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`owner_unit_id`) REFERENCES `units`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `goals_partnership_idx` ON `goals` (`partnership_id`);--> statement-breakpoint
CREATE INDEX `goals_team_person_idx` ON `goals` (`team_id`,`person_in_charge_id`);--> statement-breakpoint
CREATE TABLE `partnership_units` (
	`team_id` text NOT NULL,
	`partnership_id` integer NOT NULL,
	`unit_id` integer NOT NULL,
	`created_at` integer NOT NULL,
	PRIMARY KEY(`partnership_id`, `unit_id`),
	FOREIGN KEY (`partnership_id`) REFERENCES `partnerships`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`unit_id`) REFERENCES `units`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `partnership_units_unit_idx` ON `partnership_units` (`unit_id`);--> statement-breakpoint
CREATE TABLE `partnerships` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`team_id` text NOT NULL,
	`code` text NOT NULL,
	`seq` integer NOT NULL,
	`name` text NOT NULL,
	`purpose` text NOT NULL,
	`template` text,
	`lead_unit_id` integer NOT NULL,
	`channel_id` text NOT NULL,
	`charter_ts` text,
	`start_date` text NOT NULL,
	`review_date` text,
	`time_zone` text NOT NULL,
	`status` text DEFAULT 'active' NOT NULL,
	`created_by` text NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`lead_unit_id`) REFERENCES `units`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `partnerships_team_code_uq` ON `partnerships` (`team_id`,`code`);--> statement-breakpoint
CREATE UNIQUE INDEX `partnerships_team_seq_uq` ON `partnerships` (`team_id`,`seq`);--> statement-breakpoint
CREATE INDEX `partnerships_team_channel_idx` ON `partnerships` (`team_id`,`channel_id`);--> statement-breakpoint
CREATE TABLE `progress_updates` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`team_id` text NOT NULL,
	`goal_id` integer NOT NULL,
	`value` real,
	`status` text NOT NULL,
	`note` text,
	`user_id` text NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`goal_id`) REFERENCES `goals`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `progress_updates_goal_idx` ON `progress_updates` (`goal_id`,`created_at`);--> statement-breakpoint
CREATE TABLE `role_assignments` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`team_id` text NOT NULL,
	`partnership_id` integer NOT NULL,
	`unit_id` integer NOT NULL,
	`user_id` text NOT NULL,
	`role` text NOT NULL,
	`responsibilities` text,
	`assigned_by` text NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`partnership_id`) REFERENCES `partnerships`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`unit_id`) REFERENCES `units`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `role_assignments_uq` ON `role_assignments` (`partnership_id`,`user_id`,`unit_id`,`role`);--> statement-breakpoint
CREATE INDEX `role_assignments_team_user_idx` ON `role_assignments` (`team_id`,`user_id`);--> statement-breakpoint
CREATE TABLE `deliveries` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`team_id` text NOT NULL,
	`schedule_id` integer NOT NULL,
	`due_at` integer NOT NULL,
	`status` text DEFAULT 'pending' NOT NULL,
	`claimed_by` text,
	`claimed_at` integer,
	`attempts` integer DEFAULT 0 NOT NULL,
	`last_error` text,
	`skip_reason` text,
	`late` integer DEFAULT false NOT NULL,
	`channel_id` text,
	`message_ts` text,
	`sent_at` integer,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`schedule_id`) REFERENCES `schedules`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `deliveries_schedule_due_uq` ON `deliveries` (`schedule_id`,`due_at`);--> statement-breakpoint
CREATE INDEX `deliveries_status_idx` ON `deliveries` (`status`,`due_at`);--> statement-breakpoint
CREATE TABLE `schedules` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`team_id` text NOT NULL,
	`partnership_id` integer NOT NULL,
	`kind` text NOT NULL,
	`cadence` text NOT NULL,
	`weekdays` text,
	`day_of_month` integer,
	`nth` integer,
	`nth_weekday` integer,
	`cron_expression` text,
	`anchor_date` text,
	`time_of_day` text NOT NULL,
	`time_zone` text NOT NULL,
	`channel_id` text,
	`message` text,
	`mention_roles` text DEFAULT '[]' NOT NULL,
	`skip_holidays` integer DEFAULT true NOT NULL,
	`status` text DEFAULT 'active' NOT NULL,
	`paused_reason` text,
	`last_run_at` integer,
	`created_by` text NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`partnership_id`) REFERENCES `partnerships`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `schedules_partnership_idx` ON `schedules` (`partnership_id`);--> statement-breakpoint
CREATE INDEX `schedules_team_status_idx` ON `schedules` (`team_id`,`status`);--> statement-breakpoint
CREATE TABLE `audit_log` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`team_id` text NOT NULL,
	`actor_user_id` text NOT NULL,
	`action` text NOT NULL,
	`entity_type` text NOT NULL,
	`entity_id` text NOT NULL,
	`partnership_id` integer,
	`before` text,
	`after` text,
	`at` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `audit_log_entity_idx` ON `audit_log` (`team_id`,`entity_type`,`entity_id`);--> statement-breakpoint
CREATE INDEX `audit_log_partnership_idx` ON `audit_log` (`partnership_id`,`at`);--> statement-breakpoint
CREATE TABLE `holidays` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`team_id` text NOT NULL,
	`date` text NOT NULL,
	`name` text NOT NULL,
	`created_by` text NOT NULL,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `holidays_team_date_uq` ON `holidays` (`team_id`,`date`);--> statement-breakpoint
CREATE TABLE `processed_events` (
	`team_id` text NOT NULL,
	`event_id` text NOT NULL,
	`received_at` integer NOT NULL,
	PRIMARY KEY(`team_id`, `event_id`)
);
--> statement-breakpoint
CREATE TABLE `units` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`team_id` text NOT NULL,
	`code` text NOT NULL,
	`name` text NOT NULL,
	`head_user_id` text,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `units_team_code_uq` ON `units` (`team_id`,`code`);
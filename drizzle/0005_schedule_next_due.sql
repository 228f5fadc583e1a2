ALTER TABLE `schedules` ADD `next_due_at` integer;--> statement-breakpoint
CREATE INDEX `schedules_status_next_due_idx` ON `schedules` (`status`,`next_due_at`);
CREATE INDEX `evaluation_cycles_partnership_status_idx` ON `evaluation_cycles` (`partnership_id`,`status`,`closes_at`);--> statement-breakpoint
CREATE INDEX `goals_team_partnership_idx` ON `goals` (`team_id`,`partnership_id`,`due_date`);--> statement-breakpoint
CREATE INDEX `role_assignments_team_partnership_idx` ON `role_assignments` (`team_id`,`partnership_id`);--> statement-breakpoint
CREATE INDEX `role_assignments_unit_role_idx` ON `role_assignments` (`partnership_id`,`unit_id`,`role`);--> statement-breakpoint
CREATE INDEX `deliveries_schedule_status_idx` ON `deliveries` (`schedule_id`,`status`,`due_at`);--> statement-breakpoint
CREATE INDEX `schedules_team_partnership_idx` ON `schedules` (`team_id`,`partnership_id`);
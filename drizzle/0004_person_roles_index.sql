DROP INDEX `role_assignments_team_user_idx`;--> statement-breakpoint
CREATE INDEX `role_assignments_team_user_partnership_idx` ON `role_assignments` (`team_id`,`user_id`,`partnership_id`,`role`);
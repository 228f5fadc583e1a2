DROP INDEX `role_assignments_team_user_idx`;--> statement-breakpoint
CREATE INDEX `role_assignments_team_user_role_idx` ON `role_assignments` (`team_id`,`user_id`,`role`,`partnership_id`);
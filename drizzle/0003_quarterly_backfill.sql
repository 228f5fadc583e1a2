-- Carries goals and progress written before quarterly reporting into the new shape.
-- 1. A goal's single `target` becomes its annual target (quarter 0) for the year of its due date,
--    else for the year it was created.
-- 2. Each progress update lands in the quarter of the date it was written.
-- Dates are taken in the partnership's zone. SQLite has no zone rules, so the offsets of the
-- Indonesian zones (none of which keeps daylight saving time) are written out; any other zone is
-- read as UTC, which can move an update written within hours of a quarter's turn into the
-- neighbouring quarter.
INSERT OR IGNORE INTO `goal_targets` (`team_id`, `goal_id`, `year`, `quarter`, `value`, `created_at`, `updated_at`)
SELECT
	g.`team_id`,
	g.`id`,
	CASE
		WHEN g.`due_date` IS NOT NULL THEN CAST(substr(g.`due_date`, 1, 4) AS integer)
		ELSE CAST(strftime('%Y', g.`created_at` / 1000 + (
			CASE p.`time_zone`
				WHEN 'Asia/Jakarta' THEN 25200
				WHEN 'Asia/Pontianak' THEN 25200
				WHEN 'Asia/Makassar' THEN 28800
				WHEN 'Asia/Jayapura' THEN 32400
				ELSE 0
			END), 'unixepoch') AS integer)
	END,
	0,
	g.`target`,
	g.`created_at`,
	g.`updated_at`
FROM `goals` g
JOIN `partnerships` p ON p.`id` = g.`partnership_id`
WHERE g.`target` IS NOT NULL;
--> statement-breakpoint
UPDATE `progress_updates`
SET
	`year` = CAST(strftime('%Y', `progress_updates`.`created_at` / 1000 + z.`offset_s`, 'unixepoch') AS integer),
	`quarter` = (CAST(strftime('%m', `progress_updates`.`created_at` / 1000 + z.`offset_s`, 'unixepoch') AS integer) + 2) / 3
FROM (
	SELECT
		g.`id` AS `goal_id`,
		CASE p.`time_zone`
			WHEN 'Asia/Jakarta' THEN 25200
			WHEN 'Asia/Pontianak' THEN 25200
			WHEN 'Asia/Makassar' THEN 28800
			WHEN 'Asia/Jayapura' THEN 32400
			ELSE 0
		END AS `offset_s`
	FROM `goals` g
	JOIN `partnerships` p ON p.`id` = g.`partnership_id`
) AS z
WHERE z.`goal_id` = `progress_updates`.`goal_id` AND `progress_updates`.`year` IS NULL;

/**
 * What the workbook builders read: plain data, gathered by the report flow from the database and
 * Slack (people's names), so that building a workbook is a pure function of it. Nothing here is
 * computed yet — capaian, the target that applies and the counts of the roll-up are the
 * builders' work, from the domain's rules.
 */
import type { Role } from '../../../db/schema/partnerships.js';
import type { DeliveryStatus, ScheduleKind } from '../../../db/schema/schedules.js';
import type { GoalTarget, IndicatorDirection } from '../../../domain/capaian.js';
import type { CycleSummary } from '../../../domain/evaluation-stats.js';
import type { GoalDisplayStatus } from '../../../domain/goals.js';
import type { YearQuarter } from '../../../domain/time/quarters.js';

/** Who reports, on what period, and when: the header of every sheet. */
export interface ReportContext {
  /** The ministry's name as it heads its reports ("Kementerian …"). */
  ministry: string;
  period: YearQuarter;
  /** When the workbook was made; shown in `timeZone` and stored as the file's creation time. */
  generatedAt: Date;
  /** The zone the dates of the workbook are written in (the partnership's, or the admin's default). */
  timeZone: string;
}

export interface PartnershipHeading {
  code: string;
  name: string;
  leadUnit: string;
}

/** One piece of evidence (eviden): a validated URL — a web page, a Slack message or file permalink. */
export interface EvidenceLink {
  url: string;
  /** What the link is; null shows the URL itself. */
  label: string | null;
}

/** One goal in the quarter: its indicator, its targets, and the quarter's latest progress update. */
export interface GoalReportRow {
  title: string;
  indicator: string;
  ikuCode: string | null;
  ikuText: string | null;
  measureUnit: string | null;
  direction: IndicatorDirection;
  /** All the goal's targets; the builder takes the quarter's own, else the annual one. */
  targets: readonly GoalTarget[];
  /** The realisation of the quarter's latest progress update; null when none was recorded. */
  realisation: number | null;
  /** As readers see it: the quarter's latest status, overdue, or not assessed yet. */
  status: GoalDisplayStatus;
  obstacles: string | null;
  followUpActions: string | null;
  evidence: readonly EvidenceLink[];
}

/** One row of the MPPH-style matrix: a person's role for a unit in the partnership, and its results. */
export interface RoleReportRow {
  /** The person's name as Slack shows it (not the user ID). */
  person: string;
  unit: string;
  role: Role;
  responsibilities: string | null;
  /** Work done in the quarter for the partnership (e.g. the goals they are in charge of and their status). */
  results: string | null;
}

/** An evaluation cycle closed in the quarter, with its summary (`summariseCycle`). */
export interface EvaluationReport {
  openedAt: Date;
  closedAt: Date;
  summary: CycleSummary;
}

/** One scheduled reminder due in the quarter, and what became of it. */
export interface CommunicationRow {
  dueAt: Date;
  kind: ScheduleKind;
  status: DeliveryStatus;
  /** The delivery's stored skip reason (`holiday:Idulfitri`, `missed`, …), if it was skipped. */
  skipReason: string | null;
  /** The meeting's minutes, if recorded: attendees, decisions and action items counted. */
  notes?: { attendees: number; decisions: number; items: number } | null;
}

/** Everything one partnership's quarterly workbook shows. */
export interface QuarterReport {
  context: ReportContext;
  partnership: PartnershipHeading;
  goals: readonly GoalReportRow[];
  roles: readonly RoleReportRow[];
  /** The latest cycle closed in the quarter, or null when none was. */
  evaluation: EvaluationReport | null;
  communications: readonly CommunicationRow[];
  /** Charts rendered for the workbook (PNG), each with the same numbers in words. */
  charts?: readonly ReportChart[];
}

export interface ReportChart {
  /** What the chart shows, above it. */
  heading: string;
  png: Buffer;
  width: number;
  height: number;
  alt: string;
}

/** One partnership in the admins' roll-up. */
export interface RollupPartnership {
  partnership: PartnershipHeading;
  goals: readonly GoalReportRow[];
  evaluation: EvaluationReport | null;
  /** Open action items past their due date; null until action items exist, shown empty. */
  overdueActionItems: number | null;
}

/** The admins' workbook across all partnerships (`/mitra laporan semua tw3 2026`). */
export interface RollupReport {
  context: ReportContext;
  partnerships: readonly RollupPartnership[];
}

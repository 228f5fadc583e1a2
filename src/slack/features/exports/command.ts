import { slackErrorText } from '../../../i18n/labels.js';
import { accessPartnership } from '../../kit/access.js';
import { SUBCOMMANDS, type SubcommandHandler, type SubcommandId, say } from '../../kit/subcommands.js';
import { sendExport } from './flow.js';

/** `/mitra ekspor KODE`: coordinators and admins; the files go to the user's DM with Mitra. */
const exportCommand: SubcommandHandler = async (ctx) => {
  const code = ctx.args[0];
  if (!code) {
    await say(ctx, ctx.t('partnership.codeMissing', { word: SUBCOMMANDS.export.word[ctx.locale] }));
    return;
  }
  const access = accessPartnership(ctx.services, {
    teamId: ctx.teamId,
    userId: ctx.userId,
    need: 'manage',
    code,
  });
  if (!access.ok) {
    // An export changes nothing, so the shared "may make this change" refusal would mislead.
    const { key, params } =
      access.problem.key === 'partnership.notAllowed'
        ? { key: 'export.notAllowed' as const, params: access.problem.params }
        : access.problem;
    await say(ctx, ctx.t(key, params));
    return;
  }
  // Building and uploading the files can take a while: the person hears at once that it is coming.
  await say(ctx, ctx.t('export.preparing', { code: access.partnership.code }));
  const result = await sendExport(ctx.services, ctx.client, {
    partnership: access.partnership,
    userId: ctx.userId,
    isAdmin: access.actor.isAdmin,
    locale: ctx.locale,
  });
  await say(
    ctx,
    result.ok
      ? [
          ctx.t('export.done', { code: access.partnership.code, count: result.fileCount }),
          ctx.t(result.withAnswers ? 'export.withAnswers' : 'export.withoutAnswers'),
        ].join('\n')
      : ctx.t('export.failed', { code: access.partnership.code, error: slackErrorText(ctx.t, result.error) }),
  );
};

export const exportsSubcommands: Partial<Record<SubcommandId, SubcommandHandler>> = { export: exportCommand };

/**
 * The baseline for `npm run bench`: a minimal Bolt app with the same Bolt version, receiver and
 * Web API settings as Mitra, whose `/mitra` listener acks with a line of text and does nothing else.
 */
import bolt from '@slack/bolt';

const { App, HTTPReceiver, LogLevel } = bolt;

const receiver = new HTTPReceiver({
  signingSecret: process.env.SLACK_SIGNING_SECRET ?? '',
  endpoints: '/slack/events',
  processBeforeResponse: false,
  logLevel: LogLevel.ERROR,
  customRoutes: [
    {
      path: '/healthz',
      method: ['GET'],
      handler: (_req, res) => {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end('{"ok":true}');
      },
    },
  ],
});

const app = new App({
  token: process.env.SLACK_BOT_TOKEN,
  receiver,
  logLevel: LogLevel.ERROR,
  clientOptions: { slackApiUrl: process.env.SLACK_API_URL, timeout: 10_000 },
  deferInitialization: true,
});

app.command('/mitra', async ({ ack }) => {
  await ack({ response_type: 'ephemeral', text: 'Halo! Ini jawaban satu baris dari aplikasi Bolt biasa.' });
});

await app.init();
await app.start(Number(process.env.PORT ?? 3000));

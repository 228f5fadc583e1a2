/**
 * The layout's rules, checked by `npm run lint` (see CONTRIBUTING.md for the layout itself).
 * Type-only imports count: a rule about what a layer may know holds for its types as well.
 * @type {import('dependency-cruiser').IConfiguration}
 */
module.exports = {
  forbidden: [
    {
      name: 'no-cycles',
      severity: 'error',
      comment: 'An import cycle makes two modules one; split what both need into a third.',
      from: { path: '^src/' },
      to: { circular: true },
    },
    {
      name: 'domain-is-pure',
      severity: 'error',
      comment: 'domain/ holds pure rules: no Slack, no database, no jobs, no I/O.',
      from: { path: '^src/domain/' },
      to: { path: '^(src|sandbox|test|bench)/', pathNot: '^src/(domain|i18n)/' },
    },
    {
      name: 'domain-no-io-packages',
      severity: 'error',
      comment: 'domain/ may use pure libraries, not Slack, the database driver or Node I/O.',
      from: { path: '^src/domain/' },
      to: {
        path: '^(node_modules/(@slack|better-sqlite3|drizzle-orm|node-cron|pino)|(node:)?(fs|net|http|https|child_process|worker_threads)$)',
      },
    },
    {
      name: 'db-knows-only-domain',
      severity: 'error',
      comment: 'db/ (schema and queries) imports only domain/ and itself.',
      from: { path: '^src/db/' },
      to: { path: '^src/', pathNot: '^src/(db|domain)/' },
    },
    {
      name: 'i18n-is-text',
      severity: 'error',
      comment: 'The catalog knows no Slack, database or jobs.',
      from: { path: '^src/i18n/' },
      to: { path: '^src/(slack|db|jobs)/' },
    },
    {
      name: 'kit-serves-every-feature',
      severity: 'error',
      comment: 'slack/kit/ is shared by the features and imports none of them.',
      from: { path: '^src/slack/kit/' },
      to: { path: '^src/slack/features/' },
    },
    {
      name: 'features-meet-through-flow',
      severity: 'error',
      comment: "A feature uses another only through that feature's flow.ts.",
      from: { path: '^src/slack/features/([^/]+)/' },
      to: {
        path: '^src/slack/features/',
        pathNot: ['^src/slack/features/$1/', '^src/slack/features/[^/]+/flow\\.ts$'],
      },
    },
    {
      name: 'jobs-call-features',
      severity: 'error',
      comment: 'The scheduler calls the features; a listener never reaches into jobs/.',
      from: { path: '^src/slack/' },
      to: { path: '^src/jobs/' },
    },
    {
      name: 'src-ships-alone',
      severity: 'error',
      comment: 'Nothing shipped in dist/ may import the sandbox, the tests or the benchmarks.',
      from: { path: '^src/' },
      to: { path: '^(sandbox|test|bench)/' },
    },
    {
      name: 'no-unresolvable',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
    },
    reporterOptions: { text: { highlightFocused: true } },
  },
};

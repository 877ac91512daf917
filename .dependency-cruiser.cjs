// `npm run check:cycles`: no import cycle anywhere in the code (type-only imports count too: a cycle of types
// is still two modules that cannot be understood one without the other).
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'Modules import each other; move what both need into a module of its own (see src/text/).',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
  },
};

// @ts-check
/**
 * Installers for the office PCs (most run Windows). Type-checked by `npm run typecheck`.
 * @type {import('electron-builder').Configuration}
 */
const config = {
  appId: 'org.suraksha.fieldoffice',
  productName: 'Suraksha',
  directories: { output: 'dist', buildResources: 'build' },
  files: ['out/**/*', 'drizzle/**/*', 'package.json', '!out/**/*.map'],
  // harfbuzzjs loads its .wasm from disk at run time; keep it a real file outside the archive.
  asarUnpack: ['**/node_modules/better-sqlite3/**', '**/node_modules/harfbuzzjs/**'],
  // The native SQLite module must match Electron's ABI, not this machine's Node.
  npmRebuild: true,
  win: { target: [{ target: 'nsis', arch: ['x64'] }] },
  nsis: { oneClick: false, perMachine: false, allowToChangeInstallationDirectory: true },
  linux: { target: ['AppImage'], category: 'Office' },
  mac: { target: ['dmg'], category: 'public.app-category.business' },
};

module.exports = config;

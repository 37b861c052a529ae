import { defineConfig } from 'vitest/config';

/**
 * Files that share no global state run in one process per worker, one after another (isolate: false): botbuilder,
 * the knowledge base and the matcher are then loaded once per worker rather than once per file
 * (test/helpers/testBot.ts caches them per process). A file belongs here only if it sets no environment
 * variable, mocks or spies on nothing, and starts no server, process, browser or timer it leaves behind;
 * every other file runs on its own, in a fresh process.
 */
const SHARED = [
  'test/dialogs/**/*.test.ts',
  // whole-bot conversations on botbuilder's TestAdapter
  'test/{assessmentRights,deadlines.dialog,disagreements,localServices,talkToPerson,interruptions,menu,places,areaMemory}.test.ts',
  'test/{nextButtons,notAnswered,serviceCardsOnce,insights.bot,deadlineFromText,storage,teams,teams.extension,nextStepLetters,endpoint,bot}.test.ts',
  // the domain, pure
  'test/{calendar,choice,dateInput,dates,deadlines.rules,letters,redact,render.copy,insights.report,adapter.clients}.test.ts',
  'test/{matcher,safety,log,insights.store,reference.privacy,architecture,englishWords}.test.ts',
];

export default defineConfig({
  test: {
    // Servers, browsers and Azurite start inside tests; give them room on a 2-core machine.
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // Two files at a time even on a 2-core machine (vitest's default there is one): most of the slow files wait on
    // a browser, a server or Azurite rather than the CPU, and one at a time took the suite to 14 minutes.
    maxWorkers: 2,
    projects: [
      { extends: true, test: { name: 'shared', include: SHARED, isolate: false } },
      { extends: true, test: { name: 'isolated', include: ['test/**/*.test.ts'], exclude: SHARED } },
    ],
  },
});

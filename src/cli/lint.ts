// The pack linter lives in src/packs/ (shared with the options page's import).
export { lintPackText, type LintResult } from '../packs/lint';

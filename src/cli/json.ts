// Moved to src/packs/json.ts (shared with the options page's pack import).
export { parseJson } from '../packs/json';

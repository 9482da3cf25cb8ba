// Workplace-complaint families (Tulsa Employees): cuts at the author's own
// school, one more load piled on with a sarcastic emoji, threats at a
// supervisor. Each pairs phrasings that fire with near misses that do not.

import { describe, expect, it } from 'vitest';
import { categories } from './helpers';

const W = 'workplace-complaint';

describe('workplace-complaint', () => {
  it('jobs or programs cut at our school; not a district plan debated in public', () => {
    expect(categories('tulsa-ps', { text: 'Found out today they are eliminating 3 para positions in our building. Great.' })).toContain(W);
    expect(categories('tulsa-ps', { text: 'The board will vote on a proposal to cut programs statewide next month.' })).not.toContain(W);
    expect(categories('tulsa-ps', { text: 'Cutting out paper snowflakes with my school kids today ❄️' })).not.toContain(W);
  });
  it('one more duty piled on, with a sarcastic emoji', () => {
    expect(categories('tulsa-ps', { text: 'admin just added another Friday meeting 🙄' })).toContain(W);
    expect(categories('tulsa-ps', { text: 'just added another plant to my desk 🙃' })).not.toContain(W);
  });
  it('a threat at a supervisor', () => {
    expect(categories('tulsa-ps', { text: "If the vice principal yells at me one more time I'll kick his ass." })).toContain(W);
  });
});

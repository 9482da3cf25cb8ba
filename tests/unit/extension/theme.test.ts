import { describe, expect, it } from 'vitest';
import { isDarkBackground } from '../../../src/ui/theme';

describe('isDarkBackground', () => {
  it("reads the sites' own dark and light backgrounds", () => {
    expect(isDarkBackground('rgb(24, 25, 26)')).toBe(true); // Facebook dark
    expect(isDarkBackground('rgb(0, 0, 0)')).toBe(true); // X lights out
    expect(isDarkBackground('rgb(21, 32, 43)')).toBe(true); // X dim
    expect(isDarkBackground('rgb(255, 255, 255)')).toBe(false);
    expect(isDarkBackground('rgb(240, 242, 245)')).toBe(false); // Facebook light
  });

  it('has no opinion on transparent or unparsable colours (look further up)', () => {
    expect(isDarkBackground('rgba(0, 0, 0, 0)')).toBeNull();
    expect(isDarkBackground('transparent')).toBeNull();
    expect(isDarkBackground('color(srgb 0 0 0)')).toBeNull();
  });
});

import { formatLabel } from 'c/coachingFormat';

describe('formatLabel', () => {
  it('fills numbered placeholders in any order and repeats them', () => {
    expect(formatLabel('From your 1:1 on {0} with {1}', 'Mar 3, 2027', 'Dana')).toBe(
      'From your 1:1 on Mar 3, 2027 with Dana'
    );
    expect(formatLabel('{1} before {0}, {1} again', 'a', 'b')).toBe('b before a, b again');
    expect(formatLabel('{0} of {1}', 0, 3)).toBe('0 of 3');
  });

  it('leaves a placeholder without an argument visible and survives a missing template', () => {
    expect(formatLabel('At least {0} answers', null)).toBe('At least {0} answers');
    expect(formatLabel('Only {0}')).toBe('Only {0}');
    expect(formatLabel(undefined, 'x')).toBe('');
  });
});

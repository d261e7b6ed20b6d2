import { detectLocale } from './locale';

describe('detectLocale', () => {
  it('follows the first POSIX locale variable that is set', () => {
    expect(detectLocale({ LANG: 'sv_SE.UTF-8' }, 'en-US')).toBe('sv');
    expect(detectLocale({ LANG: 'en_US.UTF-8' }, 'sv-SE')).toBe('en');
    expect(detectLocale({ LC_ALL: 'C', LANG: 'sv_SE.UTF-8' }, 'sv-SE')).toBe('en');
    expect(detectLocale({ LC_MESSAGES: 'sv_FI', LANG: 'en_GB' }, undefined)).toBe('sv');
    expect(detectLocale({ LANG: 'sv' }, undefined)).toBe('sv');
    expect(detectLocale({ LANG: 'sv_SE@euro' }, undefined)).toBe('sv');
  });

  it('falls back on the system locale when no variable is set (Windows)', () => {
    expect(detectLocale({}, 'sv-SE')).toBe('sv');
    expect(detectLocale({ LANG: '  ' }, 'sv-SE')).toBe('sv');
    expect(detectLocale({}, 'en-US')).toBe('en');
    expect(detectLocale({}, undefined)).toBe('en');
  });

  it('does not take a language that merely starts with the letters sv', () => {
    expect(detectLocale({}, 'svx-XX')).toBe('en');
  });
});

import { renderEmail } from './index.js';

describe('municipality-registered email', () => {
  const data = { code: '101', name: 'København', alertEmail: 'boligvarsler@kk.dk' };

  it('is Danish by locale da, citing the statutory notice', () => {
    const email = renderEmail('municipality-registered', data, 'da');
    expect(email.subject).toBe('København Kommune (101) er tilmeldt varsler om udsættelser');
    expect(email.text).toContain('almenlejelovens § 92, stk. 2');
    expect(email.html).toContain('<html lang="da">');
  });

  it('is English by locale en', () => {
    const email = renderEmail('municipality-registered', data, 'en');
    expect(email.subject).toBe('København Municipality (101) is registered for eviction warnings');
    expect(email.text).toContain('section 92(2)');
  });

  it('escapes names in HTML but not in plain text', () => {
    const email = renderEmail('municipality-registered', { ...data, name: 'A<script>&B' }, 'da');
    expect(email.html).toContain('A&lt;script&gt;&amp;B');
    expect(email.html).not.toContain('<script>');
    expect(email.text).toContain('A<script>&B Kommune');
  });
});

// Item 9: where demo accounts may get the passwords printed in the README.
import { describe, expect, it } from 'vitest';
import { demoPasswordFor } from '@/db/seed';

describe('demo account passwords', () => {
  it('uses the documented ones only in development on the embedded database', () => {
    expect(demoPasswordFor({ development: true, embedded: true, demoPassword: undefined })).toEqual({ password: null });
    expect(demoPasswordFor({ development: false, embedded: true, demoPassword: undefined })).toMatchObject({ refused: expect.stringMatching(/DEMO_PASSWORD/) });
    expect(demoPasswordFor({ development: true, embedded: false, demoPassword: undefined })).toMatchObject({ refused: expect.stringMatching(/DEMO_PASSWORD/) });
  });

  it('takes a chosen password of 12 characters or more that is not a documented one', () => {
    expect(demoPasswordFor({ development: false, embedded: false, demoPassword: 'short' })).toMatchObject({ refused: expect.stringMatching(/12 characters/) });
    expect(demoPasswordFor({ development: false, embedded: false, demoPassword: 'admin-hallyu-2026' })).toMatchObject({ refused: expect.stringMatching(/printed in the README/) });
    expect(demoPasswordFor({ development: false, embedded: false, demoPassword: 'a-long-chosen-one' })).toEqual({ password: 'a-long-chosen-one' });
  });
});

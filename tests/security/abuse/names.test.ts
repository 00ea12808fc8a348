// Item 8, in the data layer: reserved and staff-like names.
import { describe, expect, it } from 'vitest';
import { displayNameProblem } from '@/lib/dal/users';
import { reservedNameProblem } from '@/lib/reserved-names';
import { createUser } from '../../support/fixtures';

describe('reserved names', () => {
  it('refuses words that say staff, however they are written', () => {
    for (const name of ['Demo Admin', 'ADMIN', 'Adm1n', 'admin123', 'TheModerator', 'Ｍｏｄｅｒａｔｏｒ', 'mod\u00ADerator', 'Hallyu Team', 'Site Staff', 'Official K', '운영자']) {
      expect(reservedNameProblem(name, []), name).toMatch(/reserved/);
    }
    for (const name of ['Badminton Fan', 'Modern Love', 'Minji', '민지', 'Seo-yeon ❤ Moonlit', 'Editorial Eye']) expect(reservedNameProblem(name, []), name).toBeNull();
  });

  it('refuses names that read like a staff member’s', () => {
    const staff = ['Kim Hana'];
    for (const name of ['kim hana', 'KimHana', 'Kim Hаna' /* Cyrillic а */, 'Kim Hanna', 'K1m Hana', 'Kim  Hana\u200b']) {
      expect(reservedNameProblem(name, staff), name).toMatch(/too close to a staff member/);
    }
    expect(reservedNameProblem('Kim Haneul', staff)).toBeNull();
  });

  it('reads staff names from the database, and lets staff keep their own', async () => {
    const moderator = await createUser('moderator', { name: 'Park Jiwoo' });
    const reader = await createUser('reader');
    expect(await displayNameProblem('Park Jiwoo', reader.id)).toMatch(/staff member/);
    expect(await displayNameProblem('Park  Jiwoo', null)).toMatch(/staff member/);
    expect(await displayNameProblem('Park Jiwoo', moderator.id)).toBeNull();
    expect(await displayNameProblem('Moonlit Fan', reader.id)).toBeNull();
  });
});

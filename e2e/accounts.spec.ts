import { expect, test } from './support/test';
import { newUser, signIn, signOut, signUp } from './support/users';

test('sign up, sign out and sign in again from the header', async ({ page }) => {
  const user = await signUp(page);
  await signOut(page);

  await signIn(page, user.email.toUpperCase(), user.password); // emails are normalised
  await expect(page.getByRole('navigation', { name: 'Account' }).getByRole('link', { name: user.name })).toBeVisible();
});

test('a wrong password gets a non-enumerating error and keeps the typed email', async ({ page }) => {
  const user = await signUp(page);
  await signOut(page);
  await signIn(page, user.email, 'not-the-password');
  await expect(page.getByText('Email or password is incorrect.')).toBeVisible();
  await expect(page.getByLabel('Email', { exact: true })).toHaveValue(user.email);

  await signIn(page, 'nobody-at-all@example.test', 'whatever-password');
  await expect(page.getByText('Email or password is incorrect.')).toBeVisible();
});

test('sign-up explains bad input next to each field and creates nothing', async ({ page }) => {
  const taken = await signUp(page);
  await signOut(page);
  await page.goto('/signup');
  await page.getByLabel('Name').fill('A');
  await page.getByLabel('Email', { exact: true }).fill('not-an-email');
  await page.getByLabel('Password').fill('password');
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByLabel('Name')).toHaveAccessibleDescription(/Use at least 2 characters/);
  await expect(page.getByLabel('Email', { exact: true })).toHaveAccessibleDescription(/valid email/);
  await expect(page.getByLabel('Password')).toHaveAccessibleDescription(/Use at least 10 characters/);
  await expect(page.getByLabel('Name')).toHaveValue('A');

  await page.getByLabel('Name').fill('Second Fan');
  await page.getByLabel('Email', { exact: true }).fill(taken.email);
  await page.getByLabel('Password').fill('another-long-password-1');
  await page.getByRole('button', { name: 'Create account' }).click();
  // Neutral: the answer does not confirm that the address has an account.
  await expect(page.getByText(/could not create an account with these details/)).toBeVisible();
  await expect(page.getByText(/already exists/)).toHaveCount(0);
  await expect(page.getByLabel('Name')).toHaveValue('Second Fan');
});

test('signing in returns to the page the visitor came from', async ({ page }) => {
  const user = newUser();
  await signUp(page, user, '/articles/seven-summers-review');
  await expect(page).toHaveURL(/\/articles\/seven-summers-review$/);
});

test('anonymous reactions become the account’s on sign-up, without double counting', async ({ page }) => {
  await page.goto('/articles/prosecutor-baek-review');
  const want = page.getByRole('button', { name: /^Want more, \d+$/ });
  const before = Number((await want.getAttribute('aria-label'))!.split(', ')[1]);
  await want.click();
  await expect(want).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('region', { name: 'How does this article make you feel?' }).locator('form')).toHaveAttribute('aria-busy', 'false');

  await signUp(page, newUser(), '/articles/prosecutor-baek-review');
  await expect(want).toHaveAttribute('aria-pressed', 'true');
  await expect(want).toHaveAccessibleName(`Want more, ${before + 1}`);
});

test('a signed-in visitor sent to a smuggled off-site callbackUrl stays on the site', async ({ page, baseURL }) => {
  await signUp(page);
  // Browsers drop tabs and newlines from URLs: "/<tab>/example.org" would be "//example.org".
  for (const smuggled of ['/%09/example.org', '/%0A/example.org', '/%0D/example.org']) {
    for (const form of ['/signin', '/signup']) {
      await page.goto(`${form}?callbackUrl=${smuggled}`);
      expect(new URL(page.url()).origin).toBe(new URL(baseURL!).origin);
    }
  }
});

test('"Sign out everywhere" on the profile ends the session on another browser too', async ({ page, browser }) => {
  const user = await signUp(page);
  const other = await (await browser.newContext()).newPage();
  await signIn(other, user.email, user.password);
  await expect(other.getByRole('navigation', { name: 'Account' }).getByRole('link', { name: user.name })).toBeVisible();

  await page.goto('/profile');
  await expect(page.getByText('You are signed in on 2 devices or browsers, this one included.')).toBeVisible();
  await page.getByRole('button', { name: 'Sign out everywhere' }).click();
  await expect(page.getByRole('link', { name: 'Sign in', exact: true })).toBeVisible();

  await other.goto('/profile');
  await expect(other).toHaveURL(/\/signin\?callbackUrl=%2Fprofile/);
  await other.context().close();
});

test('a new reader cannot take a staff name', async ({ page }) => {
  await page.goto('/signup');
  await page.getByLabel('Name').fill('Demo Adm1n');
  await page.getByLabel('Email', { exact: true }).fill(newUser().email);
  await page.getByLabel('Password').fill('moonlit-pharmacy-2026');
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByLabel('Name')).toHaveAccessibleDescription(/reserved for the Hallyu team/);
  await expect(page.getByLabel('Name')).toHaveValue('Demo Adm1n');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('pages that need an account send the visitor to sign in, and back afterwards', async ({ page }) => {
    await page.goto('/profile');
    await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Fprofile$/);
    await page.goto('/moderation');
    await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Fmoderation$/);
    await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
  });
});

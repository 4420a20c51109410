/** What clinics rely on: code lookups and the machine-readable lists. */
import { expect, test } from '@playwright/test';

test('an ICD-10-CM code leads to its condition; a parent code lists those under it', async ({ page }) => {
  await page.goto('/codes/icd-10/M54.50/');
  await expect(page).toHaveURL(/\/conditions\/low-back-pain\/$/);
  await page.goto('/codes/icd-10/M54.5/');
  await expect(page).toHaveURL(/\/conditions\/low-back-pain\/$/);
  await page.goto('/codes/icd-10/M54/');
  await expect(page.getByRole('link', { name: /Low back pain/ })).toBeVisible();
  await expect(page.getByRole('link', { name: /Sciatica/ })).toBeVisible();
});

test('the API lists conditions with canonical URLs and every code mapping', async ({ request }) => {
  const conditions = await (await request.get('/api/v1/conditions.json')).json();
  const sciatica = conditions.conditions.find((c: { id: string }) => c.id === 'sciatica');
  expect(sciatica).toMatchObject({ title: 'Sciatica', icd10cm: ['M54.30'] });
  expect(sciatica.url).toMatch(/\/conditions\/sciatica\/$/);
  const codes = await (await request.get('/api/v1/codes.json')).json();
  expect(codes.codes.find((c: { code: string }) => c.code === 'I97.2').conditions[0].id).toBe('lymphedema');
  const types = await (await request.get('/api/v1/types.json')).json();
  expect(types.types.length).toBeGreaterThanOrEqual(18);
});

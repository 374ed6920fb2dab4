import { DEMO_ACCOUNT } from './seed';

// The Facebook pages the mock Facebook login offers: those of the account whose channel logs
// in, as a real Facebook user sees their own company's pages and no one else's.

const PAGE_NAME_ENDINGS = ['', ' Help', ' Careers'];

/** Numeric, as Facebook's page IDs are, and fixed for an account, so that a login can repeat. */
function pageId(accountId: string, index: number) {
  // Demo Corp's pages keep the IDs its seeded channels and the tests use.
  if (accountId === DEMO_ACCOUNT.id) return String(104_729_185_532_017 + index);
  const digits = (BigInt(`0x${accountId}`) % 10n ** 13n).toString().padStart(13, '0');
  return `10${digits}${index + 1}`;
}

export function facebookPagesOf(account: { id: string; name: string }) {
  return PAGE_NAME_ENDINGS.map((ending, index) => ({
    id: pageId(account.id, index),
    name: `${account.name}${ending}`,
  }));
}

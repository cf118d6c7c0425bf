/** A JavaScript caller still passing `strict: true` learns where strict validation lives. */
export function strictMoved(call: string, instead: string): TypeError {
  return new TypeError(
    `@woes/webhooks: ${call} is not supported by the main entry, which carries only receivers' validators. Producers import strict validation from '@woes/webhooks/strict': ${instead}.`,
  );
}

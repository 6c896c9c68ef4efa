// A DATABASE_URL carries a password: nothing the bot logs or shows may contain it.

/** The URL with its password (and any password= parameter) replaced by "***". */
export function redactUrl(url: string): string {
  return url.replace(/(\/\/[^:/?#@\s]*:)[^@/?#\s]*@/g, '$1***@').replace(/([?&]password=)[^&#\s]*/gi, '$1***');
}

/** An error's message with every password in `secrets` and in any URL replaced by "***". */
export function redactMessage(message: string, secrets: string[]): string {
  let out = redactUrl(message);
  for (const s of secrets) if (s.length >= 3) out = out.split(s).join('***');
  return out;
}

// Secrets never reach a log line, an error message on standard error or an HTTP answer. Two layers:
// the secret values this process was given (tokens, the signing secret, the database password) are
// replaced wherever they appear, and the shapes secrets come in are masked even when their value is
// unknown (a password in a URL, Slack tokens, Discord bot tokens, Authorization headers).

export const REDACTED = '[REDACTED]';

/** Values shorter than this are not searched for: "s" as a signing secret would blank every s. */
const MIN_SECRET_LENGTH = 6;

const SHAPES: Array<[RegExp, string | ((match: string, ...groups: string[]) => string)]> = [
  // scheme://user:password@host (DATABASE_URL and any other URL with credentials)
  [/\b([a-z][a-z0-9+.-]*:\/\/[^\s:/?#@"'<>]*:)[^\s@/"'<>]+@/gi, `$1${REDACTED}@`],
  // Slack bot, user, app and configuration tokens
  [/\bx(?:ox[abposre]|app)-[A-Za-z0-9-]+/g, REDACTED],
  // Discord bot tokens: base64 user id, timestamp, HMAC
  [/\b[A-Za-z0-9_-]{20,30}\.[A-Za-z0-9_-]{6}\.[A-Za-z0-9_-]{27,}/g, REDACTED],
  // Authorization header values
  [/\b(Bot|Bearer)\s+[A-Za-z0-9._~+/=-]{8,}/g, `$1 ${REDACTED}`],
  // Basic credentials (base64 of "user:password"), but not an English word after "Basic": Slack's
  // "Basic Information" page is named in start-up errors.
  [/\bBasic\s+([A-Za-z0-9._~+/=-]{8,})/g, (match, value) => (isPlainWord(value!) ? match : `Basic ${REDACTED}`)],
];

/** "Information", "settings": letters only, at most the first one capital, and no "user:password" inside when read as base64. */
function isPlainWord(value: string): boolean {
  return /^[A-Za-z][a-z]+$/.test(value) && !Buffer.from(value, 'base64').toString('latin1').includes(':');
}

/** Masks the given secret values (and their JSON-escaped forms) and every known secret shape in `text`. */
export function redactText(text: string, secrets: readonly string[] = []): string {
  let out = text;
  for (const secret of secrets) {
    if (secret.length < MIN_SECRET_LENGTH) continue;
    out = out.split(secret).join(REDACTED);
    const escaped = JSON.stringify(secret).slice(1, -1);
    if (escaped !== secret) out = out.split(escaped).join(REDACTED);
    const encoded = encodeURIComponent(secret);
    if (encoded !== secret) out = out.split(encoded).join(REDACTED);
  }
  for (const [shape, replacement] of SHAPES) out = typeof replacement === 'string' ? out.replace(shape, replacement) : out.replace(shape, replacement);
  return out;
}

/** Object keys whose values are secrets, for pino's redact paths (top level and two levels down). */
const SECRET_KEYS = ['token', 'botToken', 'appToken', 'signingSecret', 'password', 'authorization', 'Authorization', 'databaseUrl', 'secret', 'secrets'];

export const REDACT_PATHS: string[] = SECRET_KEYS.flatMap((k) => [k, `*.${k}`, `*.*.${k}`]);

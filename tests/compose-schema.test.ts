import { readdirSync, readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';

// The compose files against the Compose Specification's JSON schema (vendored in tests/schemas with
// its source), as `docker compose config` reads them: YAML, then `${VAR}` interpolation from the
// environment (`:?` stops with its message when VAR is unset or empty, `:-` gives a default).

const schema = JSON.parse(readFileSync('tests/schemas/compose-spec.json', 'utf8')) as Record<string, unknown>;
delete schema.$schema; // draft-07 written as an https URL, which Ajv's draft-07 meta-schema does not answer to
// strict: false, the schema marks old fields with `deprecated`, an annotation Ajv does not know.
const ajv = new Ajv({ strict: false, allErrors: true });
const validate = ajv.compile(schema);
const errors = () => ajv.errorsText(validate.errors, { separator: '\n' });

const files = readdirSync('.').filter((f) => /^(?:docker-)?compose(?:[.-][\w.-]+)?\.ya?ml$/.test(f));

/** Compose's interpolation of `${VAR}`, `${VAR:-default}` and `${VAR:?message}` in every string. */
function interpolate(value: unknown, env: Record<string, string>): unknown {
  if (typeof value === 'string') {
    return value.replace(/\$\{(\w+)(?::([?-])([^}]*))?\}/g, (_, name: string, op?: string, arg?: string) => {
      const v = env[name];
      if (v) return v;
      if (op === '?') throw new Error(`${name}: ${arg}`);
      return op === '-' ? arg! : '';
    });
  }
  if (Array.isArray(value)) return value.map((v) => interpolate(v, env));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, interpolate(v, env)]));
  return value;
}

describe('the compose files against the Compose Specification', () => {
  it('there is a compose file to check', () => {
    expect(files).toContain('compose.yaml');
  });

  it.each(files)('%s is valid as written and once interpolated', (file) => {
    const raw = parseYaml(readFileSync(file, 'utf8')) as unknown;
    expect(validate(raw), errors()).toBe(true);
    expect(validate(interpolate(raw, { POSTGRES_PASSWORD: 'secret123' })), errors()).toBe(true);
  });

  it.each(files)('%s stops with its message when a required variable is missing', (file) => {
    const raw = parseYaml(readFileSync(file, 'utf8')) as unknown;
    expect(() => interpolate(raw, {})).toThrow(/POSTGRES_PASSWORD: set POSTGRES_PASSWORD in \.env/);
  });

  it('the schema is not a formality: what compose refuses fails it', () => {
    const raw = parseYaml(readFileSync('compose.yaml', 'utf8')) as { services: Record<string, Record<string, unknown>> };
    expect(validate({ ...raw, services: { ...raw.services, bot: { ...raw.services.bot, restart_policy: 'always' } } })).toBe(false);
    expect(validate({ ...raw, services: { ...raw.services, bot: { ...raw.services.bot, depends_on: { postgres: { condition: 'when_ready' } } } } })).toBe(
      false,
    );
    expect(validate({ ...raw, volumes: { 'bad name': null } })).toBe(false);
  });
});

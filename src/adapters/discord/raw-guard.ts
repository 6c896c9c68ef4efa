// discord.js builds its Interaction objects synchronously inside the gateway's message handler, so
// a payload missing a field it relies on (entitlements, data, user) throws as an uncaught exception
// and would take the process down. The client emits every dispatch as `raw` just before that, so
// this listener repairs what can be repaired and neutralises the rest (an unknown interaction type
// is dropped by discord.js with a debug line).

interface RawPacket {
  t?: string | null;
  d?: unknown;
}

const NEEDS_DATA = new Set([2, 3, 4, 5]);

export function guardRawPacket(packet: RawPacket): boolean {
  if (packet.t !== 'INTERACTION_CREATE' || typeof packet.d !== 'object' || packet.d === null) return true;
  const d = packet.d as Record<string, unknown>;
  if (!Array.isArray(d.entitlements)) d.entitlements = [];
  if (typeof d.authorizing_integration_owners !== 'object' || d.authorizing_integration_owners === null) d.authorizing_integration_owners = {};
  const member = d.member as { user?: unknown } | undefined;
  const hasUser = isObject(d.user) || (isObject(member) && isObject(member.user));
  const hasData = !NEEDS_DATA.has(Number(d.type)) || isObject(d.data);
  if (typeof d.id === 'string' && typeof d.token === 'string' && hasUser && hasData) return true;
  d.type = -1;
  return false;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null;
}

import { readFileSync } from 'node:fs';
import { PermissionFlagsBits, PermissionsBitField } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { BOT_PERMISSIONS, invitePermissions, inviteUrl } from '../../../src/adapters/discord/invite.ts';

// The invite link's permission bits, computed with discord.js's own flags from what the code does.

describe('the Discord invite link', () => {
  // What the adapter does outside interaction responses, and the permission each needs.
  const needed = [
    PermissionFlagsBits.SendMessages, // message.reply in a channel, daily posts
    PermissionFlagsBits.SendMessagesInThreads, // thread.send, replies in a thread
    PermissionFlagsBits.CreatePublicThreads, // message.startThread on a mention
    PermissionFlagsBits.EmbedLinks, // every answer is an embed
    PermissionFlagsBits.ReadMessageHistory, // replies carry a message_reference
  ];
  const bits = needed.reduce((a, b) => a | b, 0n);

  it('asks for exactly the permissions the code needs, Create Public Threads included', () => {
    expect(invitePermissions()).toBe(bits.toString());
    expect(new PermissionsBitField(BigInt(invitePermissions())).has(PermissionFlagsBits.CreatePublicThreads)).toBe(true);
    expect(new PermissionsBitField(bits).toArray().sort()).toEqual(Object.keys(BOT_PERMISSIONS).sort());
    // The mention handler does start threads: the permission is not asked for in vain.
    expect(readFileSync('src/adapters/discord/mentions.ts', 'utf8')).toContain('message.startThread(');
  });

  it('is the link the README gives, and asks for no administrator or moderation rights', () => {
    const readme = readFileSync('README.md', 'utf8');
    expect(readme).toContain(inviteUrl('<APP_ID>'));
    expect(readme).not.toContain('permissions=274877990912'); // the old link, without Create Public Threads
    const granted = new PermissionsBitField(BigInt(invitePermissions()));
    for (const p of [
      PermissionFlagsBits.Administrator,
      PermissionFlagsBits.ManageMessages,
      PermissionFlagsBits.ManageThreads,
      PermissionFlagsBits.MentionEveryone,
    ])
      expect(granted.has(p, false)).toBe(false);
  });
});

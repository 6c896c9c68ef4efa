import { config } from 'dotenv';

// Settings from a `.env` file in the working folder (or the file DOTENV_CONFIG_PATH names), for every
// entry point: `npm start`, `npm run ask`, `npm run slack:manifest`, `npm run discord:register`.
// Variables already set win over the file. Quiet: dotenv 17 otherwise prints a line with a "tip" on
// standard output, which is the answer channel of `npm run ask` and the manifest's of slack:manifest.
// Import it first, before any module that reads the environment.

config({ quiet: true, ...(process.env.DOTENV_CONFIG_PATH ? { path: process.env.DOTENV_CONFIG_PATH } : {}) });

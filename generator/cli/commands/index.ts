/** The sub-commands, in the order `qspec --help` lists them. */
import type { Command } from '../command.js';
import { conformanceCommand } from './conformance.js';
import { diffCommand } from './diff.js';
import { generateCommand } from './generate.js';
import { mockCommand } from './mock.js';
import { notesCommand } from './notes.js';
import { validateCommand } from './validate.js';

export const commands: readonly Command[] = [
  generateCommand,
  validateCommand,
  conformanceCommand,
  mockCommand,
  diffCommand,
  notesCommand,
];

/** The sub-commands, in the order `qspec --help` lists them. */
import type { Command } from '../command.js';
import { generateCommand } from './generate.js';

export const commands: readonly Command[] = [generateCommand];

import type { Command } from '../command.js';
import { generateCommand } from './generate.js';

/** Every subcommand, in the order `--help` lists them. */
export const COMMANDS: readonly Command[] = [generateCommand];

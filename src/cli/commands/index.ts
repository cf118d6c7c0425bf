import type { Command } from '../command.js';
import { captureCommand } from './capture.js';
import { diffCommand } from './diff.js';
import { generateCommand } from './generate.js';
import { sendCommand } from './send.js';
import { testReceiverCommand } from './test-receiver.js';
import { validateCommand } from './validate.js';

/** Every subcommand, in the order `--help` lists them. */
export const COMMANDS: readonly Command[] = [generateCommand, diffCommand, testReceiverCommand, validateCommand, sendCommand, captureCommand];

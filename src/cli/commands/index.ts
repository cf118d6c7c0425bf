import type { Command } from '../command.js';
import { captureCommand } from './capture.js';
import { generateCommand } from './generate.js';
import { sendCommand } from './send.js';
import { testReceiverCommand } from './test-receiver.js';
import { validateCommand } from './validate.js';

/** Every subcommand, in the order `--help` lists them. */
export const COMMANDS: readonly Command[] = [generateCommand, testReceiverCommand, validateCommand, sendCommand, captureCommand];

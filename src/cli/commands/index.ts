import type { Command } from '../command.js';
import type { Program } from '../run-cli.js';
import { captureCommand } from './capture.js';
import { sendCommand } from './send.js';
import { testReceiverCommand } from './test-receiver.js';
import { validateCommand } from './validate.js';

/** The shipped `woes-webhooks` CLI: what receivers and producers run against their own code. */
export const COMMANDS: readonly Command[] = [testReceiverCommand, validateCommand, sendCommand, captureCommand];

export const WOES_WEBHOOKS: Program = { name: 'woes-webhooks', summary: 'the Woes webhook contract kit', commands: COMMANDS };

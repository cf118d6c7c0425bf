/**
 * @woes/webhooks/testing: the contract kit for both sides, kept out of the main entry so a
 * receiver's serverless bundle stays small.
 * - Receivers: `testReceiver({ fetch: handler, secret })` or `testReceiver({ url, secret })`.
 * - Producers: `deliver()` (the reference delivery client), `startCaptureServer()`, `validateEventsText()`.
 */
export { CONFORMANCE_SUITE, type ConformanceCase, type ConformanceStep, type ConformanceSuite } from '../generated/conformance/cases.js';
export { testReceiver, type TestReceiverOptions } from './contract/test-receiver.js';
export { runSuite, type RunSuiteOptions } from './contract/run-suite.js';
export { conforms, type CaseResult, type SuiteReport } from './contract/suite-report.js';
export { renderJson, renderJunit, renderTable } from './contract/reporters/index.js';
export { httpTransport, handlerTransport, type FetchHandler, type Transport } from './contract/transport.js';
export { ContractKitError, type ContractErrorCode } from './contract/contract-error.js';
export { deliver, type DeliverOptions, type DeliveryResult, type DeliveryState } from './contract/delivery/delivery-client.js';
export { attemptDelivery, type AttemptRecord } from './contract/delivery/attempt-delivery.js';
export { classifyResponse, type AttemptOutcome } from './contract/delivery/classify-response.js';
export { startCaptureServer, type CaptureOptions, type CaptureServer } from './contract/capture/capture-server.js';
export { buildCaptureReport, renderCaptureReport, type CaptureReport, type ContractCheck } from './contract/capture/contract-report.js';
export type { CapturedAttempt } from './contract/capture/captured-attempt.js';
export { validateEventsText, type InvalidEvent, type ValidationSummary } from './contract/validate-events.js';

/**
 * @woes/webhooks/testing: the contract kit for both sides, kept out of the main entry so a
 * receiver's serverless bundle stays small.
 * - Receivers: `testReceiver({ fetch: handler, secret })` or `testReceiver({ url, secret })`.
 * - Producers: `deliver()` (the reference delivery client), `startCaptureServer()`, `validateEventsText()`.
 */
export { CONFORMANCE_SUITE, type ConformanceCase, type ConformanceStep, type ConformanceSuite } from '../../generated/conformance/cases.js';
export { testReceiver, type TestReceiverOptions } from './test-receiver.js';
export { runSuite, type RunSuiteOptions } from './run-suite.js';
export { conforms, type CaseResult, type SuiteReport } from './suite-report.js';
export { renderJson, renderJunit, renderTable } from './reporters/index.js';
export { httpTransport, handlerTransport, type FetchHandler, type Transport } from './transport.js';
export { ContractKitError, type ContractErrorCode } from './contract-error.js';
export { deliver, type DeliverOptions, type DeliveryResult, type DeliveryState } from './delivery/delivery-client.js';
export { attemptDelivery, type AttemptRecord } from './delivery/attempt-delivery.js';
export { classifyResponse, type AttemptOutcome } from './delivery/classify-response.js';
export { startCaptureServer, type CaptureOptions, type CaptureServer } from './capture/capture-server.js';
export { buildCaptureReport, renderCaptureReport, type CaptureReport, type ContractCheck } from './capture/contract-report.js';
export type { CapturedAttempt } from './capture/captured-attempt.js';
export { validateEventsText, type InvalidEvent, type ValidationSummary } from './validate-events.js';

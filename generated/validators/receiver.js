// Generated from asyncapi.yaml by `npm run generate`. Do not edit: change asyncapi.yaml and regenerate.
// Receiver-mode validators (src/derive/build-receiver-validators.ts): each returns the first
// violation as { path, keyword, message }, or undefined when the value is valid.

const isObject = (value) => typeof value === "object" && value !== null && !Array.isArray(value);
const isNumber = (value) => typeof value === "number" && isFinite(value);
const isInteger = (value) => typeof value === "number" && !(value % 1) && !isNaN(value) && isFinite(value);
const fail = (path, keyword, message) => ({ path, keyword, message });
const within = (prefix, violation) => ({ ...violation, path: prefix + violation.path });
const typeError = (path, types) => fail(path, "type", "must be " + types);
const formatError = (path, format) => fail(path, "format", 'must match format "' + format + '"');
const missingError = (path, name) => fail(path + "/" + escapePointer(name), "required", "must have required property '" + name + "'");
/** Checks the property `name` of an object when present; the violation's path includes it. */
function property(value, name, check) {
  const item = value[name];
  if (item === undefined) return undefined;
  const violation = check(item);
  return violation && within("/" + escapePointer(name), violation);
}
/** The first required property that is absent (ajv's test: `undefined`), in schema order. */
function firstMissing(value, names) {
  for (const name of names) if (value[name] === undefined) return name;
  return undefined;
}
const escapePointer = (key) => key.replace(/~/g, "~0").replace(/\//g, "~1");

/** Length in Unicode code points, as JSON Schema counts it (a surrogate pair is one). */
function codePoints(text) {
  let length = text.length;
  for (let i = 0; i < text.length - 1; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        length--;
        i++;
      }
    }
  }
  return length;
}

/** ajv's pair for items of one scalar type: the higher index first. */
function duplicateScalar(items, isItem) {
  const seen = new Map();
  for (let i = items.length; i--; ) {
    const item = items[i];
    if (!isItem(item)) continue;
    const j = seen.get(item);
    if (j !== undefined) return [j, i];
    seen.set(item, i);
  }
  return undefined;
}

/** ajv's pair for items of any type, compared deeply: the lower index first. */
function duplicateDeep(items) {
  for (let i = items.length; i--; ) {
    for (let j = i; j--; ) if (equal(items[i], items[j])) return [j, i];
  }
  return undefined;
}

/** Deep equality of JSON values. */
function equal(a, b) {
  if (a === b) return true;
  if (!a || !b || typeof a !== "object" || typeof b !== "object") return a !== a && b !== b;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((key) => Object.prototype.hasOwnProperty.call(b, key) && equal(a[key], b[key]));
}

// The formats of ajv-formats' full mode, as the published schemas are checked.
const DATE = /^(\d\d\d\d)-(\d\d)-(\d\d)$/;
const DAYS = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const TIME = /^(\d\d):(\d\d):(\d\d(?:\.\d+)?)(z|([+-])(\d\d)(?::?(\d\d))?)?$/i;
const URI = /^(?:[a-z][a-z0-9+\-.]*:)(?:\/?\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:]|%[0-9a-f]{2})*@)?(?:\[(?:(?:(?:(?:[0-9a-f]{1,4}:){6}|::(?:[0-9a-f]{1,4}:){5}|(?:[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){4}|(?:(?:[0-9a-f]{1,4}:){0,1}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){3}|(?:(?:[0-9a-f]{1,4}:){0,2}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){2}|(?:(?:[0-9a-f]{1,4}:){0,3}[0-9a-f]{1,4})?::[0-9a-f]{1,4}:|(?:(?:[0-9a-f]{1,4}:){0,4}[0-9a-f]{1,4})?::)(?:[0-9a-f]{1,4}:[0-9a-f]{1,4}|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?))|(?:(?:[0-9a-f]{1,4}:){0,5}[0-9a-f]{1,4})?::[0-9a-f]{1,4}|(?:(?:[0-9a-f]{1,4}:){0,6}[0-9a-f]{1,4})?::)|[Vv][0-9a-f]+\.[a-z0-9\-._~!$&'()*+,;=:]+)\]|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?)|(?:[a-z0-9\-._~!$&'()*+,;=]|%[0-9a-f]{2})*)(?::\d*)?(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*|\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*)?|(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*)(?:\?(?:[a-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9a-f]{2})*)?(?:#(?:[a-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9a-f]{2})*)?$/i;

function isDate(text) {
  const match = DATE.exec(text);
  if (!match) return false;
  const year = +match[1];
  const month = +match[2];
  const day = +match[3];
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return month >= 1 && month <= 12 && day >= 1 && day <= (month === 2 && leap ? 29 : DAYS[month]);
}

function isTime(text) {
  const match = TIME.exec(text);
  if (!match) return false;
  const hour = +match[1];
  const minute = +match[2];
  const second = +match[3];
  const sign = match[5] === "-" ? -1 : 1;
  const zoneHour = +(match[6] || 0);
  const zoneMinute = +(match[7] || 0);
  if (zoneHour > 23 || zoneMinute > 59 || !match[4]) return false;
  if (hour <= 23 && minute <= 59 && second < 60) return true;
  // A leap second is valid only at 23:59 UTC.
  const utcMinute = minute - zoneMinute * sign;
  const utcHour = hour - zoneHour * sign - (utcMinute < 0 ? 1 : 0);
  return (utcHour === 23 || utcHour === -1) && (utcMinute === 59 || utcMinute === -1) && second < 61;
}

const FORMATS = {
  uuid: (text) => /^(?:urn:uuid:)?[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}$/i.test(text),
  email: (text) => /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/i.test(text),
  uri: (text) => /\/|:/.test(text) && URI.test(text),
  "date-time": (text) => canonicalDateTime(text) ?? isDateTime(text),
};

function isDateTime(text) {
  const parts = text.split(/t|\s/i);
  return parts.length === 2 && isDate(parts[0]) && isTime(parts[1]);
}

const isDigitAt = (text, index) => {
  const code = text.charCodeAt(index);
  return code >= 48 && code <= 57;
};
const numberAt = (text, start, end) => {
  let value = 0;
  for (let i = start; i < end; i++) value = value * 10 + text.charCodeAt(i) - 48;
  return value;
};
const CANONICAL_DIGITS = [0, 1, 2, 3, 5, 6, 8, 9, 11, 12, 14, 15, 17, 18, 20, 21, 22];

/**
 * The shape Woes sends (`2026-06-28T18:00:00.000Z`), checked by character codes without
 * allocating: the same verdict as the full check below, or `undefined` to defer to it (any
 * other shape, and leap seconds).
 */
function canonicalDateTime(text) {
  if (text.length !== 24 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45 || text.charCodeAt(10) !== 84) return undefined;
  if (text.charCodeAt(13) !== 58 || text.charCodeAt(16) !== 58 || text.charCodeAt(19) !== 46 || text.charCodeAt(23) !== 90) return undefined;
  for (const index of CANONICAL_DIGITS) if (!isDigitAt(text, index)) return undefined;
  if (numberAt(text, 11, 13) > 23 || numberAt(text, 14, 16) > 59 || numberAt(text, 17, 19) > 59) return undefined;
  const year = numberAt(text, 0, 4);
  const month = numberAt(text, 5, 7);
  const day = numberAt(text, 8, 10);
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return month >= 1 && month <= 12 && day >= 1 && day <= (month === 2 && leap ? 29 : DAYS[month]);
}

const PATTERN_1 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/u;
const PATTERN_2 = /^[a-z][a-z0-9_]*\.[a-z][a-z0-9_]*$/u;
const PATTERN_3 = /^[A-Z][A-Z0-9]*-[0-9]+$/u;
const PATTERN_4 = /^[a-z][a-z0-9_]*$/u;
const REQUIRED_1 = ["object","id","type","apiVersion","occurredAt","workspaceId","resource","sequence","actor","data"];
const REQUIRED_2 = ["object","id"];
const REQUIRED_3 = ["type","id"];
const REQUIRED_4 = ["fields","previous"];
const REQUIRED_5 = ["object","id","channel","status","waitingOn","priority","subject","preview","handledBy","agentId","assignee","tags","customer","createdAt","updatedAt","lastMessageAt","closedAt"];
const REQUIRED_6 = ["id","name","email","company","identitySource"];
const REQUIRED_7 = ["object","id","conversationId","channel","author","role","body","createdAt"];
const REQUIRED_8 = ["type","id","name"];
const REQUIRED_9 = ["object","id","name","email","company","identitySource","traits","identities","createdAt","updatedAt"];
const REQUIRED_10 = ["object","id","channel","kind","verified","linkedAt"];
const REQUIRED_11 = ["object","id","reference","title","description","status","priority","tags","customerId","account","conversationIds","createdAt","updatedAt","resolvedAt"];
const REQUIRED_12 = ["conversationId","linkedAt"];
const REQUIRED_13 = ["object","id","name","kind","origin","coverage","lastScan","createdAt","updatedAt"];
const REQUIRED_14 = ["endpoints","documents","chunks","partial"];
const REQUIRED_15 = ["object","id","outcome","contentChanged","authDetected","counts","skippedItems","errors","startedAt","finishedAt"];
const REQUIRED_16 = ["endpoints","documents","chunks"];
const REQUIRED_17 = ["code","message","location"];
const REQUIRED_18 = ["object","id","conversationId","messageId","agentId","outcome","confidence","citations","createdAt"];
const REQUIRED_19 = ["score","threshold","level"];
const REQUIRED_20 = ["sourceId","title","url","excerpt"];
const REQUIRED_21 = ["object","id","conversationId","agentId","reason","status","note","operatorId","requestedAt","acceptedAt"];
const REQUIRED_22 = ["object","endpointId","message"];
const REQUIRED_23 = ["object","id","type","apiVersion","occurredAt","workspaceId","resource","sequence","actor","data","changes"];
const REQUIRED_24 = ["object","id","type","apiVersion","occurredAt","workspaceId","resource","sequence","actor","data","handoff"];
const REQUIRED_25 = ["object","id","type","apiVersion","occurredAt","workspaceId","resource","sequence","actor","data","identity"];
const REQUIRED_26 = ["object","id","type","apiVersion","occurredAt","workspaceId","resource","sequence","actor","data","link"];

/** {"type":"string","const":"event"} */
function checkShared1(value) {
  if (!(typeof value === "string")) return typeError("", "string");
  if (value !== "event") return fail("", "const", "must be equal to constant: \"event\"");
  return undefined;
}

/** {"type":"string","format":"uuid"} */
function checkShared2(value) {
  if (!(typeof value === "string")) return typeError("", "string");
  if (!FORMATS["uuid"](value)) return formatError("", "uuid");
  return undefined;
}

/** {"type":"string","const":"v1"} */
function checkShared3(value) {
  if (!(typeof value === "string")) return typeError("", "string");
  if (value !== "v1") return fail("", "const", "must be equal to constant: \"v1\"");
  return undefined;
}

/** {"type":"integer","minimum":1} */
function checkShared4(value) {
  if (!(isInteger(value))) return typeError("", "integer");
  if (value < 1 || isNaN(value)) return fail("", "minimum", "must be >= 1");
  return undefined;
}

/** {"type":"object"} */
function checkShared5(value) {
  if (!(isObject(value))) return typeError("", "object");
  return undefined;
}

/** {"type":"string"} */
function checkShared6(value) {
  if (!(typeof value === "string")) return typeError("", "string");
  return undefined;
}

/** {"type":"string","minLength":1,"maxLength":255} */
function checkShared7(value) {
  if (!(typeof value === "string")) return typeError("", "string");
  if (value.length > 255 && codePoints(value) > 255) return fail("", "maxLength", "must NOT have more than 255 characters");
  if (value.length < 2 && codePoints(value) < 1) return fail("", "minLength", "must NOT have fewer than 1 characters");
  return undefined;
}

/** {"type":["string","null"],"minLength":1,"maxLength":255} */
function checkShared8(value) {
  if (!(typeof value === "string" || value === null)) return typeError("", "string,null");
  if (typeof value === "string") {
    if (value.length > 255 && codePoints(value) > 255) return fail("", "maxLength", "must NOT have more than 255 characters");
    if (value.length < 2 && codePoints(value) < 1) return fail("", "minLength", "must NOT have fewer than 1 characters");
  }
  return undefined;
}

/** {"type":["string","null"]} */
function checkShared9(value) {
  if (!(typeof value === "string" || value === null)) return typeError("", "string,null");
  return undefined;
}

/** {"type":["string","null"],"maxLength":500} */
function checkShared10(value) {
  if (!(typeof value === "string" || value === null)) return typeError("", "string,null");
  if (typeof value === "string") {
    if (value.length > 500 && codePoints(value) > 500) return fail("", "maxLength", "must NOT have more than 500 characters");
  }
  return undefined;
}

/** {"type":["string","null"],"format":"uuid"} */
function checkShared11(value) {
  if (!(typeof value === "string" || value === null)) return typeError("", "string,null");
  if (typeof value === "string") {
    if (!FORMATS["uuid"](value)) return formatError("", "uuid");
  }
  return undefined;
}

/** {"type":"array","uniqueItems":true,"items":{"$ref":"#/definitions/Label"}} */
function checkShared12(value) {
  if (!(Array.isArray(value))) return typeError("", "array");
  for (let i1 = 0; i1 < value.length; i1++) {
    const v2 = value[i1];
    { const violation = checkLabel(v2); if (violation) return within("/" + i1, violation); }
  }
  { const pair = duplicateDeep(value); if (pair) return fail("", "uniqueItems", `must NOT have duplicate items (items ## ${pair[0]} and ${pair[1]} are identical)`); }
  return undefined;
}

/** {"type":["string","null"],"format":"email"} */
function checkShared13(value) {
  if (!(typeof value === "string" || value === null)) return typeError("", "string,null");
  if (typeof value === "string") {
    if (!FORMATS["email"](value)) return formatError("", "email");
  }
  return undefined;
}

/** {"type":"boolean"} */
function checkShared14(value) {
  if (!(typeof value === "boolean")) return typeError("", "boolean");
  return undefined;
}

/** {"type":"string","minLength":1,"maxLength":200} */
function checkShared15(value) {
  if (!(typeof value === "string")) return typeError("", "string");
  if (value.length > 200 && codePoints(value) > 200) return fail("", "maxLength", "must NOT have more than 200 characters");
  if (value.length < 2 && codePoints(value) < 1) return fail("", "minLength", "must NOT have fewer than 1 characters");
  return undefined;
}

/** {"type":"integer","minimum":0} */
function checkShared16(value) {
  if (!(isInteger(value))) return typeError("", "integer");
  if (value < 0 || isNaN(value)) return fail("", "minimum", "must be >= 0");
  return undefined;
}

/** {"type":"number","minimum":0,"maximum":1} */
function checkShared17(value) {
  if (!(isNumber(value))) return typeError("", "number");
  if (value > 1 || isNaN(value)) return fail("", "maximum", "must be <= 1");
  if (value < 0 || isNaN(value)) return fail("", "minimum", "must be >= 0");
  return undefined;
}

/** #/definitions/Uuid */
function checkUuid(value) {
  if (!(typeof value === "string")) return typeError("", "string");
  if (!FORMATS["uuid"](value)) return formatError("", "uuid");
  return undefined;
}

/** #/definitions/Timestamp */
function checkTimestamp(value) {
  if (!(typeof value === "string")) return typeError("", "string");
  if (!PATTERN_1.test(value)) return fail("", "pattern", "must match pattern \"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z$\"");
  if (!FORMATS["date-time"](value)) return formatError("", "date-time");
  return undefined;
}

/** #/definitions/NullableTimestamp */
function checkNullableTimestamp(value) {
  if (!(typeof value === "string" || value === null)) return typeError("", "string,null");
  if (typeof value === "string") {
    if (!PATTERN_1.test(value)) return fail("", "pattern", "must match pattern \"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z$\"");
    if (!FORMATS["date-time"](value)) return formatError("", "date-time");
  }
  return undefined;
}

/** #/definitions/Label */
function checkLabel(value) {
  if (!(typeof value === "string")) return typeError("", "string");
  if (value.length > 32 && codePoints(value) > 32) return fail("", "maxLength", "must NOT have more than 32 characters");
  if (value.length < 2 && codePoints(value) < 1) return fail("", "minLength", "must NOT have fewer than 1 characters");
  return undefined;
}

/** #/definitions/Channel */
function checkChannel(value) {
  if (!(typeof value === "string")) return typeError("", "string");
  return undefined;
}

/** #/definitions/EventEnvelope */
function checkEventEnvelope(value) {
  if (!(isObject(value))) return typeError("", "object");
  { const missing = firstMissing(value, REQUIRED_1); if (missing !== undefined) return missingError("", missing); }
  {
    const violation =
      property(value, "object", checkShared1) ??
      property(value, "id", checkShared2);
    if (violation) return violation;
  }
  const v1 = value["type"];
  if (v1 !== undefined) {
    if (!(typeof v1 === "string")) return typeError("/type", "string");
    if (!PATTERN_2.test(v1)) return fail("/type", "pattern", "must match pattern \"^[a-z][a-z0-9_]*\\.[a-z][a-z0-9_]*$\"");
  }
  {
    const violation =
      property(value, "apiVersion", checkShared3) ??
      property(value, "occurredAt", checkTimestamp) ??
      property(value, "workspaceId", checkShared2) ??
      property(value, "resource", checkResourceRef) ??
      property(value, "sequence", checkShared4) ??
      property(value, "actor", checkActor) ??
      property(value, "data", checkShared5);
    if (violation) return violation;
  }
  return undefined;
}

/** #/definitions/ResourceRef */
function checkResourceRef(value) {
  if (!(isObject(value))) return typeError("", "object");
  { const missing = firstMissing(value, REQUIRED_2); if (missing !== undefined) return missingError("", missing); }
  {
    const violation =
      property(value, "object", checkShared6) ??
      property(value, "id", checkShared7);
    if (violation) return violation;
  }
  return undefined;
}

/** #/definitions/Actor */
function checkActor(value) {
  if (!(isObject(value))) return typeError("", "object");
  { const missing = firstMissing(value, REQUIRED_3); if (missing !== undefined) return missingError("", missing); }
  {
    const violation =
      property(value, "type", checkShared6) ??
      property(value, "id", checkShared8);
    if (violation) return violation;
  }
  return undefined;
}

/** #/definitions/Changes */
function checkChanges(value) {
  if (!(isObject(value))) return typeError("", "object");
  { const missing = firstMissing(value, REQUIRED_4); if (missing !== undefined) return missingError("", missing); }
  const v1 = value["fields"];
  if (v1 !== undefined) {
    if (!(Array.isArray(v1))) return typeError("/fields", "array");
    if (v1.length < 1) return fail("/fields", "minItems", "must NOT have fewer than 1 items");
    for (let i2 = 0; i2 < v1.length; i2++) {
      const v3 = v1[i2];
      { const violation = checkShared6(v3); if (violation) return within("/fields/" + i2, violation); }
    }
    { const pair = duplicateScalar(v1, (item) => typeof item === "string"); if (pair) return fail("/fields", "uniqueItems", `must NOT have duplicate items (items ## ${pair[0]} and ${pair[1]} are identical)`); }
  }
  {
    const violation =
      property(value, "previous", checkShared5);
    if (violation) return violation;
  }
  return undefined;
}

/** #/definitions/Conversation */
function checkConversation(value) {
  if (!(isObject(value))) return typeError("", "object");
  { const missing = firstMissing(value, REQUIRED_5); if (missing !== undefined) return missingError("", missing); }
  const v1 = value["object"];
  if (v1 !== undefined) {
    if (!(typeof v1 === "string")) return typeError("/object", "string");
    if (v1 !== "conversation") return fail("/object", "const", "must be equal to constant: \"conversation\"");
  }
  {
    const violation =
      property(value, "id", checkShared2) ??
      property(value, "channel", checkChannel) ??
      property(value, "status", checkShared6) ??
      property(value, "waitingOn", checkShared9) ??
      property(value, "priority", checkLabel) ??
      property(value, "subject", checkShared10);
    if (violation) return violation;
  }
  const v2 = value["preview"];
  if (v2 !== undefined) {
    if (!(typeof v2 === "string" || v2 === null)) return typeError("/preview", "string,null");
    if (typeof v2 === "string") {
      if (v2.length > 200 && codePoints(v2) > 200) return fail("/preview", "maxLength", "must NOT have more than 200 characters");
    }
  }
  {
    const violation =
      property(value, "handledBy", checkShared6) ??
      property(value, "agentId", checkShared11) ??
      property(value, "assignee", checkAssignee) ??
      property(value, "tags", checkShared12) ??
      property(value, "customer", checkCustomerSummary) ??
      property(value, "createdAt", checkTimestamp) ??
      property(value, "updatedAt", checkTimestamp) ??
      property(value, "lastMessageAt", checkNullableTimestamp) ??
      property(value, "closedAt", checkNullableTimestamp);
    if (violation) return violation;
  }
  return undefined;
}

/** #/definitions/Assignee */
function checkAssignee(value) {
  if (!(isObject(value) || value === null)) return typeError("", "object,null");
  if (isObject(value)) {
    { const missing = firstMissing(value, REQUIRED_3); if (missing !== undefined) return missingError("", missing); }
    const v1 = value["type"];
    if (v1 !== undefined) {
      if (!(typeof v1 === "string")) return typeError("/type", "string");
      if (!(v1 === "operator" || v1 === "team")) return fail("/type", "enum", "must be equal to one of the allowed values: [\"operator\",\"team\"]");
    }
    {
      const violation =
        property(value, "id", checkShared2);
      if (violation) return violation;
    }
  }
  return undefined;
}

/** #/definitions/CustomerSummary */
function checkCustomerSummary(value) {
  if (!(isObject(value))) return typeError("", "object");
  { const missing = firstMissing(value, REQUIRED_6); if (missing !== undefined) return missingError("", missing); }
  {
    const violation =
      property(value, "id", checkShared7) ??
      property(value, "name", checkShared9) ??
      property(value, "email", checkShared13) ??
      property(value, "company", checkShared9) ??
      property(value, "identitySource", checkIdentitySource);
    if (violation) return violation;
  }
  return undefined;
}

/** #/definitions/IdentitySource */
function checkIdentitySource(value) {
  if (!(typeof value === "string")) return typeError("", "string");
  return undefined;
}

/** #/definitions/Message */
function checkMessage(value) {
  if (!(isObject(value))) return typeError("", "object");
  { const missing = firstMissing(value, REQUIRED_7); if (missing !== undefined) return missingError("", missing); }
  const v1 = value["object"];
  if (v1 !== undefined) {
    if (!(typeof v1 === "string")) return typeError("/object", "string");
    if (v1 !== "message") return fail("/object", "const", "must be equal to constant: \"message\"");
  }
  {
    const violation =
      property(value, "id", checkShared2) ??
      property(value, "conversationId", checkShared2) ??
      property(value, "channel", checkChannel) ??
      property(value, "author", checkMessageAuthor);
    if (violation) return violation;
  }
  const v2 = value["role"];
  if (v2 !== undefined) {
    if (!(typeof v2 === "string")) return typeError("/role", "string");
    if (!(v2 === "user" || v2 === "assistant")) return fail("/role", "enum", "must be equal to one of the allowed values: [\"user\",\"assistant\"]");
  }
  const v3 = value["body"];
  if (v3 !== undefined) {
    if (!(typeof v3 === "string")) return typeError("/body", "string");
    if (v3.length > 8000 && codePoints(v3) > 8000) return fail("/body", "maxLength", "must NOT have more than 8000 characters");
  }
  {
    const violation =
      property(value, "createdAt", checkTimestamp);
    if (violation) return violation;
  }
  return undefined;
}

/** #/definitions/MessageAuthor */
function checkMessageAuthor(value) {
  if (!(isObject(value))) return typeError("", "object");
  { const missing = firstMissing(value, REQUIRED_8); if (missing !== undefined) return missingError("", missing); }
  {
    const violation =
      property(value, "type", checkShared6) ??
      property(value, "id", checkShared7) ??
      property(value, "name", checkShared9);
    if (violation) return violation;
  }
  return undefined;
}

/** #/definitions/Customer */
function checkCustomer(value) {
  if (!(isObject(value))) return typeError("", "object");
  { const missing = firstMissing(value, REQUIRED_9); if (missing !== undefined) return missingError("", missing); }
  const v1 = value["object"];
  if (v1 !== undefined) {
    if (!(typeof v1 === "string")) return typeError("/object", "string");
    if (v1 !== "customer") return fail("/object", "const", "must be equal to constant: \"customer\"");
  }
  {
    const violation =
      property(value, "id", checkShared7) ??
      property(value, "name", checkShared9) ??
      property(value, "email", checkShared13) ??
      property(value, "company", checkShared9) ??
      property(value, "identitySource", checkIdentitySource);
    if (violation) return violation;
  }
  const v2 = value["traits"];
  if (v2 !== undefined) {
    if (!(isObject(v2))) return typeError("/traits", "object");
    for (const k3 in v2) {
      const v4 = v2[k3];
      if (!(typeof v4 === "string" || isNumber(v4) || typeof v4 === "boolean" || v4 === null)) return typeError("/traits/" + escapePointer(k3), "string,number,boolean,null");
    }
  }
  const v5 = value["identities"];
  if (v5 !== undefined) {
    if (!(Array.isArray(v5))) return typeError("/identities", "array");
    for (let i6 = 0; i6 < v5.length; i6++) {
      const v7 = v5[i6];
      { const violation = checkChannelIdentity(v7); if (violation) return within("/identities/" + i6, violation); }
    }
  }
  {
    const violation =
      property(value, "createdAt", checkTimestamp) ??
      property(value, "updatedAt", checkTimestamp);
    if (violation) return violation;
  }
  return undefined;
}

/** #/definitions/ChannelIdentity */
function checkChannelIdentity(value) {
  if (!(isObject(value))) return typeError("", "object");
  { const missing = firstMissing(value, REQUIRED_10); if (missing !== undefined) return missingError("", missing); }
  const v1 = value["object"];
  if (v1 !== undefined) {
    if (!(typeof v1 === "string")) return typeError("/object", "string");
    if (v1 !== "identity") return fail("/object", "const", "must be equal to constant: \"identity\"");
  }
  {
    const violation =
      property(value, "id", checkShared2) ??
      property(value, "channel", checkChannel) ??
      property(value, "kind", checkShared6) ??
      property(value, "verified", checkShared14) ??
      property(value, "linkedAt", checkTimestamp);
    if (violation) return violation;
  }
  return undefined;
}

/** #/definitions/Issue */
function checkIssue(value) {
  if (!(isObject(value))) return typeError("", "object");
  { const missing = firstMissing(value, REQUIRED_11); if (missing !== undefined) return missingError("", missing); }
  const v1 = value["object"];
  if (v1 !== undefined) {
    if (!(typeof v1 === "string")) return typeError("/object", "string");
    if (v1 !== "issue") return fail("/object", "const", "must be equal to constant: \"issue\"");
  }
  {
    const violation =
      property(value, "id", checkShared2);
    if (violation) return violation;
  }
  const v2 = value["reference"];
  if (v2 !== undefined) {
    if (!(typeof v2 === "string")) return typeError("/reference", "string");
    if (!PATTERN_3.test(v2)) return fail("/reference", "pattern", "must match pattern \"^[A-Z][A-Z0-9]*-[0-9]+$\"");
  }
  {
    const violation =
      property(value, "title", checkShared15) ??
      property(value, "description", checkShared9) ??
      property(value, "status", checkLabel) ??
      property(value, "priority", checkLabel) ??
      property(value, "tags", checkShared12) ??
      property(value, "customerId", checkShared8) ??
      property(value, "account", checkShared9);
    if (violation) return violation;
  }
  const v3 = value["conversationIds"];
  if (v3 !== undefined) {
    if (!(Array.isArray(v3))) return typeError("/conversationIds", "array");
    for (let i4 = 0; i4 < v3.length; i4++) {
      const v5 = v3[i4];
      { const violation = checkShared2(v5); if (violation) return within("/conversationIds/" + i4, violation); }
    }
    { const pair = duplicateScalar(v3, (item) => typeof item === "string"); if (pair) return fail("/conversationIds", "uniqueItems", `must NOT have duplicate items (items ## ${pair[0]} and ${pair[1]} are identical)`); }
  }
  {
    const violation =
      property(value, "createdAt", checkTimestamp) ??
      property(value, "updatedAt", checkTimestamp) ??
      property(value, "resolvedAt", checkNullableTimestamp);
    if (violation) return violation;
  }
  return undefined;
}

/** #/definitions/IssueLink */
function checkIssueLink(value) {
  if (!(isObject(value))) return typeError("", "object");
  { const missing = firstMissing(value, REQUIRED_12); if (missing !== undefined) return missingError("", missing); }
  {
    const violation =
      property(value, "conversationId", checkShared2) ??
      property(value, "linkedAt", checkTimestamp);
    if (violation) return violation;
  }
  return undefined;
}

/** #/definitions/KnowledgeSource */
function checkKnowledgeSource(value) {
  if (!(isObject(value))) return typeError("", "object");
  { const missing = firstMissing(value, REQUIRED_13); if (missing !== undefined) return missingError("", missing); }
  const v1 = value["object"];
  if (v1 !== undefined) {
    if (!(typeof v1 === "string")) return typeError("/object", "string");
    if (v1 !== "source") return fail("/object", "const", "must be equal to constant: \"source\"");
  }
  {
    const violation =
      property(value, "id", checkShared2) ??
      property(value, "name", checkShared15) ??
      property(value, "kind", checkShared6) ??
      property(value, "origin", checkShared9) ??
      property(value, "coverage", checkCoverage) ??
      property(value, "lastScan", checkScanResult) ??
      property(value, "createdAt", checkTimestamp) ??
      property(value, "updatedAt", checkTimestamp);
    if (violation) return violation;
  }
  return undefined;
}

/** #/definitions/Coverage */
function checkCoverage(value) {
  if (!(isObject(value))) return typeError("", "object");
  { const missing = firstMissing(value, REQUIRED_14); if (missing !== undefined) return missingError("", missing); }
  {
    const violation =
      property(value, "endpoints", checkShared16) ??
      property(value, "documents", checkShared16) ??
      property(value, "chunks", checkShared16) ??
      property(value, "partial", checkShared14);
    if (violation) return violation;
  }
  return undefined;
}

/** #/definitions/ScanResult */
function checkScanResult(value) {
  if (!(isObject(value) || value === null)) return typeError("", "object,null");
  if (isObject(value)) {
    { const missing = firstMissing(value, REQUIRED_15); if (missing !== undefined) return missingError("", missing); }
    const v1 = value["object"];
    if (v1 !== undefined) {
      if (!(typeof v1 === "string")) return typeError("/object", "string");
      if (v1 !== "scan") return fail("/object", "const", "must be equal to constant: \"scan\"");
    }
    {
      const violation =
        property(value, "id", checkShared2) ??
        property(value, "outcome", checkShared6) ??
        property(value, "contentChanged", checkShared14) ??
        property(value, "authDetected", checkShared14);
      if (violation) return violation;
    }
    const v2 = value["counts"];
    if (v2 !== undefined) {
      if (!(isObject(v2))) return typeError("/counts", "object");
      { const missing = firstMissing(v2, REQUIRED_16); if (missing !== undefined) return missingError("/counts", missing); }
      {
        const violation =
          property(v2, "endpoints", checkShared16) ??
          property(v2, "documents", checkShared16) ??
          property(v2, "chunks", checkShared16);
        if (violation) return within("/counts", violation);
      }
    }
    {
      const violation =
        property(value, "skippedItems", checkShared16);
      if (violation) return violation;
    }
    const v3 = value["errors"];
    if (v3 !== undefined) {
      if (!(Array.isArray(v3))) return typeError("/errors", "array");
      if (v3.length > 50) return fail("/errors", "maxItems", "must NOT have more than 50 items");
      for (let i4 = 0; i4 < v3.length; i4++) {
        const v5 = v3[i4];
        { const violation = checkScanError(v5); if (violation) return within("/errors/" + i4, violation); }
      }
    }
    {
      const violation =
        property(value, "startedAt", checkTimestamp) ??
        property(value, "finishedAt", checkTimestamp);
      if (violation) return violation;
    }
  }
  return undefined;
}

/** #/definitions/ScanError */
function checkScanError(value) {
  if (!(isObject(value))) return typeError("", "object");
  { const missing = firstMissing(value, REQUIRED_17); if (missing !== undefined) return missingError("", missing); }
  const v1 = value["code"];
  if (v1 !== undefined) {
    if (!(typeof v1 === "string")) return typeError("/code", "string");
    if (!PATTERN_4.test(v1)) return fail("/code", "pattern", "must match pattern \"^[a-z][a-z0-9_]*$\"");
  }
  {
    const violation =
      property(value, "message", checkShared6) ??
      property(value, "location", checkShared9);
    if (violation) return violation;
  }
  return undefined;
}

/** #/definitions/AgentAnswer */
function checkAgentAnswer(value) {
  if (!(isObject(value))) return typeError("", "object");
  { const missing = firstMissing(value, REQUIRED_18); if (missing !== undefined) return missingError("", missing); }
  const v1 = value["object"];
  if (v1 !== undefined) {
    if (!(typeof v1 === "string")) return typeError("/object", "string");
    if (v1 !== "agent_answer") return fail("/object", "const", "must be equal to constant: \"agent_answer\"");
  }
  {
    const violation =
      property(value, "id", checkShared2) ??
      property(value, "conversationId", checkShared2) ??
      property(value, "messageId", checkShared11) ??
      property(value, "agentId", checkShared2) ??
      property(value, "outcome", checkShared6) ??
      property(value, "confidence", checkConfidence);
    if (violation) return violation;
  }
  const v2 = value["citations"];
  if (v2 !== undefined) {
    if (!(Array.isArray(v2))) return typeError("/citations", "array");
    for (let i3 = 0; i3 < v2.length; i3++) {
      const v4 = v2[i3];
      { const violation = checkCitation(v4); if (violation) return within("/citations/" + i3, violation); }
    }
  }
  {
    const violation =
      property(value, "createdAt", checkTimestamp);
    if (violation) return violation;
  }
  return undefined;
}

/** #/definitions/Confidence */
function checkConfidence(value) {
  if (!(isObject(value))) return typeError("", "object");
  { const missing = firstMissing(value, REQUIRED_19); if (missing !== undefined) return missingError("", missing); }
  {
    const violation =
      property(value, "score", checkShared17) ??
      property(value, "threshold", checkShared17) ??
      property(value, "level", checkShared6);
    if (violation) return violation;
  }
  return undefined;
}

/** #/definitions/Citation */
function checkCitation(value) {
  if (!(isObject(value))) return typeError("", "object");
  { const missing = firstMissing(value, REQUIRED_20); if (missing !== undefined) return missingError("", missing); }
  {
    const violation =
      property(value, "sourceId", checkShared2) ??
      property(value, "title", checkShared6);
    if (violation) return violation;
  }
  const v1 = value["url"];
  if (v1 !== undefined) {
    if (!(typeof v1 === "string" || v1 === null)) return typeError("/url", "string,null");
    if (typeof v1 === "string") {
      if (!FORMATS["uri"](v1)) return formatError("/url", "uri");
    }
  }
  {
    const violation =
      property(value, "excerpt", checkShared10);
    if (violation) return violation;
  }
  return undefined;
}

/** #/definitions/Handoff */
function checkHandoff(value) {
  if (!(isObject(value))) return typeError("", "object");
  { const missing = firstMissing(value, REQUIRED_21); if (missing !== undefined) return missingError("", missing); }
  const v1 = value["object"];
  if (v1 !== undefined) {
    if (!(typeof v1 === "string")) return typeError("/object", "string");
    if (v1 !== "handoff") return fail("/object", "const", "must be equal to constant: \"handoff\"");
  }
  {
    const violation =
      property(value, "id", checkShared2) ??
      property(value, "conversationId", checkShared2) ??
      property(value, "agentId", checkShared11) ??
      property(value, "reason", checkShared6) ??
      property(value, "status", checkShared6) ??
      property(value, "note", checkShared10) ??
      property(value, "operatorId", checkShared11) ??
      property(value, "requestedAt", checkTimestamp) ??
      property(value, "acceptedAt", checkNullableTimestamp);
    if (violation) return violation;
  }
  return undefined;
}

/** #/definitions/WebhookTest */
function checkWebhookTest(value) {
  if (!(isObject(value))) return typeError("", "object");
  { const missing = firstMissing(value, REQUIRED_22); if (missing !== undefined) return missingError("", missing); }
  const v1 = value["object"];
  if (v1 !== undefined) {
    if (!(typeof v1 === "string")) return typeError("/object", "string");
    if (v1 !== "webhook_test") return fail("/object", "const", "must be equal to constant: \"webhook_test\"");
  }
  {
    const violation =
      property(value, "endpointId", checkShared2) ??
      property(value, "message", checkShared6);
    if (violation) return violation;
  }
  return undefined;
}

/** The `conversation.created` event. */
function checkConversationCreatedEvent(value) {
  if (!(isObject(value))) return typeError("", "object");
  { const missing = firstMissing(value, REQUIRED_1); if (missing !== undefined) return missingError("", missing); }
  {
    const violation =
      property(value, "object", checkShared1) ??
      property(value, "id", checkShared2);
    if (violation) return violation;
  }
  const v1 = value["type"];
  if (v1 !== undefined) {
    if (!(typeof v1 === "string")) return typeError("/type", "string");
    if (v1 !== "conversation.created") return fail("/type", "const", "must be equal to constant: \"conversation.created\"");
  }
  {
    const violation =
      property(value, "apiVersion", checkShared3) ??
      property(value, "occurredAt", checkTimestamp) ??
      property(value, "workspaceId", checkShared2) ??
      property(value, "resource", checkResourceRef) ??
      property(value, "sequence", checkShared4) ??
      property(value, "actor", checkActor) ??
      property(value, "data", checkConversation);
    if (violation) return violation;
  }
  return undefined;
}

/** The `conversation.updated` event. */
function checkConversationUpdatedEvent(value) {
  if (!(isObject(value))) return typeError("", "object");
  { const missing = firstMissing(value, REQUIRED_23); if (missing !== undefined) return missingError("", missing); }
  {
    const violation =
      property(value, "object", checkShared1) ??
      property(value, "id", checkShared2);
    if (violation) return violation;
  }
  const v1 = value["type"];
  if (v1 !== undefined) {
    if (!(typeof v1 === "string")) return typeError("/type", "string");
    if (v1 !== "conversation.updated") return fail("/type", "const", "must be equal to constant: \"conversation.updated\"");
  }
  {
    const violation =
      property(value, "apiVersion", checkShared3) ??
      property(value, "occurredAt", checkTimestamp) ??
      property(value, "workspaceId", checkShared2) ??
      property(value, "resource", checkResourceRef) ??
      property(value, "sequence", checkShared4) ??
      property(value, "actor", checkActor) ??
      property(value, "changes", checkChanges) ??
      property(value, "data", checkConversation);
    if (violation) return violation;
  }
  return undefined;
}

/** The `conversation.assigned` event. */
function checkConversationAssignedEvent(value) {
  if (!(isObject(value))) return typeError("", "object");
  { const missing = firstMissing(value, REQUIRED_23); if (missing !== undefined) return missingError("", missing); }
  {
    const violation =
      property(value, "object", checkShared1) ??
      property(value, "id", checkShared2);
    if (violation) return violation;
  }
  const v1 = value["type"];
  if (v1 !== undefined) {
    if (!(typeof v1 === "string")) return typeError("/type", "string");
    if (v1 !== "conversation.assigned") return fail("/type", "const", "must be equal to constant: \"conversation.assigned\"");
  }
  {
    const violation =
      property(value, "apiVersion", checkShared3) ??
      property(value, "occurredAt", checkTimestamp) ??
      property(value, "workspaceId", checkShared2) ??
      property(value, "resource", checkResourceRef) ??
      property(value, "sequence", checkShared4) ??
      property(value, "actor", checkActor) ??
      property(value, "changes", checkChanges) ??
      property(value, "data", checkConversation);
    if (violation) return violation;
  }
  return undefined;
}

/** The `conversation.handed_off` event. */
function checkConversationHandedOffEvent(value) {
  if (!(isObject(value))) return typeError("", "object");
  { const missing = firstMissing(value, REQUIRED_24); if (missing !== undefined) return missingError("", missing); }
  {
    const violation =
      property(value, "object", checkShared1) ??
      property(value, "id", checkShared2);
    if (violation) return violation;
  }
  const v1 = value["type"];
  if (v1 !== undefined) {
    if (!(typeof v1 === "string")) return typeError("/type", "string");
    if (v1 !== "conversation.handed_off") return fail("/type", "const", "must be equal to constant: \"conversation.handed_off\"");
  }
  {
    const violation =
      property(value, "apiVersion", checkShared3) ??
      property(value, "occurredAt", checkTimestamp) ??
      property(value, "workspaceId", checkShared2) ??
      property(value, "resource", checkResourceRef) ??
      property(value, "sequence", checkShared4) ??
      property(value, "actor", checkActor) ??
      property(value, "handoff", checkHandoff) ??
      property(value, "data", checkConversation);
    if (violation) return violation;
  }
  return undefined;
}

/** The `conversation.resolved` event. */
function checkConversationResolvedEvent(value) {
  if (!(isObject(value))) return typeError("", "object");
  { const missing = firstMissing(value, REQUIRED_23); if (missing !== undefined) return missingError("", missing); }
  {
    const violation =
      property(value, "object", checkShared1) ??
      property(value, "id", checkShared2);
    if (violation) return violation;
  }
  const v1 = value["type"];
  if (v1 !== undefined) {
    if (!(typeof v1 === "string")) return typeError("/type", "string");
    if (v1 !== "conversation.resolved") return fail("/type", "const", "must be equal to constant: \"conversation.resolved\"");
  }
  {
    const violation =
      property(value, "apiVersion", checkShared3) ??
      property(value, "occurredAt", checkTimestamp) ??
      property(value, "workspaceId", checkShared2) ??
      property(value, "resource", checkResourceRef) ??
      property(value, "sequence", checkShared4) ??
      property(value, "actor", checkActor) ??
      property(value, "changes", checkChanges) ??
      property(value, "data", checkConversation);
    if (violation) return violation;
  }
  return undefined;
}

/** The `message.created` event. */
function checkMessageCreatedEvent(value) {
  if (!(isObject(value))) return typeError("", "object");
  { const missing = firstMissing(value, REQUIRED_1); if (missing !== undefined) return missingError("", missing); }
  {
    const violation =
      property(value, "object", checkShared1) ??
      property(value, "id", checkShared2);
    if (violation) return violation;
  }
  const v1 = value["type"];
  if (v1 !== undefined) {
    if (!(typeof v1 === "string")) return typeError("/type", "string");
    if (v1 !== "message.created") return fail("/type", "const", "must be equal to constant: \"message.created\"");
  }
  {
    const violation =
      property(value, "apiVersion", checkShared3) ??
      property(value, "occurredAt", checkTimestamp) ??
      property(value, "workspaceId", checkShared2) ??
      property(value, "resource", checkResourceRef) ??
      property(value, "sequence", checkShared4) ??
      property(value, "actor", checkActor) ??
      property(value, "data", checkMessage);
    if (violation) return violation;
  }
  return undefined;
}

/** The `customer.created` event. */
function checkCustomerCreatedEvent(value) {
  if (!(isObject(value))) return typeError("", "object");
  { const missing = firstMissing(value, REQUIRED_1); if (missing !== undefined) return missingError("", missing); }
  {
    const violation =
      property(value, "object", checkShared1) ??
      property(value, "id", checkShared2);
    if (violation) return violation;
  }
  const v1 = value["type"];
  if (v1 !== undefined) {
    if (!(typeof v1 === "string")) return typeError("/type", "string");
    if (v1 !== "customer.created") return fail("/type", "const", "must be equal to constant: \"customer.created\"");
  }
  {
    const violation =
      property(value, "apiVersion", checkShared3) ??
      property(value, "occurredAt", checkTimestamp) ??
      property(value, "workspaceId", checkShared2) ??
      property(value, "resource", checkResourceRef) ??
      property(value, "sequence", checkShared4) ??
      property(value, "actor", checkActor) ??
      property(value, "data", checkCustomer);
    if (violation) return violation;
  }
  return undefined;
}

/** The `customer.updated` event. */
function checkCustomerUpdatedEvent(value) {
  if (!(isObject(value))) return typeError("", "object");
  { const missing = firstMissing(value, REQUIRED_23); if (missing !== undefined) return missingError("", missing); }
  {
    const violation =
      property(value, "object", checkShared1) ??
      property(value, "id", checkShared2);
    if (violation) return violation;
  }
  const v1 = value["type"];
  if (v1 !== undefined) {
    if (!(typeof v1 === "string")) return typeError("/type", "string");
    if (v1 !== "customer.updated") return fail("/type", "const", "must be equal to constant: \"customer.updated\"");
  }
  {
    const violation =
      property(value, "apiVersion", checkShared3) ??
      property(value, "occurredAt", checkTimestamp) ??
      property(value, "workspaceId", checkShared2) ??
      property(value, "resource", checkResourceRef) ??
      property(value, "sequence", checkShared4) ??
      property(value, "actor", checkActor) ??
      property(value, "changes", checkChanges) ??
      property(value, "data", checkCustomer);
    if (violation) return violation;
  }
  return undefined;
}

/** The `customer.identity_linked` event. */
function checkCustomerIdentityLinkedEvent(value) {
  if (!(isObject(value))) return typeError("", "object");
  { const missing = firstMissing(value, REQUIRED_25); if (missing !== undefined) return missingError("", missing); }
  {
    const violation =
      property(value, "object", checkShared1) ??
      property(value, "id", checkShared2);
    if (violation) return violation;
  }
  const v1 = value["type"];
  if (v1 !== undefined) {
    if (!(typeof v1 === "string")) return typeError("/type", "string");
    if (v1 !== "customer.identity_linked") return fail("/type", "const", "must be equal to constant: \"customer.identity_linked\"");
  }
  {
    const violation =
      property(value, "apiVersion", checkShared3) ??
      property(value, "occurredAt", checkTimestamp) ??
      property(value, "workspaceId", checkShared2) ??
      property(value, "resource", checkResourceRef) ??
      property(value, "sequence", checkShared4) ??
      property(value, "actor", checkActor) ??
      property(value, "identity", checkChannelIdentity) ??
      property(value, "data", checkCustomer);
    if (violation) return violation;
  }
  return undefined;
}

/** The `issue.created` event. */
function checkIssueCreatedEvent(value) {
  if (!(isObject(value))) return typeError("", "object");
  { const missing = firstMissing(value, REQUIRED_1); if (missing !== undefined) return missingError("", missing); }
  {
    const violation =
      property(value, "object", checkShared1) ??
      property(value, "id", checkShared2);
    if (violation) return violation;
  }
  const v1 = value["type"];
  if (v1 !== undefined) {
    if (!(typeof v1 === "string")) return typeError("/type", "string");
    if (v1 !== "issue.created") return fail("/type", "const", "must be equal to constant: \"issue.created\"");
  }
  {
    const violation =
      property(value, "apiVersion", checkShared3) ??
      property(value, "occurredAt", checkTimestamp) ??
      property(value, "workspaceId", checkShared2) ??
      property(value, "resource", checkResourceRef) ??
      property(value, "sequence", checkShared4) ??
      property(value, "actor", checkActor) ??
      property(value, "data", checkIssue);
    if (violation) return violation;
  }
  return undefined;
}

/** The `issue.updated` event. */
function checkIssueUpdatedEvent(value) {
  if (!(isObject(value))) return typeError("", "object");
  { const missing = firstMissing(value, REQUIRED_23); if (missing !== undefined) return missingError("", missing); }
  {
    const violation =
      property(value, "object", checkShared1) ??
      property(value, "id", checkShared2);
    if (violation) return violation;
  }
  const v1 = value["type"];
  if (v1 !== undefined) {
    if (!(typeof v1 === "string")) return typeError("/type", "string");
    if (v1 !== "issue.updated") return fail("/type", "const", "must be equal to constant: \"issue.updated\"");
  }
  {
    const violation =
      property(value, "apiVersion", checkShared3) ??
      property(value, "occurredAt", checkTimestamp) ??
      property(value, "workspaceId", checkShared2) ??
      property(value, "resource", checkResourceRef) ??
      property(value, "sequence", checkShared4) ??
      property(value, "actor", checkActor) ??
      property(value, "changes", checkChanges) ??
      property(value, "data", checkIssue);
    if (violation) return violation;
  }
  return undefined;
}

/** The `issue.linked` event. */
function checkIssueLinkedEvent(value) {
  if (!(isObject(value))) return typeError("", "object");
  { const missing = firstMissing(value, REQUIRED_26); if (missing !== undefined) return missingError("", missing); }
  {
    const violation =
      property(value, "object", checkShared1) ??
      property(value, "id", checkShared2);
    if (violation) return violation;
  }
  const v1 = value["type"];
  if (v1 !== undefined) {
    if (!(typeof v1 === "string")) return typeError("/type", "string");
    if (v1 !== "issue.linked") return fail("/type", "const", "must be equal to constant: \"issue.linked\"");
  }
  {
    const violation =
      property(value, "apiVersion", checkShared3) ??
      property(value, "occurredAt", checkTimestamp) ??
      property(value, "workspaceId", checkShared2) ??
      property(value, "resource", checkResourceRef) ??
      property(value, "sequence", checkShared4) ??
      property(value, "actor", checkActor) ??
      property(value, "link", checkIssueLink) ??
      property(value, "data", checkIssue);
    if (violation) return violation;
  }
  return undefined;
}

/** The `issue.resolved` event. */
function checkIssueResolvedEvent(value) {
  if (!(isObject(value))) return typeError("", "object");
  { const missing = firstMissing(value, REQUIRED_23); if (missing !== undefined) return missingError("", missing); }
  {
    const violation =
      property(value, "object", checkShared1) ??
      property(value, "id", checkShared2);
    if (violation) return violation;
  }
  const v1 = value["type"];
  if (v1 !== undefined) {
    if (!(typeof v1 === "string")) return typeError("/type", "string");
    if (v1 !== "issue.resolved") return fail("/type", "const", "must be equal to constant: \"issue.resolved\"");
  }
  {
    const violation =
      property(value, "apiVersion", checkShared3) ??
      property(value, "occurredAt", checkTimestamp) ??
      property(value, "workspaceId", checkShared2) ??
      property(value, "resource", checkResourceRef) ??
      property(value, "sequence", checkShared4) ??
      property(value, "actor", checkActor) ??
      property(value, "changes", checkChanges) ??
      property(value, "data", checkIssue);
    if (violation) return violation;
  }
  return undefined;
}

/** The `knowledge.scan_completed` event. */
function checkKnowledgeScanCompletedEvent(value) {
  if (!(isObject(value))) return typeError("", "object");
  { const missing = firstMissing(value, REQUIRED_1); if (missing !== undefined) return missingError("", missing); }
  {
    const violation =
      property(value, "object", checkShared1) ??
      property(value, "id", checkShared2);
    if (violation) return violation;
  }
  const v1 = value["type"];
  if (v1 !== undefined) {
    if (!(typeof v1 === "string")) return typeError("/type", "string");
    if (v1 !== "knowledge.scan_completed") return fail("/type", "const", "must be equal to constant: \"knowledge.scan_completed\"");
  }
  {
    const violation =
      property(value, "apiVersion", checkShared3) ??
      property(value, "occurredAt", checkTimestamp) ??
      property(value, "workspaceId", checkShared2) ??
      property(value, "resource", checkResourceRef) ??
      property(value, "sequence", checkShared4) ??
      property(value, "actor", checkActor) ??
      property(value, "data", checkKnowledgeSource);
    if (violation) return violation;
  }
  return undefined;
}

/** The `knowledge.scan_failed` event. */
function checkKnowledgeScanFailedEvent(value) {
  if (!(isObject(value))) return typeError("", "object");
  { const missing = firstMissing(value, REQUIRED_1); if (missing !== undefined) return missingError("", missing); }
  {
    const violation =
      property(value, "object", checkShared1) ??
      property(value, "id", checkShared2);
    if (violation) return violation;
  }
  const v1 = value["type"];
  if (v1 !== undefined) {
    if (!(typeof v1 === "string")) return typeError("/type", "string");
    if (v1 !== "knowledge.scan_failed") return fail("/type", "const", "must be equal to constant: \"knowledge.scan_failed\"");
  }
  {
    const violation =
      property(value, "apiVersion", checkShared3) ??
      property(value, "occurredAt", checkTimestamp) ??
      property(value, "workspaceId", checkShared2) ??
      property(value, "resource", checkResourceRef) ??
      property(value, "sequence", checkShared4) ??
      property(value, "actor", checkActor) ??
      property(value, "data", checkKnowledgeSource);
    if (violation) return violation;
  }
  return undefined;
}

/** The `knowledge.coverage_changed` event. */
function checkKnowledgeCoverageChangedEvent(value) {
  if (!(isObject(value))) return typeError("", "object");
  { const missing = firstMissing(value, REQUIRED_23); if (missing !== undefined) return missingError("", missing); }
  {
    const violation =
      property(value, "object", checkShared1) ??
      property(value, "id", checkShared2);
    if (violation) return violation;
  }
  const v1 = value["type"];
  if (v1 !== undefined) {
    if (!(typeof v1 === "string")) return typeError("/type", "string");
    if (v1 !== "knowledge.coverage_changed") return fail("/type", "const", "must be equal to constant: \"knowledge.coverage_changed\"");
  }
  {
    const violation =
      property(value, "apiVersion", checkShared3) ??
      property(value, "occurredAt", checkTimestamp) ??
      property(value, "workspaceId", checkShared2) ??
      property(value, "resource", checkResourceRef) ??
      property(value, "sequence", checkShared4) ??
      property(value, "actor", checkActor) ??
      property(value, "changes", checkChanges) ??
      property(value, "data", checkKnowledgeSource);
    if (violation) return violation;
  }
  return undefined;
}

/** The `agent.answer_created` event. */
function checkAgentAnswerCreatedEvent(value) {
  if (!(isObject(value))) return typeError("", "object");
  { const missing = firstMissing(value, REQUIRED_1); if (missing !== undefined) return missingError("", missing); }
  {
    const violation =
      property(value, "object", checkShared1) ??
      property(value, "id", checkShared2);
    if (violation) return violation;
  }
  const v1 = value["type"];
  if (v1 !== undefined) {
    if (!(typeof v1 === "string")) return typeError("/type", "string");
    if (v1 !== "agent.answer_created") return fail("/type", "const", "must be equal to constant: \"agent.answer_created\"");
  }
  {
    const violation =
      property(value, "apiVersion", checkShared3) ??
      property(value, "occurredAt", checkTimestamp) ??
      property(value, "workspaceId", checkShared2) ??
      property(value, "resource", checkResourceRef) ??
      property(value, "sequence", checkShared4) ??
      property(value, "actor", checkActor) ??
      property(value, "data", checkAgentAnswer);
    if (violation) return violation;
  }
  return undefined;
}

/** The `agent.handoff_requested` event. */
function checkAgentHandoffRequestedEvent(value) {
  if (!(isObject(value))) return typeError("", "object");
  { const missing = firstMissing(value, REQUIRED_1); if (missing !== undefined) return missingError("", missing); }
  {
    const violation =
      property(value, "object", checkShared1) ??
      property(value, "id", checkShared2);
    if (violation) return violation;
  }
  const v1 = value["type"];
  if (v1 !== undefined) {
    if (!(typeof v1 === "string")) return typeError("/type", "string");
    if (v1 !== "agent.handoff_requested") return fail("/type", "const", "must be equal to constant: \"agent.handoff_requested\"");
  }
  {
    const violation =
      property(value, "apiVersion", checkShared3) ??
      property(value, "occurredAt", checkTimestamp) ??
      property(value, "workspaceId", checkShared2) ??
      property(value, "resource", checkResourceRef) ??
      property(value, "sequence", checkShared4) ??
      property(value, "actor", checkActor) ??
      property(value, "data", checkHandoff);
    if (violation) return violation;
  }
  return undefined;
}

/** The `agent.low_confidence_recorded` event. */
function checkAgentLowConfidenceRecordedEvent(value) {
  if (!(isObject(value))) return typeError("", "object");
  { const missing = firstMissing(value, REQUIRED_1); if (missing !== undefined) return missingError("", missing); }
  {
    const violation =
      property(value, "object", checkShared1) ??
      property(value, "id", checkShared2);
    if (violation) return violation;
  }
  const v1 = value["type"];
  if (v1 !== undefined) {
    if (!(typeof v1 === "string")) return typeError("/type", "string");
    if (v1 !== "agent.low_confidence_recorded") return fail("/type", "const", "must be equal to constant: \"agent.low_confidence_recorded\"");
  }
  {
    const violation =
      property(value, "apiVersion", checkShared3) ??
      property(value, "occurredAt", checkTimestamp) ??
      property(value, "workspaceId", checkShared2) ??
      property(value, "resource", checkResourceRef) ??
      property(value, "sequence", checkShared4) ??
      property(value, "actor", checkActor) ??
      property(value, "data", checkAgentAnswer);
    if (violation) return violation;
  }
  return undefined;
}

/** The `webhook.test` event. */
function checkWebhookTestEvent(value) {
  if (!(isObject(value))) return typeError("", "object");
  { const missing = firstMissing(value, REQUIRED_1); if (missing !== undefined) return missingError("", missing); }
  {
    const violation =
      property(value, "object", checkShared1) ??
      property(value, "id", checkShared2);
    if (violation) return violation;
  }
  const v1 = value["type"];
  if (v1 !== undefined) {
    if (!(typeof v1 === "string")) return typeError("/type", "string");
    if (v1 !== "webhook.test") return fail("/type", "const", "must be equal to constant: \"webhook.test\"");
  }
  {
    const violation =
      property(value, "apiVersion", checkShared3) ??
      property(value, "occurredAt", checkTimestamp) ??
      property(value, "workspaceId", checkShared2) ??
      property(value, "resource", checkResourceRef) ??
      property(value, "sequence", checkShared4) ??
      property(value, "actor", checkActor) ??
      property(value, "data", checkWebhookTest);
    if (violation) return violation;
  }
  return undefined;
}

/** The validator of each event type. */
export const byType = /* @__PURE__ */ Object.freeze({
  "conversation.created": checkConversationCreatedEvent,
  "conversation.updated": checkConversationUpdatedEvent,
  "conversation.assigned": checkConversationAssignedEvent,
  "conversation.handed_off": checkConversationHandedOffEvent,
  "conversation.resolved": checkConversationResolvedEvent,
  "message.created": checkMessageCreatedEvent,
  "customer.created": checkCustomerCreatedEvent,
  "customer.updated": checkCustomerUpdatedEvent,
  "customer.identity_linked": checkCustomerIdentityLinkedEvent,
  "issue.created": checkIssueCreatedEvent,
  "issue.updated": checkIssueUpdatedEvent,
  "issue.linked": checkIssueLinkedEvent,
  "issue.resolved": checkIssueResolvedEvent,
  "knowledge.scan_completed": checkKnowledgeScanCompletedEvent,
  "knowledge.scan_failed": checkKnowledgeScanFailedEvent,
  "knowledge.coverage_changed": checkKnowledgeCoverageChangedEvent,
  "agent.answer_created": checkAgentAnswerCreatedEvent,
  "agent.handoff_requested": checkAgentHandoffRequestedEvent,
  "agent.low_confidence_recorded": checkAgentLowConfidenceRecordedEvent,
  "webhook.test": checkWebhookTestEvent,
});

/** The envelope every event shares, for event types this version does not know. */
export const envelope = checkEventEnvelope;

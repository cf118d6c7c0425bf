// Generated from asyncapi.yaml by `npm run generate`. Do not edit: change asyncapi.yaml and regenerate.
// Receiver-mode validators (tools/derive/build-receiver-validators.ts): each returns the first
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

const PATTERN_1 = /* @__PURE__ */ new RegExp("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z$", "u");
const PATTERN_2 = /* @__PURE__ */ new RegExp("^[a-z][a-z0-9_]*\\.[a-z][a-z0-9_]*$", "u");
const PATTERN_3 = /* @__PURE__ */ new RegExp("^(/[A-Za-z0-9_]+)+$", "u");
const PATTERN_4 = /* @__PURE__ */ new RegExp("^[A-Z][A-Z0-9]*-[0-9]+$", "u");
const PATTERN_5 = /* @__PURE__ */ new RegExp("^[a-z][a-z0-9_]*$", "u");
const PATTERN_6 = /* @__PURE__ */ new RegExp("^[a-z][a-z0-9_]{0,63}$", "u");
const REQUIRED_1 = ["object","id","type","apiVersion","occurredAt","workspaceId","resource","sequence","actor","data"];
const REQUIRED_2 = ["object","id"];
const REQUIRED_3 = ["type","id"];
const REQUIRED_4 = ["fields","previous"];
const REQUIRED_5 = ["object","id","channel","status","waitingOn","priority","subject","preview","handledBy","agentId","assignee","tags","customer","createdAt","updatedAt","lastMessageAt","closedAt","snoozedUntil","archivedAt","customFields"];
const REQUIRED_6 = ["id","name","email","company","identitySource"];
const REQUIRED_7 = ["object","id","conversationId","channel","author","role","body","attachments","agentAnswerId","createdAt"];
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
const REQUIRED_18 = ["object","id","conversationId","messageId","customerMessage","agentId","outcome","confidence","citations","createdAt"];
const REQUIRED_19 = ["score","threshold","level"];
const REQUIRED_20 = ["sourceId","title","url","excerpt"];
const REQUIRED_21 = ["object","id","conversationId","agentId","reason","status","note","operatorId","requestedAt","acceptedAt"];
const REQUIRED_22 = ["object","endpointId","message"];
const REQUIRED_23 = ["object","id","deleted","reason","deletedAt"];
const REQUIRED_24 = ["object","id","deleted","reason","customerId","channel","deletedAt"];
const REQUIRED_25 = ["absorbedIds","reason","mergedAt"];
const REQUIRED_26 = ["object","id","conversationId","customerId","score","comment","requestedAt","respondedAt"];
const REQUIRED_27 = ["object","id","conversationId","policyId","target","status","startedAt","dueAt","completedAt"];
const REQUIRED_28 = ["resolvedBy","humanInvolved","handedOff","reopenCount","firstResponseSeconds","resolutionSeconds"];
const REQUIRED_29 = ["id","excerpt"];
const REQUIRED_30 = ["id","name","contentType","size"];
const REQUIRED_31 = ["status","waitingOn","handledBy","assignee","priority"];
const REQUIRED_32 = ["object","id","type","apiVersion","occurredAt","workspaceId","resource","sequence","actor","data","changes"];
const REQUIRED_33 = ["object","id","type","apiVersion","occurredAt","workspaceId","resource","sequence","actor","data","handoff"];
const REQUIRED_34 = ["object","id","type","apiVersion","occurredAt","workspaceId","resource","sequence","actor","data","changes","resolution"];
const REQUIRED_35 = ["object","id","type","apiVersion","occurredAt","workspaceId","resource","sequence","actor","data","conversation"];
const REQUIRED_36 = ["object","id","type","apiVersion","occurredAt","workspaceId","resource","sequence","actor","data","identity"];
const REQUIRED_37 = ["object","id","type","apiVersion","occurredAt","workspaceId","resource","sequence","actor","data","link"];
const REQUIRED_38 = ["object","id","type","apiVersion","occurredAt","workspaceId","resource","sequence","actor","data","merge"];

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

/** {"type":"integer","minimum":1,"maximum":9007199254740991} */
function checkShared4(value) {
  if (!(isInteger(value))) return typeError("", "integer");
  if (value > 9007199254740991 || isNaN(value)) return fail("", "maximum", "must be <= 9007199254740991");
  if (value < 1 || isNaN(value)) return fail("", "minimum", "must be >= 1");
  return undefined;
}

/** {"type":"array","minItems":1,"maxItems":10,"uniqueItems":true,"items":{"type":"string","maxLength":100,"pattern":"^(/[A-Za-z0-9_]+)+$"}} */
function checkShared5(value) {
  if (!(Array.isArray(value))) return typeError("", "array");
  if (value.length > 10) return fail("", "maxItems", "must NOT have more than 10 items");
  if (value.length < 1) return fail("", "minItems", "must NOT have fewer than 1 items");
  for (let i1 = 0; i1 < value.length; i1++) {
    const v2 = value[i1];
    { const violation = checkShared6(v2); if (violation) return within("/" + i1, violation); }
  }
  { const pair = duplicateScalar(value, (item) => typeof item === "string"); if (pair) return fail("", "uniqueItems", `must NOT have duplicate items (items ## ${pair[0]} and ${pair[1]} are identical)`); }
  return undefined;
}

/** {"type":"string","maxLength":100,"pattern":"^(/[A-Za-z0-9_]+)+$"} */
function checkShared6(value) {
  if (!(typeof value === "string")) return typeError("", "string");
  if (value.length > 100 && codePoints(value) > 100) return fail("", "maxLength", "must NOT have more than 100 characters");
  if (!PATTERN_3.test(value)) return fail("", "pattern", "must match pattern \"^(/[A-Za-z0-9_]+)+$\"");
  return undefined;
}

/** {"type":"string"} */
function checkShared7(value) {
  if (!(typeof value === "string")) return typeError("", "string");
  return undefined;
}

/** {"type":"string","minLength":1,"maxLength":255} */
function checkShared8(value) {
  if (!(typeof value === "string")) return typeError("", "string");
  if (value.length > 255 && codePoints(value) > 255) return fail("", "maxLength", "must NOT have more than 255 characters");
  if (value.length < 2 && codePoints(value) < 1) return fail("", "minLength", "must NOT have fewer than 1 characters");
  return undefined;
}

/** {"type":["string","null"],"minLength":1,"maxLength":255} */
function checkShared9(value) {
  if (!(typeof value === "string" || value === null)) return typeError("", "string,null");
  if (typeof value === "string") {
    if (value.length > 255 && codePoints(value) > 255) return fail("", "maxLength", "must NOT have more than 255 characters");
    if (value.length < 2 && codePoints(value) < 1) return fail("", "minLength", "must NOT have fewer than 1 characters");
  }
  return undefined;
}

/** {"type":"array","minItems":1,"maxItems":30,"items":{"type":"string","maxLength":64}} */
function checkShared10(value) {
  if (!(Array.isArray(value))) return typeError("", "array");
  if (value.length > 30) return fail("", "maxItems", "must NOT have more than 30 items");
  if (value.length < 1) return fail("", "minItems", "must NOT have fewer than 1 items");
  for (let i1 = 0; i1 < value.length; i1++) {
    const v2 = value[i1];
    { const violation = checkShared11(v2); if (violation) return within("/" + i1, violation); }
  }
  return undefined;
}

/** {"type":"string","maxLength":64} */
function checkShared11(value) {
  if (!(typeof value === "string")) return typeError("", "string");
  if (value.length > 64 && codePoints(value) > 64) return fail("", "maxLength", "must NOT have more than 64 characters");
  return undefined;
}

/** {"type":["string","null"],"maxLength":500} */
function checkShared12(value) {
  if (!(typeof value === "string" || value === null)) return typeError("", "string,null");
  if (typeof value === "string") {
    if (value.length > 500 && codePoints(value) > 500) return fail("", "maxLength", "must NOT have more than 500 characters");
  }
  return undefined;
}

/** {"type":"array","maxItems":50,"items":{"$ref":"#/definitions/Label"}} */
function checkShared13(value) {
  if (!(Array.isArray(value))) return typeError("", "array");
  if (value.length > 50) return fail("", "maxItems", "must NOT have more than 50 items");
  for (let i1 = 0; i1 < value.length; i1++) {
    const v2 = value[i1];
    { const violation = checkLabel(v2); if (violation) return within("/" + i1, violation); }
  }
  return undefined;
}

/** {"type":["string","null"],"maxLength":200} */
function checkShared14(value) {
  if (!(typeof value === "string" || value === null)) return typeError("", "string,null");
  if (typeof value === "string") {
    if (value.length > 200 && codePoints(value) > 200) return fail("", "maxLength", "must NOT have more than 200 characters");
  }
  return undefined;
}

/** {"type":["string","null"],"format":"email","maxLength":254} */
function checkShared15(value) {
  if (!(typeof value === "string" || value === null)) return typeError("", "string,null");
  if (typeof value === "string") {
    if (value.length > 254 && codePoints(value) > 254) return fail("", "maxLength", "must NOT have more than 254 characters");
    if (!FORMATS["email"](value)) return formatError("", "email");
  }
  return undefined;
}

/** {"type":"object","maxProperties":25,"propertyNames":{"maxLength":64},"additionalProperties":{"type":["string","number","boolean","null"],"maxLength":255}} */
function checkShared16(value) {
  if (!(isObject(value))) return typeError("", "object");
  if (Object.keys(value).length > 25) return fail("", "maxProperties", "must NOT have more than 25 properties");
  for (const k1 in value) {
    if (k1.length > 64 && codePoints(k1) > 64) return fail("", "maxLength", "must NOT have more than 64 characters");
  }
  for (const k2 in value) {
    const v3 = value[k2];
    { const violation = checkShared17(v3); if (violation) return within("/" + escapePointer(k2), violation); }
  }
  return undefined;
}

/** {"type":["string","number","boolean","null"],"maxLength":255} */
function checkShared17(value) {
  if (!(typeof value === "string" || isNumber(value) || typeof value === "boolean" || value === null)) return typeError("", "string,number,boolean,null");
  if (typeof value === "string") {
    if (value.length > 255 && codePoints(value) > 255) return fail("", "maxLength", "must NOT have more than 255 characters");
  }
  return undefined;
}

/** {"type":"string","minLength":1,"maxLength":200} */
function checkShared18(value) {
  if (!(typeof value === "string")) return typeError("", "string");
  if (value.length > 200 && codePoints(value) > 200) return fail("", "maxLength", "must NOT have more than 200 characters");
  if (value.length < 2 && codePoints(value) < 1) return fail("", "minLength", "must NOT have fewer than 1 characters");
  return undefined;
}

/** {"type":["string","null"],"maxLength":4000} */
function checkShared19(value) {
  if (!(typeof value === "string" || value === null)) return typeError("", "string,null");
  if (typeof value === "string") {
    if (value.length > 4000 && codePoints(value) > 4000) return fail("", "maxLength", "must NOT have more than 4000 characters");
  }
  return undefined;
}

/** {"type":"array","maxItems":100,"items":{"type":"string","format":"uuid"}} */
function checkShared20(value) {
  if (!(Array.isArray(value))) return typeError("", "array");
  if (value.length > 100) return fail("", "maxItems", "must NOT have more than 100 items");
  for (let i1 = 0; i1 < value.length; i1++) {
    const v2 = value[i1];
    { const violation = checkShared2(v2); if (violation) return within("/" + i1, violation); }
  }
  return undefined;
}

/** {"type":"string","const":"conversation"} */
function checkShared21(value) {
  if (!(typeof value === "string")) return typeError("", "string");
  if (value !== "conversation") return fail("", "const", "must be equal to constant: \"conversation\"");
  return undefined;
}

/** {"type":["string","null"],"format":"uuid"} */
function checkShared22(value) {
  if (!(typeof value === "string" || value === null)) return typeError("", "string,null");
  if (typeof value === "string") {
    if (!FORMATS["uuid"](value)) return formatError("", "uuid");
  }
  return undefined;
}

/** {"type":"string","const":"customer"} */
function checkShared23(value) {
  if (!(typeof value === "string")) return typeError("", "string");
  if (value !== "customer") return fail("", "const", "must be equal to constant: \"customer\"");
  return undefined;
}

/** {"type":"boolean"} */
function checkShared24(value) {
  if (!(typeof value === "boolean")) return typeError("", "boolean");
  return undefined;
}

/** {"type":"integer","minimum":0,"maximum":2147483647} */
function checkShared25(value) {
  if (!(isInteger(value))) return typeError("", "integer");
  if (value > 2147483647 || isNaN(value)) return fail("", "maximum", "must be <= 2147483647");
  if (value < 0 || isNaN(value)) return fail("", "minimum", "must be >= 0");
  return undefined;
}

/** {"type":"string","maxLength":200} */
function checkShared26(value) {
  if (!(typeof value === "string")) return typeError("", "string");
  if (value.length > 200 && codePoints(value) > 200) return fail("", "maxLength", "must NOT have more than 200 characters");
  return undefined;
}

/** {"type":"number","minimum":0,"maximum":1} */
function checkShared27(value) {
  if (!(isNumber(value))) return typeError("", "number");
  if (value > 1 || isNaN(value)) return fail("", "maximum", "must be <= 1");
  if (value < 0 || isNaN(value)) return fail("", "minimum", "must be >= 0");
  return undefined;
}

/** {"type":"string","maxLength":500} */
function checkShared28(value) {
  if (!(typeof value === "string")) return typeError("", "string");
  if (value.length > 500 && codePoints(value) > 500) return fail("", "maxLength", "must NOT have more than 500 characters");
  return undefined;
}

/** {"type":"boolean","const":true} */
function checkShared29(value) {
  if (!(typeof value === "boolean")) return typeError("", "boolean");
  if (value !== true) return fail("", "const", "must be equal to constant: true");
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
      property(value, "truncated", checkShared5);
    if (violation) return violation;
  }
  const v2 = value["data"];
  if (v2 !== undefined) {
    if (!(isObject(v2))) return typeError("/data", "object");
  }
  return undefined;
}

/** #/definitions/ResourceRef */
function checkResourceRef(value) {
  if (!(isObject(value))) return typeError("", "object");
  { const missing = firstMissing(value, REQUIRED_2); if (missing !== undefined) return missingError("", missing); }
  {
    const violation =
      property(value, "object", checkShared7) ??
      property(value, "id", checkShared8);
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
      property(value, "type", checkShared7) ??
      property(value, "id", checkShared9);
    if (violation) return violation;
  }
  return undefined;
}

/** #/definitions/ConversationUpdatedChanges */
function checkConversationUpdatedChanges(value) {
  if (!(isObject(value))) return typeError("", "object");
  { const missing = firstMissing(value, REQUIRED_4); if (missing !== undefined) return missingError("", missing); }
  {
    const violation =
      property(value, "fields", checkShared10);
    if (violation) return violation;
  }
  const v1 = value["previous"];
  if (v1 !== undefined) {
    if (!(isObject(v1))) return typeError("/previous", "object");
    if (Object.keys(v1).length > 30) return fail("/previous", "maxProperties", "must NOT have more than 30 properties");
    {
      const violation =
        property(v1, "status", checkConversationStatus) ??
        property(v1, "waitingOn", checkWaitingOn) ??
        property(v1, "priority", checkLabel) ??
        property(v1, "subject", checkShared12) ??
        property(v1, "tags", checkShared13) ??
        property(v1, "customer", checkCustomerSummary) ??
        property(v1, "closedAt", checkNullableTimestamp) ??
        property(v1, "snoozedUntil", checkNullableTimestamp) ??
        property(v1, "archivedAt", checkNullableTimestamp) ??
        property(v1, "customFields", checkCustomFields);
      if (violation) return within("/previous", violation);
    }
  }
  return undefined;
}

/** #/definitions/ConversationAssignedChanges */
function checkConversationAssignedChanges(value) {
  if (!(isObject(value))) return typeError("", "object");
  { const missing = firstMissing(value, REQUIRED_4); if (missing !== undefined) return missingError("", missing); }
  {
    const violation =
      property(value, "fields", checkShared10);
    if (violation) return violation;
  }
  const v1 = value["previous"];
  if (v1 !== undefined) {
    if (!(isObject(v1))) return typeError("/previous", "object");
    if (Object.keys(v1).length > 30) return fail("/previous", "maxProperties", "must NOT have more than 30 properties");
    {
      const violation =
        property(v1, "assignee", checkAssignee);
      if (violation) return within("/previous", violation);
    }
  }
  return undefined;
}

/** #/definitions/ConversationResolvedChanges */
function checkConversationResolvedChanges(value) {
  if (!(isObject(value))) return typeError("", "object");
  { const missing = firstMissing(value, REQUIRED_4); if (missing !== undefined) return missingError("", missing); }
  {
    const violation =
      property(value, "fields", checkShared10);
    if (violation) return violation;
  }
  const v1 = value["previous"];
  if (v1 !== undefined) {
    if (!(isObject(v1))) return typeError("/previous", "object");
    if (Object.keys(v1).length > 30) return fail("/previous", "maxProperties", "must NOT have more than 30 properties");
    {
      const violation =
        property(v1, "status", checkConversationStatus) ??
        property(v1, "waitingOn", checkWaitingOn) ??
        property(v1, "closedAt", checkNullableTimestamp);
      if (violation) return within("/previous", violation);
    }
  }
  return undefined;
}

/** #/definitions/CustomerUpdatedChanges */
function checkCustomerUpdatedChanges(value) {
  if (!(isObject(value))) return typeError("", "object");
  { const missing = firstMissing(value, REQUIRED_4); if (missing !== undefined) return missingError("", missing); }
  {
    const violation =
      property(value, "fields", checkShared10);
    if (violation) return violation;
  }
  const v1 = value["previous"];
  if (v1 !== undefined) {
    if (!(isObject(v1))) return typeError("/previous", "object");
    if (Object.keys(v1).length > 30) return fail("/previous", "maxProperties", "must NOT have more than 30 properties");
    {
      const violation =
        property(v1, "name", checkShared14) ??
        property(v1, "email", checkShared15) ??
        property(v1, "company", checkShared14) ??
        property(v1, "identitySource", checkIdentitySource) ??
        property(v1, "traits", checkShared16);
      if (violation) return within("/previous", violation);
    }
  }
  return undefined;
}

/** #/definitions/IssueUpdatedChanges */
function checkIssueUpdatedChanges(value) {
  if (!(isObject(value))) return typeError("", "object");
  { const missing = firstMissing(value, REQUIRED_4); if (missing !== undefined) return missingError("", missing); }
  {
    const violation =
      property(value, "fields", checkShared10);
    if (violation) return violation;
  }
  const v1 = value["previous"];
  if (v1 !== undefined) {
    if (!(isObject(v1))) return typeError("/previous", "object");
    if (Object.keys(v1).length > 30) return fail("/previous", "maxProperties", "must NOT have more than 30 properties");
    {
      const violation =
        property(v1, "title", checkShared18) ??
        property(v1, "description", checkShared19) ??
        property(v1, "status", checkLabel) ??
        property(v1, "priority", checkLabel) ??
        property(v1, "tags", checkShared13) ??
        property(v1, "customerId", checkShared9) ??
        property(v1, "account", checkShared14) ??
        property(v1, "conversationIds", checkShared20) ??
        property(v1, "resolvedAt", checkNullableTimestamp);
      if (violation) return within("/previous", violation);
    }
  }
  return undefined;
}

/** #/definitions/IssueResolvedChanges */
function checkIssueResolvedChanges(value) {
  if (!(isObject(value))) return typeError("", "object");
  { const missing = firstMissing(value, REQUIRED_4); if (missing !== undefined) return missingError("", missing); }
  {
    const violation =
      property(value, "fields", checkShared10);
    if (violation) return violation;
  }
  const v1 = value["previous"];
  if (v1 !== undefined) {
    if (!(isObject(v1))) return typeError("/previous", "object");
    if (Object.keys(v1).length > 30) return fail("/previous", "maxProperties", "must NOT have more than 30 properties");
    {
      const violation =
        property(v1, "status", checkLabel) ??
        property(v1, "resolvedAt", checkNullableTimestamp);
      if (violation) return within("/previous", violation);
    }
  }
  return undefined;
}

/** #/definitions/KnowledgeCoverageChangedChanges */
function checkKnowledgeCoverageChangedChanges(value) {
  if (!(isObject(value))) return typeError("", "object");
  { const missing = firstMissing(value, REQUIRED_4); if (missing !== undefined) return missingError("", missing); }
  {
    const violation =
      property(value, "fields", checkShared10);
    if (violation) return violation;
  }
  const v1 = value["previous"];
  if (v1 !== undefined) {
    if (!(isObject(v1))) return typeError("/previous", "object");
    if (Object.keys(v1).length > 30) return fail("/previous", "maxProperties", "must NOT have more than 30 properties");
    {
      const violation =
        property(v1, "coverage", checkCoverage);
      if (violation) return within("/previous", violation);
    }
  }
  return undefined;
}

/** #/definitions/ConversationSlaStatusChangedChanges */
function checkConversationSlaStatusChangedChanges(value) {
  if (!(isObject(value))) return typeError("", "object");
  { const missing = firstMissing(value, REQUIRED_4); if (missing !== undefined) return missingError("", missing); }
  {
    const violation =
      property(value, "fields", checkShared10);
    if (violation) return violation;
  }
  const v1 = value["previous"];
  if (v1 !== undefined) {
    if (!(isObject(v1))) return typeError("/previous", "object");
    if (Object.keys(v1).length > 30) return fail("/previous", "maxProperties", "must NOT have more than 30 properties");
    {
      const violation =
        property(v1, "status", checkSlaStatus) ??
        property(v1, "completedAt", checkNullableTimestamp);
      if (violation) return within("/previous", violation);
    }
  }
  return undefined;
}

/** #/definitions/Conversation */
function checkConversation(value) {
  if (!(isObject(value))) return typeError("", "object");
  { const missing = firstMissing(value, REQUIRED_5); if (missing !== undefined) return missingError("", missing); }
  {
    const violation =
      property(value, "object", checkShared21) ??
      property(value, "id", checkShared2) ??
      property(value, "channel", checkChannel) ??
      property(value, "status", checkConversationStatus) ??
      property(value, "waitingOn", checkWaitingOn) ??
      property(value, "priority", checkLabel) ??
      property(value, "subject", checkShared12) ??
      property(value, "preview", checkShared14) ??
      property(value, "handledBy", checkShared7) ??
      property(value, "agentId", checkShared22) ??
      property(value, "assignee", checkAssignee) ??
      property(value, "tags", checkShared13) ??
      property(value, "customer", checkCustomerSummary) ??
      property(value, "createdAt", checkTimestamp) ??
      property(value, "updatedAt", checkTimestamp) ??
      property(value, "lastMessageAt", checkNullableTimestamp) ??
      property(value, "closedAt", checkNullableTimestamp) ??
      property(value, "snoozedUntil", checkNullableTimestamp) ??
      property(value, "archivedAt", checkNullableTimestamp) ??
      property(value, "customFields", checkCustomFields);
    if (violation) return violation;
  }
  return undefined;
}

/** #/definitions/ConversationStatus */
function checkConversationStatus(value) {
  if (!(typeof value === "string")) return typeError("", "string");
  return undefined;
}

/** #/definitions/WaitingOn */
function checkWaitingOn(value) {
  if (!(typeof value === "string" || value === null)) return typeError("", "string,null");
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
      property(value, "id", checkShared8) ??
      property(value, "name", checkShared14) ??
      property(value, "email", checkShared15) ??
      property(value, "company", checkShared14) ??
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
  const v4 = value["attachments"];
  if (v4 !== undefined) {
    if (!(Array.isArray(v4))) return typeError("/attachments", "array");
    if (v4.length > 10) return fail("/attachments", "maxItems", "must NOT have more than 10 items");
    for (let i5 = 0; i5 < v4.length; i5++) {
      const v6 = v4[i5];
      { const violation = checkAttachment(v6); if (violation) return within("/attachments/" + i5, violation); }
    }
  }
  {
    const violation =
      property(value, "agentAnswerId", checkShared22) ??
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
      property(value, "type", checkShared7) ??
      property(value, "id", checkShared8) ??
      property(value, "name", checkShared14);
    if (violation) return violation;
  }
  return undefined;
}

/** #/definitions/Customer */
function checkCustomer(value) {
  if (!(isObject(value))) return typeError("", "object");
  { const missing = firstMissing(value, REQUIRED_9); if (missing !== undefined) return missingError("", missing); }
  {
    const violation =
      property(value, "object", checkShared23) ??
      property(value, "id", checkShared8) ??
      property(value, "name", checkShared14) ??
      property(value, "email", checkShared15) ??
      property(value, "company", checkShared14) ??
      property(value, "identitySource", checkIdentitySource) ??
      property(value, "traits", checkShared16);
    if (violation) return violation;
  }
  const v1 = value["identities"];
  if (v1 !== undefined) {
    if (!(Array.isArray(v1))) return typeError("/identities", "array");
    if (v1.length > 20) return fail("/identities", "maxItems", "must NOT have more than 20 items");
    for (let i2 = 0; i2 < v1.length; i2++) {
      const v3 = v1[i2];
      { const violation = checkChannelIdentity(v3); if (violation) return within("/identities/" + i2, violation); }
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
      property(value, "kind", checkShared7) ??
      property(value, "verified", checkShared24) ??
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
    if (v2.length > 32 && codePoints(v2) > 32) return fail("/reference", "maxLength", "must NOT have more than 32 characters");
    if (!PATTERN_4.test(v2)) return fail("/reference", "pattern", "must match pattern \"^[A-Z][A-Z0-9]*-[0-9]+$\"");
  }
  {
    const violation =
      property(value, "title", checkShared18) ??
      property(value, "description", checkShared19) ??
      property(value, "status", checkLabel) ??
      property(value, "priority", checkLabel) ??
      property(value, "tags", checkShared13) ??
      property(value, "customerId", checkShared9) ??
      property(value, "account", checkShared14) ??
      property(value, "conversationIds", checkShared20) ??
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
      property(value, "name", checkShared18) ??
      property(value, "kind", checkShared7);
    if (violation) return violation;
  }
  const v2 = value["origin"];
  if (v2 !== undefined) {
    if (!(typeof v2 === "string" || v2 === null)) return typeError("/origin", "string,null");
    if (typeof v2 === "string") {
      if (v2.length > 2048 && codePoints(v2) > 2048) return fail("/origin", "maxLength", "must NOT have more than 2048 characters");
    }
  }
  {
    const violation =
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
      property(value, "endpoints", checkShared25) ??
      property(value, "documents", checkShared25) ??
      property(value, "chunks", checkShared25) ??
      property(value, "partial", checkShared24);
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
        property(value, "outcome", checkShared7) ??
        property(value, "contentChanged", checkShared24) ??
        property(value, "authDetected", checkShared24);
      if (violation) return violation;
    }
    const v2 = value["counts"];
    if (v2 !== undefined) {
      if (!(isObject(v2))) return typeError("/counts", "object");
      { const missing = firstMissing(v2, REQUIRED_16); if (missing !== undefined) return missingError("/counts", missing); }
      {
        const violation =
          property(v2, "endpoints", checkShared25) ??
          property(v2, "documents", checkShared25) ??
          property(v2, "chunks", checkShared25);
        if (violation) return within("/counts", violation);
      }
    }
    {
      const violation =
        property(value, "skippedItems", checkShared25);
      if (violation) return violation;
    }
    const v3 = value["errors"];
    if (v3 !== undefined) {
      if (!(Array.isArray(v3))) return typeError("/errors", "array");
      if (v3.length > 10) return fail("/errors", "maxItems", "must NOT have more than 10 items");
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
    if (v1.length > 64 && codePoints(v1) > 64) return fail("/code", "maxLength", "must NOT have more than 64 characters");
    if (!PATTERN_5.test(v1)) return fail("/code", "pattern", "must match pattern \"^[a-z][a-z0-9_]*$\"");
  }
  {
    const violation =
      property(value, "message", checkShared26);
    if (violation) return violation;
  }
  const v2 = value["location"];
  if (v2 !== undefined) {
    if (!(typeof v2 === "string" || v2 === null)) return typeError("/location", "string,null");
    if (typeof v2 === "string") {
      if (v2.length > 256 && codePoints(v2) > 256) return fail("/location", "maxLength", "must NOT have more than 256 characters");
    }
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
      property(value, "messageId", checkShared22) ??
      property(value, "customerMessage", checkCustomerMessageRef) ??
      property(value, "agentId", checkShared2) ??
      property(value, "outcome", checkShared7) ??
      property(value, "confidence", checkConfidence);
    if (violation) return violation;
  }
  const v2 = value["citations"];
  if (v2 !== undefined) {
    if (!(Array.isArray(v2))) return typeError("/citations", "array");
    if (v2.length > 10) return fail("/citations", "maxItems", "must NOT have more than 10 items");
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
      property(value, "score", checkShared27) ??
      property(value, "threshold", checkShared27) ??
      property(value, "level", checkShared7);
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
      property(value, "title", checkShared26);
    if (violation) return violation;
  }
  const v1 = value["url"];
  if (v1 !== undefined) {
    if (!(typeof v1 === "string" || v1 === null)) return typeError("/url", "string,null");
    if (typeof v1 === "string") {
      if (v1.length > 2048 && codePoints(v1) > 2048) return fail("/url", "maxLength", "must NOT have more than 2048 characters");
      if (!FORMATS["uri"](v1)) return formatError("/url", "uri");
    }
  }
  {
    const violation =
      property(value, "excerpt", checkShared12);
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
      property(value, "agentId", checkShared22) ??
      property(value, "reason", checkShared7) ??
      property(value, "status", checkShared7) ??
      property(value, "note", checkShared12) ??
      property(value, "operatorId", checkShared22) ??
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
      property(value, "message", checkShared28);
    if (violation) return violation;
  }
  return undefined;
}

/** #/definitions/DeletedCustomer */
function checkDeletedCustomer(value) {
  if (!(isObject(value))) return typeError("", "object");
  { const missing = firstMissing(value, REQUIRED_23); if (missing !== undefined) return missingError("", missing); }
  {
    const violation =
      property(value, "object", checkShared23) ??
      property(value, "id", checkShared8) ??
      property(value, "deleted", checkShared29) ??
      property(value, "reason", checkDeletionReason) ??
      property(value, "deletedAt", checkTimestamp);
    if (violation) return violation;
  }
  return undefined;
}

/** #/definitions/DeletedConversation */
function checkDeletedConversation(value) {
  if (!(isObject(value))) return typeError("", "object");
  { const missing = firstMissing(value, REQUIRED_24); if (missing !== undefined) return missingError("", missing); }
  {
    const violation =
      property(value, "object", checkShared21) ??
      property(value, "id", checkUuid) ??
      property(value, "deleted", checkShared29) ??
      property(value, "reason", checkDeletionReason) ??
      property(value, "customerId", checkShared8) ??
      property(value, "channel", checkChannel) ??
      property(value, "deletedAt", checkTimestamp);
    if (violation) return violation;
  }
  return undefined;
}

/** #/definitions/DeletionReason */
function checkDeletionReason(value) {
  if (!(typeof value === "string")) return typeError("", "string");
  return undefined;
}

/** #/definitions/CustomerMerge */
function checkCustomerMerge(value) {
  if (!(isObject(value))) return typeError("", "object");
  { const missing = firstMissing(value, REQUIRED_25); if (missing !== undefined) return missingError("", missing); }
  const v1 = value["absorbedIds"];
  if (v1 !== undefined) {
    if (!(Array.isArray(v1))) return typeError("/absorbedIds", "array");
    if (v1.length > 10) return fail("/absorbedIds", "maxItems", "must NOT have more than 10 items");
    if (v1.length < 1) return fail("/absorbedIds", "minItems", "must NOT have fewer than 1 items");
    for (let i2 = 0; i2 < v1.length; i2++) {
      const v3 = v1[i2];
      { const violation = checkShared8(v3); if (violation) return within("/absorbedIds/" + i2, violation); }
    }
    { const pair = duplicateScalar(v1, (item) => typeof item === "string"); if (pair) return fail("/absorbedIds", "uniqueItems", `must NOT have duplicate items (items ## ${pair[0]} and ${pair[1]} are identical)`); }
  }
  {
    const violation =
      property(value, "reason", checkShared7) ??
      property(value, "mergedAt", checkTimestamp);
    if (violation) return violation;
  }
  return undefined;
}

/** #/definitions/CsatResponse */
function checkCsatResponse(value) {
  if (!(isObject(value))) return typeError("", "object");
  { const missing = firstMissing(value, REQUIRED_26); if (missing !== undefined) return missingError("", missing); }
  const v1 = value["object"];
  if (v1 !== undefined) {
    if (!(typeof v1 === "string")) return typeError("/object", "string");
    if (v1 !== "csat_response") return fail("/object", "const", "must be equal to constant: \"csat_response\"");
  }
  {
    const violation =
      property(value, "id", checkUuid) ??
      property(value, "conversationId", checkUuid) ??
      property(value, "customerId", checkShared8);
    if (violation) return violation;
  }
  const v2 = value["score"];
  if (v2 !== undefined) {
    if (!(isInteger(v2))) return typeError("/score", "integer");
    if (v2 > 5 || isNaN(v2)) return fail("/score", "maximum", "must be <= 5");
    if (v2 < 1 || isNaN(v2)) return fail("/score", "minimum", "must be >= 1");
  }
  const v3 = value["comment"];
  if (v3 !== undefined) {
    if (!(typeof v3 === "string" || v3 === null)) return typeError("/comment", "string,null");
    if (typeof v3 === "string") {
      if (v3.length > 2000 && codePoints(v3) > 2000) return fail("/comment", "maxLength", "must NOT have more than 2000 characters");
    }
  }
  {
    const violation =
      property(value, "requestedAt", checkTimestamp) ??
      property(value, "respondedAt", checkTimestamp);
    if (violation) return violation;
  }
  return undefined;
}

/** #/definitions/SlaTarget */
function checkSlaTarget(value) {
  if (!(isObject(value))) return typeError("", "object");
  { const missing = firstMissing(value, REQUIRED_27); if (missing !== undefined) return missingError("", missing); }
  const v1 = value["object"];
  if (v1 !== undefined) {
    if (!(typeof v1 === "string")) return typeError("/object", "string");
    if (v1 !== "sla_target") return fail("/object", "const", "must be equal to constant: \"sla_target\"");
  }
  {
    const violation =
      property(value, "id", checkUuid) ??
      property(value, "conversationId", checkUuid) ??
      property(value, "policyId", checkUuid) ??
      property(value, "target", checkShared7) ??
      property(value, "status", checkSlaStatus) ??
      property(value, "startedAt", checkTimestamp) ??
      property(value, "dueAt", checkTimestamp) ??
      property(value, "completedAt", checkNullableTimestamp);
    if (violation) return violation;
  }
  return undefined;
}

/** #/definitions/SlaStatus */
function checkSlaStatus(value) {
  if (!(typeof value === "string")) return typeError("", "string");
  return undefined;
}

/** #/definitions/Resolution */
function checkResolution(value) {
  if (!(isObject(value))) return typeError("", "object");
  { const missing = firstMissing(value, REQUIRED_28); if (missing !== undefined) return missingError("", missing); }
  {
    const violation =
      property(value, "resolvedBy", checkShared7) ??
      property(value, "humanInvolved", checkShared24) ??
      property(value, "handedOff", checkShared24) ??
      property(value, "reopenCount", checkShared25);
    if (violation) return violation;
  }
  const v1 = value["firstResponseSeconds"];
  if (v1 !== undefined) {
    if (!(isInteger(v1) || v1 === null)) return typeError("/firstResponseSeconds", "integer,null");
    if (typeof v1 === "number") {
      if (v1 > 2147483647 || isNaN(v1)) return fail("/firstResponseSeconds", "maximum", "must be <= 2147483647");
      if (v1 < 0 || isNaN(v1)) return fail("/firstResponseSeconds", "minimum", "must be >= 0");
    }
  }
  {
    const violation =
      property(value, "resolutionSeconds", checkShared25);
    if (violation) return violation;
  }
  return undefined;
}

/** #/definitions/CustomerMessageRef */
function checkCustomerMessageRef(value) {
  if (!(isObject(value) || value === null)) return typeError("", "object,null");
  if (isObject(value)) {
    { const missing = firstMissing(value, REQUIRED_29); if (missing !== undefined) return missingError("", missing); }
    {
      const violation =
        property(value, "id", checkUuid) ??
        property(value, "excerpt", checkShared28);
      if (violation) return violation;
    }
  }
  return undefined;
}

/** #/definitions/Attachment */
function checkAttachment(value) {
  if (!(isObject(value))) return typeError("", "object");
  { const missing = firstMissing(value, REQUIRED_30); if (missing !== undefined) return missingError("", missing); }
  {
    const violation =
      property(value, "id", checkUuid) ??
      property(value, "name", checkShared8) ??
      property(value, "contentType", checkShared8) ??
      property(value, "size", checkShared25);
    if (violation) return violation;
  }
  return undefined;
}

/** #/definitions/RoutingContext */
function checkRoutingContext(value) {
  if (!(isObject(value))) return typeError("", "object");
  { const missing = firstMissing(value, REQUIRED_31); if (missing !== undefined) return missingError("", missing); }
  {
    const violation =
      property(value, "status", checkConversationStatus) ??
      property(value, "waitingOn", checkWaitingOn) ??
      property(value, "handledBy", checkShared7) ??
      property(value, "assignee", checkAssignee) ??
      property(value, "priority", checkLabel);
    if (violation) return violation;
  }
  return undefined;
}

/** #/definitions/CustomFields */
function checkCustomFields(value) {
  if (!(isObject(value))) return typeError("", "object");
  if (Object.keys(value).length > 20) return fail("", "maxProperties", "must NOT have more than 20 properties");
  for (const k1 in value) {
    if (!PATTERN_6.test(k1)) return fail("", "pattern", "must match pattern \"^[a-z][a-z0-9_]{0,63}$\"");
  }
  for (const k2 in value) {
    const v3 = value[k2];
    if (!(typeof v3 === "string" || isNumber(v3) || typeof v3 === "boolean" || Array.isArray(v3) || v3 === null)) return typeError("/" + escapePointer(k2), "string,number,boolean,array,null");
    if (typeof v3 === "string") {
      if (v3.length > 255 && codePoints(v3) > 255) return fail("/" + escapePointer(k2), "maxLength", "must NOT have more than 255 characters");
    }
    if (Array.isArray(v3)) {
      if (v3.length > 5) return fail("/" + escapePointer(k2), "maxItems", "must NOT have more than 5 items");
      for (let i4 = 0; i4 < v3.length; i4++) {
        const v5 = v3[i4];
        if (!(typeof v5 === "string")) return typeError("/" + escapePointer(k2) + "/" + i4, "string");
        if (v5.length > 50 && codePoints(v5) > 50) return fail("/" + escapePointer(k2) + "/" + i4, "maxLength", "must NOT have more than 50 characters");
      }
    }
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
      property(value, "truncated", checkShared5) ??
      property(value, "data", checkConversation);
    if (violation) return violation;
  }
  return undefined;
}

/** The `conversation.updated` event. */
function checkConversationUpdatedEvent(value) {
  if (!(isObject(value))) return typeError("", "object");
  { const missing = firstMissing(value, REQUIRED_32); if (missing !== undefined) return missingError("", missing); }
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
      property(value, "truncated", checkShared5) ??
      property(value, "changes", checkConversationUpdatedChanges) ??
      property(value, "data", checkConversation);
    if (violation) return violation;
  }
  return undefined;
}

/** The `conversation.assigned` event. */
function checkConversationAssignedEvent(value) {
  if (!(isObject(value))) return typeError("", "object");
  { const missing = firstMissing(value, REQUIRED_32); if (missing !== undefined) return missingError("", missing); }
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
      property(value, "truncated", checkShared5) ??
      property(value, "changes", checkConversationAssignedChanges) ??
      property(value, "data", checkConversation);
    if (violation) return violation;
  }
  return undefined;
}

/** The `conversation.handed_off` event. */
function checkConversationHandedOffEvent(value) {
  if (!(isObject(value))) return typeError("", "object");
  { const missing = firstMissing(value, REQUIRED_33); if (missing !== undefined) return missingError("", missing); }
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
      property(value, "truncated", checkShared5) ??
      property(value, "handoff", checkHandoff) ??
      property(value, "data", checkConversation);
    if (violation) return violation;
  }
  return undefined;
}

/** The `conversation.resolved` event. */
function checkConversationResolvedEvent(value) {
  if (!(isObject(value))) return typeError("", "object");
  { const missing = firstMissing(value, REQUIRED_34); if (missing !== undefined) return missingError("", missing); }
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
      property(value, "truncated", checkShared5) ??
      property(value, "changes", checkConversationResolvedChanges) ??
      property(value, "resolution", checkResolution) ??
      property(value, "data", checkConversation);
    if (violation) return violation;
  }
  return undefined;
}

/** The `message.created` event. */
function checkMessageCreatedEvent(value) {
  if (!(isObject(value))) return typeError("", "object");
  { const missing = firstMissing(value, REQUIRED_35); if (missing !== undefined) return missingError("", missing); }
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
      property(value, "truncated", checkShared5) ??
      property(value, "conversation", checkRoutingContext) ??
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
      property(value, "truncated", checkShared5) ??
      property(value, "data", checkCustomer);
    if (violation) return violation;
  }
  return undefined;
}

/** The `customer.updated` event. */
function checkCustomerUpdatedEvent(value) {
  if (!(isObject(value))) return typeError("", "object");
  { const missing = firstMissing(value, REQUIRED_32); if (missing !== undefined) return missingError("", missing); }
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
      property(value, "truncated", checkShared5) ??
      property(value, "changes", checkCustomerUpdatedChanges) ??
      property(value, "data", checkCustomer);
    if (violation) return violation;
  }
  return undefined;
}

/** The `customer.identity_linked` event. */
function checkCustomerIdentityLinkedEvent(value) {
  if (!(isObject(value))) return typeError("", "object");
  { const missing = firstMissing(value, REQUIRED_36); if (missing !== undefined) return missingError("", missing); }
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
      property(value, "truncated", checkShared5) ??
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
      property(value, "truncated", checkShared5) ??
      property(value, "data", checkIssue);
    if (violation) return violation;
  }
  return undefined;
}

/** The `issue.updated` event. */
function checkIssueUpdatedEvent(value) {
  if (!(isObject(value))) return typeError("", "object");
  { const missing = firstMissing(value, REQUIRED_32); if (missing !== undefined) return missingError("", missing); }
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
      property(value, "truncated", checkShared5) ??
      property(value, "changes", checkIssueUpdatedChanges) ??
      property(value, "data", checkIssue);
    if (violation) return violation;
  }
  return undefined;
}

/** The `issue.linked` event. */
function checkIssueLinkedEvent(value) {
  if (!(isObject(value))) return typeError("", "object");
  { const missing = firstMissing(value, REQUIRED_37); if (missing !== undefined) return missingError("", missing); }
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
      property(value, "truncated", checkShared5) ??
      property(value, "link", checkIssueLink) ??
      property(value, "data", checkIssue);
    if (violation) return violation;
  }
  return undefined;
}

/** The `issue.resolved` event. */
function checkIssueResolvedEvent(value) {
  if (!(isObject(value))) return typeError("", "object");
  { const missing = firstMissing(value, REQUIRED_32); if (missing !== undefined) return missingError("", missing); }
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
      property(value, "truncated", checkShared5) ??
      property(value, "changes", checkIssueResolvedChanges) ??
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
      property(value, "truncated", checkShared5) ??
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
      property(value, "truncated", checkShared5) ??
      property(value, "data", checkKnowledgeSource);
    if (violation) return violation;
  }
  return undefined;
}

/** The `knowledge.coverage_changed` event. */
function checkKnowledgeCoverageChangedEvent(value) {
  if (!(isObject(value))) return typeError("", "object");
  { const missing = firstMissing(value, REQUIRED_32); if (missing !== undefined) return missingError("", missing); }
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
      property(value, "truncated", checkShared5) ??
      property(value, "changes", checkKnowledgeCoverageChangedChanges) ??
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
      property(value, "truncated", checkShared5) ??
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
      property(value, "truncated", checkShared5) ??
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
      property(value, "truncated", checkShared5) ??
      property(value, "data", checkAgentAnswer);
    if (violation) return violation;
  }
  return undefined;
}

/** The `customer.deleted` event. */
function checkCustomerDeletedEvent(value) {
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
    if (v1 !== "customer.deleted") return fail("/type", "const", "must be equal to constant: \"customer.deleted\"");
  }
  {
    const violation =
      property(value, "apiVersion", checkShared3) ??
      property(value, "occurredAt", checkTimestamp) ??
      property(value, "workspaceId", checkShared2) ??
      property(value, "resource", checkResourceRef) ??
      property(value, "sequence", checkShared4) ??
      property(value, "actor", checkActor) ??
      property(value, "truncated", checkShared5) ??
      property(value, "data", checkDeletedCustomer);
    if (violation) return violation;
  }
  return undefined;
}

/** The `customer.merged` event. */
function checkCustomerMergedEvent(value) {
  if (!(isObject(value))) return typeError("", "object");
  { const missing = firstMissing(value, REQUIRED_38); if (missing !== undefined) return missingError("", missing); }
  {
    const violation =
      property(value, "object", checkShared1) ??
      property(value, "id", checkShared2);
    if (violation) return violation;
  }
  const v1 = value["type"];
  if (v1 !== undefined) {
    if (!(typeof v1 === "string")) return typeError("/type", "string");
    if (v1 !== "customer.merged") return fail("/type", "const", "must be equal to constant: \"customer.merged\"");
  }
  {
    const violation =
      property(value, "apiVersion", checkShared3) ??
      property(value, "occurredAt", checkTimestamp) ??
      property(value, "workspaceId", checkShared2) ??
      property(value, "resource", checkResourceRef) ??
      property(value, "sequence", checkShared4) ??
      property(value, "actor", checkActor) ??
      property(value, "truncated", checkShared5) ??
      property(value, "merge", checkCustomerMerge) ??
      property(value, "data", checkCustomer);
    if (violation) return violation;
  }
  return undefined;
}

/** The `conversation.deleted` event. */
function checkConversationDeletedEvent(value) {
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
    if (v1 !== "conversation.deleted") return fail("/type", "const", "must be equal to constant: \"conversation.deleted\"");
  }
  {
    const violation =
      property(value, "apiVersion", checkShared3) ??
      property(value, "occurredAt", checkTimestamp) ??
      property(value, "workspaceId", checkShared2) ??
      property(value, "resource", checkResourceRef) ??
      property(value, "sequence", checkShared4) ??
      property(value, "actor", checkActor) ??
      property(value, "truncated", checkShared5) ??
      property(value, "data", checkDeletedConversation);
    if (violation) return violation;
  }
  return undefined;
}

/** The `conversation.rated` event. */
function checkConversationRatedEvent(value) {
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
    if (v1 !== "conversation.rated") return fail("/type", "const", "must be equal to constant: \"conversation.rated\"");
  }
  {
    const violation =
      property(value, "apiVersion", checkShared3) ??
      property(value, "occurredAt", checkTimestamp) ??
      property(value, "workspaceId", checkShared2) ??
      property(value, "resource", checkResourceRef) ??
      property(value, "sequence", checkShared4) ??
      property(value, "actor", checkActor) ??
      property(value, "truncated", checkShared5) ??
      property(value, "data", checkCsatResponse);
    if (violation) return violation;
  }
  return undefined;
}

/** The `conversation.sla_status_changed` event. */
function checkConversationSlaStatusChangedEvent(value) {
  if (!(isObject(value))) return typeError("", "object");
  { const missing = firstMissing(value, REQUIRED_32); if (missing !== undefined) return missingError("", missing); }
  {
    const violation =
      property(value, "object", checkShared1) ??
      property(value, "id", checkShared2);
    if (violation) return violation;
  }
  const v1 = value["type"];
  if (v1 !== undefined) {
    if (!(typeof v1 === "string")) return typeError("/type", "string");
    if (v1 !== "conversation.sla_status_changed") return fail("/type", "const", "must be equal to constant: \"conversation.sla_status_changed\"");
  }
  {
    const violation =
      property(value, "apiVersion", checkShared3) ??
      property(value, "occurredAt", checkTimestamp) ??
      property(value, "workspaceId", checkShared2) ??
      property(value, "resource", checkResourceRef) ??
      property(value, "sequence", checkShared4) ??
      property(value, "actor", checkActor) ??
      property(value, "truncated", checkShared5) ??
      property(value, "changes", checkConversationSlaStatusChangedChanges) ??
      property(value, "data", checkSlaTarget);
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
      property(value, "truncated", checkShared5) ??
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
  "customer.deleted": checkCustomerDeletedEvent,
  "customer.merged": checkCustomerMergedEvent,
  "conversation.deleted": checkConversationDeletedEvent,
  "conversation.rated": checkConversationRatedEvent,
  "conversation.sla_status_changed": checkConversationSlaStatusChangedEvent,
  "webhook.test": checkWebhookTestEvent,
});

/** The envelope every event shares, for event types this version does not know. */
export const envelope = checkEventEnvelope;

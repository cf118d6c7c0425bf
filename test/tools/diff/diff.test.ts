import { describe, expect, it } from 'vitest';
import { CHANGE_RULES } from '../../../tools/diff/change-rules.js';
import { contractFromRaw } from '../../../tools/diff/contract-version.js';
import { diffContracts } from '../../../tools/diff/diff-contracts.js';
import { DIFF_CASES } from './diff-cases.js';
import { at, realSpec, type Edit } from './spec-edits.js';

const version = (edit: Edit | undefined, source: string) => {
  const spec = realSpec();
  edit?.(spec);
  return contractFromRaw(spec, source);
};

describe('the classification rules, case by case', () => {
  it('has at least 30 cases', () => expect(DIFF_CASES.length).toBeGreaterThanOrEqual(30));

  it.each(DIFF_CASES)('$name → $class ($rules)', (testCase) => {
    const report = diffContracts(version(testCase.base, 'base'), version(testCase.head, 'head'));
    expect([...new Set(report.changes.map((change) => change.rule))].sort()).toEqual([...testCase.rules].sort());
    const classes = new Set(report.changes.map((change) => change.class));
    expect([...classes]).toEqual(testCase.class === 'none' ? [] : [testCase.class]);
    for (const change of report.changes) expect(change.reason.length, change.rule).toBeGreaterThan(10);
  });

  it('covers every rule in the table', () => {
    const covered = new Set(DIFF_CASES.flatMap((testCase) => testCase.rules));
    expect(CHANGE_RULES.map((rule) => rule.id).filter((id) => !covered.has(id))).toEqual([]);
  });
});

describe('grouping and locations', () => {
  it('reports a change in a shared schema once, listing every event that embeds it', () => {
    const report = diffContracts(
      version(undefined, 'base'),
      version((spec) => void (at(spec, 'components.schemas.Conversation.properties.preview').maxLength = 100), 'head'),
    );
    expect(report.changes).toHaveLength(1);
    const [change] = report.changes;
    expect(change?.location).toBe('payload data.preview');
    expect(change?.events).toEqual([
      'conversation.assigned',
      'conversation.created',
      'conversation.handed_off',
      'conversation.resolved',
      'conversation.updated',
    ]);
    expect(change).toMatchObject({ before: 200, after: 100 });
  });

  it('an envelope change reaches every event', () => {
    const base = version(undefined, 'base');
    const report = diffContracts(
      base,
      version((spec) => void (at(spec, 'components.schemas.EventEnvelope.properties.apiVersion').const = 'v2'), 'head'),
    );
    expect(report.changes[0]?.events).toHaveLength(base.model.events.length);
  });

  it('lists the most severe class first and is deterministic', () => {
    const edit: Edit = (spec) => {
      at(spec, 'info').description = 'Reworded.';
      at(spec, 'x-woes-limits').maxPayloadBytes = 131072;
      delete at(spec, 'components.schemas.Conversation.properties').tags;
    };
    const first = diffContracts(version(undefined, 'base'), version(edit, 'head'));
    expect(first.changes.map((change) => change.class)).toEqual(['breaking', 'policy', 'docs']);
    expect(JSON.stringify(diffContracts(version(undefined, 'base'), version(edit, 'head')))).toBe(JSON.stringify(first));
  });
});

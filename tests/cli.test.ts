// The real `pyts` binary answers --help and rejects a missing command with status 2.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const bin = new URL('../bin/pyts.js', import.meta.url).pathname;

describe('pyts cli', () => {
  it('prints help', () => {
    const r = spawnSync(process.execPath, [bin, '--help'], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('pyts compile');
  });
  it('exits 2 without a command', () => {
    const r = spawnSync(process.execPath, [bin], { encoding: 'utf8' });
    expect(r.status).toBe(2);
  });
});

import { calibratedSlowdown, CpuTooSlowError } from '@/bench/lib/cpu-slowdown'

describe('calibratedSlowdown', () => {
  it('gives the default 4× for the high-end desktop the mobile preset assumes', () => {
    expect(calibratedSlowdown(1533)).toBe(4)
  })

  it('slows a weaker machine less, and a stronger one more, than the default', () => {
    expect(calibratedSlowdown(1408)).toBe(3.5)
    expect(calibratedSlowdown(1050)).toBe(2.5)
    expect(calibratedSlowdown(800)).toBe(2)
    expect(calibratedSlowdown(2300)).toBe(7.3)
  })

  it('does not slow a machine that is already as slow as the target phone', () => {
    expect(calibratedSlowdown(150)).toBe(1)
  })

  it('refuses a machine too slow to emulate the target, or a missing index', () => {
    expect(() => calibratedSlowdown(100)).toThrow(CpuTooSlowError)
    expect(() => calibratedSlowdown(Number.NaN)).toThrow(/too slow/)
  })
})

import { demoInstanceCount, InstancesArgumentError, MAX_DEMO_INSTANCES } from '@/scripts/lib/demo-instances'

describe('npm run demo -- --instances N', () => {
  it('reads the count in either spelling, and runs the one-instance demo without the flag', () => {
    expect(demoInstanceCount(['--instances', '2'])).toBe(2)
    expect(demoInstanceCount(['--instances=3'])).toBe(3)
    expect(demoInstanceCount([])).toBeNull()
  })

  it.each([['0'], ['-1'], ['abc'], ['99'], ['2.5'], ['']])(
    'refuses --instances %p in one line naming the value',
    (value) => {
      const run = () => demoInstanceCount([`--instances=${value}`])
      expect(run).toThrow(InstancesArgumentError)
      expect(run).toThrow(`--instances takes a whole number from 1 to ${MAX_DEMO_INSTANCES}, and was given "${value}"`)
    },
  )

  it('refuses --instances with no value', () => {
    expect(() => demoInstanceCount(['--instances'])).toThrow('and was given nothing')
  })
})

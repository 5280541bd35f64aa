// Preloaded with `node --import` in process tests: the process's clock starts at $SECBOT_TEST_NOW (ISO 8601)
// and runs on from there, so a test of a schedule does not depend on the day it runs. Timers are untouched.
const target = Date.parse(process.env.SECBOT_TEST_NOW ?? '');
if (Number.isFinite(target)) {
  const RealDate = Date;
  const offset = target - RealDate.now();
  class FakeDate extends RealDate {
    constructor(...args) {
      if (args.length === 0) super(RealDate.now() + offset);
      else super(...args);
    }
    static now() {
      return RealDate.now() + offset;
    }
  }
  globalThis.Date = FakeDate;
}

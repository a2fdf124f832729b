// The sa11y matcher registered in jest.setup.js.
declare namespace jest {
  interface Matchers<R> {
    toBeAccessible(): Promise<R>;
  }
}
